// RSS items for entries: newest dated entries first, undated ones after, by title.
import type { Entry } from './graph.ts';
import { hrefOf, titleOf } from './entry-view.ts';
import { COLLECTION_LABELS } from './labels.ts';

const dateOf = (e: Entry): string | undefined => e.data.start ?? e.data.published ?? e.data.established;

export function feedItems(entries: Entry[]) {
  return [...entries]
    .sort((a, b) => (dateOf(b) ?? '').localeCompare(dateOf(a) ?? '') || titleOf(a).localeCompare(titleOf(b)))
    .map((e) => ({
      title: titleOf(e),
      link: hrefOf(e),
      description: String(e.data.summary),
      categories: [COLLECTION_LABELS[e.collection].singular],
      ...(dateOf(e) ? { pubDate: new Date(dateOf(e)!) } : {}),
    }));
}
