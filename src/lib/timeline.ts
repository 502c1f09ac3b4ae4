// The timeline: dated projects and subprojects by year, each at the precision its source gives
// (a year stays a year: it is listed under its year, before that year's months, never as 1 January).
// A timeline has pages of whole years, at most TIMELINE_PAGE_SIZE items each (/timeline/, /timeline/2/ …;
// the same for /timeline/countries/<slug>/ and /timeline/themes/<slug>/), so no page grows with the catalogue.
import type { PaginateFunction } from 'astro';
import type { Reference } from './references.ts';
import { keyOf, perGraph, type Entry, type Graph } from './graph.ts';
import { hrefOf, titleOf } from './entry-view.ts';
import { KIND_LABELS } from './labels.ts';
import { pagesOfGroups, type GroupPart } from './paging.ts';
import { datingOf } from './years.ts';

/**
 * Most items on one timeline page. A row is 300–400 bytes (it carries its countries' and themes' ids for the
 * filter), so a page stays under about 85 KB (75–82 KB at 10,000 synthetic entries), and a year of ordinary size
 * stays whole on one page. A year with more is split into parts ("2019 (part 2 of 3)").
 */
export const TIMELINE_PAGE_SIZE = 200;

export interface TimelineItem {
  title: string; href: string; when: string; kind: string; start: string;
  /** What the in-page filter narrows by: the entry's collection and the ids of the countries and themes it links to. */
  collection: 'projects' | 'subprojects'; countries: string[]; themes: string[];
}
export interface TimelineYear { year: string; items: TimelineItem[] }

/** Ids of the entries of `collection` that `e` links to: the same links a filter page narrows by. */
const linkedIds = (graph: Graph, e: Entry, collection: string) =>
  [...new Set(graph.outgoing(e).filter((l) => l.to.collection === collection).map((l) => l.to.id))].sort();

/** Every dated entry as a timeline item, sorted; built once per graph (once per build), then filtered per page. */
const allItems = perGraph((graph): { key: string; item: TimelineItem }[] => graph.entries
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
  .sort((a, b) => a.item.start.localeCompare(b.item.start) || a.item.title.localeCompare(b.item.title)));

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

/** What a timeline filter offers: a country or theme with at least one dated entry, and how many it has. */
export interface TimelineFilter { collection: 'countries' | 'themes'; entry: Entry; count: number }

/**
 * Countries and themes with at least one dated entry: each gets its own timeline. Computed once per graph:
 * every page of every timeline shows them, and counting walks every dated item.
 */
export const timelineFilters = perGraph((graph): TimelineFilter[] => {
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
});

/** One heading of a timeline page: a year, or a part of a year too big for one page. */
export interface TimelineSection { year: string; part: number; parts: number; items: TimelineItem[] }

/** Which pages (numbers from 1) hold a year: one, or several when the year is split into parts. */
export interface YearPlace { year: string; pages: number[] }

/**
 * A timeline cut into pages of whole years, oldest first, at most `size` items a page. Oldest first as the
 * timeline always read, and because new entries are mostly recent: they change the last pages, while the
 * addresses of older years (/timeline/2/ …) mostly stay where links and citations left them. Always at least
 * one page, empty when nothing is dated.
 */
export function timelinePages(years: TimelineYear[], size = TIMELINE_PAGE_SIZE): TimelineSection[][] {
  return pagesOfGroups(years.map((y) => ({ key: y.year, items: y.items })), size)
    .map((page) => page.map(({ key, items, part, parts }: GroupPart<TimelineItem>) => ({ year: key, part, parts, items })));
}

/** "2019", or "2019 (part 2 of 3)" for a part of a split year. */
export const sectionLabel = (s: Pick<TimelineSection, 'year' | 'part' | 'parts'>) =>
  s.parts > 1 ? `${s.year} (part ${s.part} of ${s.parts})` : s.year;

/** The id of a section's heading: "y2019" for a year or its first part (what links to a year aim at), "y2019-2" after. */
export const sectionId = (s: Pick<TimelineSection, 'year' | 'part'>) => (s.part > 1 ? `y${s.year}-${s.part}` : `y${s.year}`);

/** The years one page holds, in words: "2019", "2017–2019", "2018 – 2019 (part 1 of 3)"; empty for an empty page. */
export function spanOf(sections: TimelineSection[]): string {
  if (!sections.length) return '';
  const [first, last] = [sections[0], sections.at(-1)!];
  if (first === last) return sectionLabel(first);
  return first.parts > 1 || last.parts > 1 ? `${sectionLabel(first)} – ${sectionLabel(last)}` : `${first.year}–${last.year}`;
}

/** Every year of a paged timeline with the pages it is on, in order: the index that lets a reader jump to a year. */
export function yearPlaces(pages: TimelineSection[][]): YearPlace[] {
  const places = new Map<string, number[]>();
  pages.forEach((sections, i) => {
    for (const { year } of sections) {
      const on = places.get(year);
      if (!on) places.set(year, [i + 1]);
      else if (on.at(-1) !== i + 1) on.push(i + 1);
    }
  });
  return [...places].map(([year, on]) => ({ year, pages: on }));
}

/** What every page of one timeline carries besides its own sections. */
export interface TimelinePageProps {
  /** Dated entries on every page together. */
  total: number;
  /** Each year and the pages it is on. */
  places: YearPlace[];
  /** What each page holds, by page number − 1 ("2017–2019"): for titles and the pager. */
  spans: string[];
}

/**
 * The static paths of one timeline's pages: Astro's `paginate` over its pages, one to a page, with `params`
 * and `props` added to each (src/pages/timeline/[...page].astro and …/[collection]/[slug]/[...page].astro).
 */
export function timelinePaths(
  paginate: PaginateFunction, years: TimelineYear[],
  { params = {}, props = {}, size = TIMELINE_PAGE_SIZE }: { params?: Record<string, string>; props?: Record<string, unknown>; size?: number } = {},
) {
  const pages = timelinePages(years, size);
  const shared: TimelinePageProps = {
    total: years.reduce((n, y) => n + y.items.length, 0),
    places: yearPlaces(pages),
    spans: pages.map(spanOf),
  };
  return paginate(pages, { pageSize: 1, params, props: { ...props, ...shared } });
}
