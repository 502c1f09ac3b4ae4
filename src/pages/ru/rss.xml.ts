// The Russian feed of every entry: the same code as /rss.xml, with the Russian graph.
import type { APIContext } from 'astro';
import { feedResponse } from '../_feeds.ts';

export const GET = (context: APIContext) => feedResponse('ru', undefined, context.site);
