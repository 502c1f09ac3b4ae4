// A feed of every entry; each collection also has its own at /<collection>/rss.xml.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadCatalogue } from '../data/catalogue.ts';
import { feedItems } from '../lib/feed.ts';

export async function GET(context: APIContext) {
  const { graph } = await loadCatalogue();
  return rss({
    title: 'Civic Atlas',
    description: 'Entries in Civic Atlas, a knowledge base of OSCE civil-society work.',
    site: context.site!,
    items: feedItems(graph.entries),
  });
}
