// The timeline: dated projects and subprojects by year, each at the precision its source gives
// (a year stays a year: it is listed under its year, before that year's months, never as 1 January).
import type { Reference } from './references.ts';
import { keyOf, type Entry, type Graph } from './graph.ts';
import { formatDateRange } from './dates.ts';
import { hrefOf, titleOf } from './entry-view.ts';
import { KIND_LABELS } from './labels.ts';

export interface TimelineItem { title: string; href: string; when: string; kind: string; start: string }
export interface TimelineYear { year: string; items: TimelineItem[] }

/** The dates an entry is placed by: its own, or its parent project's for an undated subproject. */
function datesOf(graph: Graph, e: Entry): { start?: string; end?: string } {
  if (e.data.start || e.data.end) return { start: e.data.start, end: e.data.end };
  if (e.collection === 'subprojects') {
    const parent = graph.get(e.data.project);
    if (parent?.data.start || parent?.data.end) return { start: parent.data.start, end: parent.data.end };
  }
  return {};
}

/** Dated entries, optionally only those linked to `filter` (a country or theme). */
export function timeline(graph: Graph, filter?: Reference): TimelineYear[] {
  const linked = filter ? new Set(graph.incoming(filter).map((l) => keyOf(l.from))) : undefined;
  const items = graph.entries
    .filter((e) => e.collection === 'projects' || e.collection === 'subprojects')
    .filter((e) => !linked || linked.has(keyOf(e)))
    .map((e) => ({ e, ...datesOf(graph, e) }))
    .filter((x) => x.start || x.end)
    .map(({ e, start, end }) => ({
      title: titleOf(e),
      href: hrefOf(e),
      when: formatDateRange(start, end)!,
      kind: e.collection === 'subprojects' ? 'Subproject' : KIND_LABELS[e.data.kind],
      start: (start ?? end)!,
    }))
    .sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title));
  const years = new Map<string, TimelineItem[]>();
  for (const item of items) years.set(item.start.slice(0, 4), [...(years.get(item.start.slice(0, 4)) ?? []), item]);
  return [...years].map(([year, list]) => ({ year, items: list }));
}

/** Countries and themes with at least one dated entry: each gets its own timeline page. */
export function timelineFilters(graph: Graph): { collection: 'countries' | 'themes'; entry: Entry; count: number }[] {
  return (['countries', 'themes'] as const).flatMap((collection) =>
    graph.list(collection)
      .map((entry) => ({ collection, entry, count: timeline(graph, entry).reduce((n, y) => n + y.items.length, 0) }))
      .filter((f) => f.count > 0),
  );
}
