// The timeline: dated projects and subprojects by year, each at the precision its source gives
// (a year stays a year: it is listed under its year, before that year's months, never as 1 January).
import type { Reference } from './references.ts';
import { keyOf, type Entry, type Graph } from './graph.ts';
import { hrefOf, titleOf } from './entry-view.ts';
import { KIND_LABELS } from './labels.ts';
import { datingOf } from './years.ts';

export interface TimelineItem {
  title: string; href: string; when: string; kind: string; start: string;
  /** What the in-page filter narrows by: the entry's collection and the ids of the countries and themes it links to. */
  collection: 'projects' | 'subprojects'; countries: string[]; themes: string[];
}
export interface TimelineYear { year: string; items: TimelineItem[] }

/** Ids of the entries of `collection` that `e` links to: the same links a filter page narrows by. */
const linkedIds = (graph: Graph, e: Entry, collection: string) =>
  [...new Set(graph.outgoing(e).filter((l) => l.to.collection === collection).map((l) => l.to.id))].sort();

/** Dated entries, optionally only those linked to `filter` (a country or theme). */
export function timeline(graph: Graph, filter?: Reference): TimelineYear[] {
  const linked = filter ? new Set(graph.incoming(filter).map((l) => keyOf(l.from))) : undefined;
  const items = graph.entries
    .filter((e) => e.collection === 'projects' || e.collection === 'subprojects')
    .filter((e) => !linked || linked.has(keyOf(e)))
    .map((e) => ({ e, dating: datingOf(graph, e) }))
    .filter((x) => x.dating)
    .map(({ e, dating }): TimelineItem => ({
      title: titleOf(e),
      href: hrefOf(e),
      when: dating!.when,
      kind: e.collection === 'subprojects' ? 'Subproject' : KIND_LABELS[e.data.kind],
      start: (dating!.start ?? dating!.end)!,
      collection: e.collection as TimelineItem['collection'],
      countries: linkedIds(graph, e, 'countries'),
      themes: linkedIds(graph, e, 'themes'),
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
