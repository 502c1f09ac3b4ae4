// The Russian feed of every entry: the same code as /rss.xml, with the Russian graph.
import type { APIContext } from 'astro';
import { loadCatalogue } from '../../data/catalogue.ts';
import { allEntriesFeed, xmlResponse } from '../../lib/feed.ts';

export const GET = async (context: APIContext) => xmlResponse(await allEntriesFeed((await loadCatalogue('ru')).graph, context.site));
