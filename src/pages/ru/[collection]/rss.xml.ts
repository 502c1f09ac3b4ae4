// A collection's Russian feed: the same code as /<collection>/rss.xml, with the Russian graph.
import type { APIContext } from 'astro';
import { feedResponse } from '../../_feeds.ts';
import { COLLECTIONS, type CollectionName } from '../../../schemas/vocabularies.ts';

export const getStaticPaths = () => COLLECTIONS.map((collection) => ({ params: { collection } }));

export const GET = (context: APIContext) => feedResponse('ru', context.params.collection as CollectionName, context.site);
