// The RSS feeds (src/lib/feed.ts) of one language, served by /rss.xml, /<collection>/rss.xml and their /ru/
// twins. A feed is made from its language's graph and the site's address alone, so it is kept while they are
// the same (src/data/kept-outputs.ts): after a body edit, a rebuild serves eighteen feeds without making one.
// (The leading underscore keeps Astro from routing this file.)
import { loadCatalogue } from '../data/catalogue.ts';
import { keptOutput } from '../data/kept-outputs.ts';
import { allEntriesFeed, collectionFeed, xmlResponse } from '../lib/feed.ts';
import { graphDigestOf } from '../lib/page-key.ts';
import type { Lang } from '../i18n/langs.ts';
import type { CollectionName } from '../schemas/vocabularies.ts';

/** The feed of every entry of `lang` (no `collection`) or of one collection's, as the route's response. */
export async function feedResponse(lang: Lang, collection: CollectionName | undefined, site: URL | undefined): Promise<Response> {
  const { graph } = await loadCatalogue(lang);
  const inputs = { graph: graphDigestOf(graph), site: site?.href ?? null };
  const xml = await keptOutput(`feed.${lang}.${collection ?? 'all'}.xml`, ['src/pages/_feeds.ts'], inputs, () =>
    collection ? collectionFeed(graph, collection, site) : allEntriesFeed(graph, site));
  return xmlResponse(xml);
}
