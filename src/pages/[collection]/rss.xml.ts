import type { APIContext } from 'astro';
import { loadCatalogue } from '../../data/catalogue.ts';
import { feedItems, feedXml } from '../../lib/feed.ts';
import { COLLECTION_LABELS } from '../../lib/labels.ts';
import { COLLECTIONS, type CollectionName } from '../../schemas/vocabularies.ts';

export const getStaticPaths = () => COLLECTIONS.map((collection) => ({ params: { collection } }));

export async function GET(context: APIContext) {
  const collection = context.params.collection as CollectionName;
  const { graph } = await loadCatalogue();
  const xml = await feedXml({
    title: `Civic Atlas: ${COLLECTION_LABELS[collection].plural}`,
    description: COLLECTION_LABELS[collection].intro,
    items: feedItems(graph.list(collection)),
  }, context.site);
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
}
