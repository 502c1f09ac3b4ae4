// A feed of every entry; each collection also has its own at /<collection>/rss.xml. The Russian twins
// (src/pages/ru/) call the same code with the Russian graph.
import type { APIContext } from 'astro';
import { feedResponse } from './_feeds.ts';
import { DEFAULT_LANG } from '../i18n/langs.ts';

export const GET = (context: APIContext) => feedResponse(DEFAULT_LANG, undefined, context.site);
