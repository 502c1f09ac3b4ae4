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

const itemsByGraph = new WeakMap<Graph, { key: string; item: TimelineItem }[]>();

/** Every dated entry as a timeline item, sorted; built once per graph (once per build), then filtered per page. */
function allItems(graph: Graph) {
  let all = itemsByGraph.get(graph);
  if (all) return all;
  all = graph.entries
    .filter((e) => e.collection === 'projects' || e.collection === 'subprojects')
    .map((e) => ({ e, dating: datingOf(graph, e) }))
    .filter((x) => x.dating)
    .map(({ e, dating }) => ({
      key: keyOf(e),
      item: {
        title: titleOf(e),
        href: hrefOf(e),
        when: dating!.when,
        kind: e.collection === 'subprojects' ? 'Subproject' : KIND_LABELS[e.data.kind],
        start: (dating!.start ?? dating!.end)!,
        collection: e.collection as TimelineItem['collection'],
        countries: linkedIds(graph, e, 'countries'),
        themes: linkedIds(graph, e, 'themes'),
      } satisfies TimelineItem,
    }))
    .sort((a, b) => a.item.start.localeCompare(b.item.start) || a.item.title.localeCompare(b.item.title));
  itemsByGraph.set(graph, all);
  return all;
}

/** Dated entries, optionally only those linked to `filter` (a country or theme). */
export function timeline(graph: Graph, filter?: Reference): TimelineYear[] {
  const linked = filter ? new Set(graph.incoming(filter).map((l) => keyOf(l.from))) : undefined;
  const years = new Map<string, TimelineItem[]>();
  for (const { key, item } of allItems(graph)) {
    if (linked && !linked.has(key)) continue;
    const year = item.start.slice(0, 4);
    const list = years.get(year);
    if (list) list.push(item);
    else years.set(year, [item]);
  }
  return [...years].map(([year, items]) => ({ year, items }));
}

/** Countries and themes with at least one dated entry: each gets its own timeline page. */
export function timelineFilters(graph: Graph): { collection: 'countries' | 'themes'; entry: Entry; count: number }[] {
  const counts = new Map<string, number>();
  for (const { item } of allItems(graph)) {
    for (const id of item.countries) counts.set(`countries/${id}`, (counts.get(`countries/${id}`) ?? 0) + 1);
    for (const id of item.themes) counts.set(`themes/${id}`, (counts.get(`themes/${id}`) ?? 0) + 1);
  }
  return (['countries', 'themes'] as const).flatMap((collection) =>
    graph.list(collection)
      .map((entry) => ({ collection, entry, count: counts.get(`${collection}/${entry.id}`) ?? 0 }))
      .filter((f) => f.count > 0),
  );
}
