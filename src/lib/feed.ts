// RSS items for entries: newest dated entries first, undated ones after, by title.
import type { Entry } from './graph.ts';
import { hrefOf, titleOf } from './entry-view.ts';
import { COLLECTION_LABELS } from './labels.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

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
