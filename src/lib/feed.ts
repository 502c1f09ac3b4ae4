// RSS items for entries: newest dated entries first, undated ones after, by title.
import { getRssString } from '@astrojs/rss';
import type { Entry } from './graph.ts';
import { SITE_URL_MISSING } from './site-url.ts';
import { hrefOf, titleOf } from './entry-view.ts';
import { COLLECTION_LABELS } from './labels.ts';
import { escapeHtml } from './html-escape.ts';


const dateOf = (e: Entry): string | undefined => e.data.start ?? e.data.published ?? e.data.established;

export function feedItems(entries: Entry[]) {
  return [...entries]
    .sort((a, b) => (dateOf(b) ?? '').localeCompare(dateOf(a) ?? '') || titleOf(a).localeCompare(titleOf(b)))
    .map((e) => ({
      title: titleOf(e),
      link: hrefOf(e),
      // Feed readers render <description> as HTML; a summary is text, so its markup is escaped to show as written.
      description: escapeHtml(String(e.data.summary)),
      categories: [COLLECTION_LABELS[e.collection].singular],
      ...(dateOf(e) ? { pubDate: new Date(dateOf(e)!) } : {}),
    }));
}

/**
 * A feed's XML. RSS needs absolute links, so without the site's public address (SITE_URL) the links are
 * written from a reserved, never-resolving origin and then cut back to site paths, and the channel says why.
 */
export async function feedXml(options: { title: string; description: string; items: ReturnType<typeof feedItems> }, site: URL | undefined): Promise<string> {
  if (site) return getRssString({ ...options, site });
  const stand = 'https://site-address-not-configured.invalid';
  const xml = await getRssString({ ...options, description: `${options.description} ${SITE_URL_MISSING}`, site: stand });
  return xml.replaceAll(`${stand}/`, '/').replaceAll(stand, '/');
}
