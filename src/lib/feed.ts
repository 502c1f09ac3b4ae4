// RSS items for entries: newest dated entries first, undated ones after, by title. One feed per language:
// the entries come from that language's graph, so titles, summaries, links and categories are in it.
import { getRssString } from '@astrojs/rss';
import type { Entry, Graph } from './graph.ts';
import { SITE_URL_MISSING } from './site-url.ts';
import { hrefOf } from './entry-view.ts';
import { escapeHtml } from './html-escape.ts';
import { t } from '../i18n/index.ts';
import { DEFAULT_LANG, localizePath, type Lang } from '../i18n/langs.ts';
import type { CollectionName } from '../schemas/vocabularies.ts';
import { titleOf } from './model.ts';

const dateOf = (e: Entry): string | undefined => e.data.start ?? e.data.published ?? e.data.established;

export function feedItems(entries: Entry[]) {
  return [...entries]
    .sort((a, b) => (dateOf(b) ?? '').localeCompare(dateOf(a) ?? '') || titleOf(a).localeCompare(titleOf(b), a.lang ?? DEFAULT_LANG))
    .map((e) => ({
      title: titleOf(e),
      link: hrefOf(e),
      // Feed readers render <description> as HTML; a summary is text, so its markup is escaped to show as written.
      description: escapeHtml(String(e.data.summary)),
      categories: [t(e.lang ?? DEFAULT_LANG).collections[e.collection].singular],
      ...(dateOf(e) ? { pubDate: new Date(dateOf(e)!) } : {}),
    }));
}

/**
 * A feed's XML. RSS needs absolute links, so without the site's public address (SITE_URL) the links are
 * written from a reserved, never-resolving origin and then cut back to site paths, and the channel says why.
 * The channel names its language (<language>); items whose entry is untranslated keep their English words.
 */
export async function feedXml(options: { title: string; description: string; items: ReturnType<typeof feedItems>; lang?: Lang }, site: URL | undefined): Promise<string> {
  const { lang = DEFAULT_LANG, ...rest } = options;
  const feed = { ...rest, customData: `<language>${lang}</language>` };
  // The channel links to the home page in the feed's language.
  const home = localizePath('/', lang);
  if (site) return getRssString({ ...feed, site: new URL(home, site).href });
  const stand = 'https://site-address-not-configured.invalid';
  const missing = lang === DEFAULT_LANG ? SITE_URL_MISSING : t(lang).feeds.siteUrlMissing;
  const xml = await getRssString({ ...feed, description: `${feed.description} ${missing}`, site: `${stand}${home}` });
  return xml.replaceAll(`${stand}/`, '/').replaceAll(stand, '/');
}

/** The feed of every entry in a language's graph (/rss.xml, /ru/rss.xml). */
export function allEntriesFeed(graph: Graph, site: URL | undefined) {
  const words = t(graph.lang).feeds;
  return feedXml({ title: words.allTitle, description: words.allDescription, items: feedItems(graph.entries), lang: graph.lang }, site);
}

/** One collection's feed in a language's graph (/<collection>/rss.xml, /ru/<collection>/rss.xml). */
export function collectionFeed(graph: Graph, collection: CollectionName, site: URL | undefined) {
  const { feeds, collections } = t(graph.lang);
  return feedXml({
    title: feeds.collectionTitle(collections[collection].plural), description: collections[collection].intro,
    items: feedItems(graph.list(collection)), lang: graph.lang,
  }, site);
}

export const xmlResponse = (xml: string) => new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
