// A feed of every entry; each collection also has its own at /<collection>/rss.xml.
import type { APIContext } from 'astro';
import { loadCatalogue } from '../data/catalogue.ts';
import { feedItems, feedXml } from '../lib/feed.ts';

export async function GET(context: APIContext) {
  const { graph } = await loadCatalogue();
  const xml = await feedXml({
    title: 'Civic Atlas',
    description: 'Entries in Civic Atlas, a knowledge base of OSCE civil-society work.',
    items: feedItems(graph.entries),
  }, context.site);
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
}
