import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadCatalogue } from '../../data/catalogue.ts';
import { feedItems } from '../../lib/feed.ts';
import { COLLECTION_LABELS } from '../../lib/labels.ts';
import { COLLECTIONS, type CollectionName } from '../../schemas/vocabularies.ts';

export const getStaticPaths = () => COLLECTIONS.map((collection) => ({ params: { collection } }));

export async function GET(context: APIContext) {
  const collection = context.params.collection as CollectionName;
  const { graph } = await loadCatalogue();
  return rss({
    title: `Civic Atlas: ${COLLECTION_LABELS[collection].plural}`,
    description: COLLECTION_LABELS[collection].intro,
    site: context.site!,
    items: feedItems(graph.list(collection)),
  });
}
