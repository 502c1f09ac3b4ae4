// A feed of every entry; each collection also has its own at /<collection>/rss.xml. The Russian twins
// (src/pages/ru/) call the same code with the Russian graph.
import type { APIContext } from 'astro';
import { loadCatalogue } from '../data/catalogue.ts';
import { allEntriesFeed, xmlResponse } from '../lib/feed.ts';

export const GET = async (context: APIContext) => xmlResponse(await allEntriesFeed((await loadCatalogue()).graph, context.site));
