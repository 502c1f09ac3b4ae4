// A collection's Russian feed: the same code as /<collection>/rss.xml, with the Russian graph.
import type { APIContext } from 'astro';
import { loadCatalogue } from '../../../data/catalogue.ts';
import { collectionFeed, xmlResponse } from '../../../lib/feed.ts';
import { COLLECTIONS, type CollectionName } from '../../../schemas/vocabularies.ts';

export const getStaticPaths = () => COLLECTIONS.map((collection) => ({ params: { collection } }));

export async function GET(context: APIContext) {
  const { graph } = await loadCatalogue('ru');
  return xmlResponse(await collectionFeed(graph, context.params.collection as CollectionName, context.site));
}
