// The timeline: projects and subprojects by year, each at the precision its source gives (a year stays a
// year: it is listed under its year, before that year's months, never as 1 January); within one date a project
// comes before its own subprojects, in the project's order; work without a date is listed last, as undated.
// A timeline has pages of whole years, at most TIMELINE_PAGE_SIZE items each (/timeline/, /timeline/2/ …;
// the same for /timeline/countries/<slug>/ and /timeline/themes/<slug>/), so no page grows with the catalogue.
import type { PaginateFunction } from 'astro';
import type { Reference } from './references.ts';
import { keyOf, perGraph, type Entry, type Graph } from './graph.ts';
import { hrefOf, wordsLangOf } from './entry-view.ts';
import { hubListsFor } from './hub-lists.ts';
import { countOfCollection } from './browse.ts';
import { t } from '../i18n/index.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/langs.ts';
import type { CollectionName } from '../schemas/vocabularies.ts';
import { pagesOfGroups, type GroupPart } from './paging.ts';
import { datingOf, eventSpan, eventWhen, eventsOf } from './years.ts';
import { dateRangeParts } from './dates.ts';
import { titleOf } from './model.ts';

/**
 * Most items on one timeline page. A row is 300–400 bytes (it carries its countries' and themes' ids for the
 * filter), so a page stays under about 85 KB (75–82 KB at 10,000 synthetic entries), and a year of ordinary size
 * stays whole on one page. A year with more is split into parts ("2019 (part 2 of 3)").
 */
export const TIMELINE_PAGE_SIZE = 200;

/**
 * The key of the group that holds work without a date, after every year. It is paged like a year (last, so
 * the addresses of the years stay put), so it is on the last page, or split over pages of its own when it
 * is larger than a page, and the year index links it like a year.
 */
export const UNDATED = 'undated';

/** The collections on a timeline: the work itself. Other entries linked to a country or theme are counted, not listed (see alsoLinked). */
export const TIMELINE_COLLECTIONS = ['projects', 'subprojects'] as const;
export type TimelineCollection = (typeof TIMELINE_COLLECTIONS)[number];

export interface TimelineItem {
  title: string; href: string; kind: string;
  /** The dates as they read ("March 2024", "21 May 2024 – 23 May 2024"); empty for undated work. */
  when: string;
  /** Partial ISO dates ("2024", "2024-03", "2024-05-21") at the precision the source gives; both absent when undated. */
  start?: string; end?: string;
  /** True when a subproject without dates of its own is placed by its project's. */
  inherited?: boolean;
  /** For a subproject listed right under its project (the same date, or both undated): the project's address. */
  parentHref?: string;
  /** What the in-page filter narrows by: the entry's collection and the ids of the countries and themes it links to. */
  collection: TimelineCollection; countries: string[]; themes: string[];
  /** For a dated event inside a piece of work (its `events`): the work's title; the row links to the work's events. */
  eventOf?: string;
  /** The language of the entry's words when it is not the page's (an untranslated entry on a Russian page). */
  wordsLang?: Lang;
}
/** A year's items ("2019"), or the undated work (year UNDATED), in timeline order. */
export interface TimelineYear { year: string; items: TimelineItem[] }

/** Ids of the entries of `collection` that `e` links to: the same links a filter page narrows by. */
const linkedIds = (graph: Graph, e: Entry, collection: string) =>
  [...new Set(graph.outgoing(e).filter((l) => l.to.collection === collection).map((l) => l.to.id))].sort();

/** Where an item sorts among items of the same date: its family's path from the top, compared step by step. */
type FamilyPath = (string | number)[];

/**
 * The path that puts a parent before its children on the same date: a project is [title, id]; a subproject
 * dated as its project is (the same start, or both undated) sits under it, [project's path…, order, title, id],
 * so the 2017 workshop comes before its working groups 1, 2, 3, 4. A subproject with dates of its own
 * stands alone, [title, id], among the other items of its date.
 */
function familyPathOf(graph: Graph, e: Entry, startOf: (e: Entry) => string | undefined): FamilyPath {
  const parent = underParent(graph, e, startOf);
  const own: FamilyPath = [titleOf(e), keyOf(e)];
  return parent ? [...familyPathOf(graph, parent, startOf), e.data.order ?? 0, ...own] : own;
}

/** A subproject's project when the subproject is listed under it: both on the same date, or both undated. */
function underParent(graph: Graph, e: Entry, startOf: (e: Entry) => string | undefined): Entry | undefined {
  if (e.collection !== 'subprojects') return undefined;
  const parent = graph.get(e.data.project);
  return parent && startOf(parent) === startOf(e) ? parent : undefined;
}

/** Lexicographic, step by step: numbers as numbers, titles in locale order; a path before its own extensions. */
export function compareFamilyPaths(a: FamilyPath, b: FamilyPath, lang: Lang = DEFAULT_LANG): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a[i], b[i]];
    const d = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), lang);
    if (d) return d;
  }
  return a.length - b.length;
}

/**
 * Every project and subproject as a timeline item in timeline order, dated first (by start, then family),
 * undated last (by family); built once per graph (once per build), then filtered per page.
 */
const allItems = perGraph((graph): { key: string; item: TimelineItem }[] => {
  const lang = graph.lang ?? DEFAULT_LANG;
  const { collections, vocab, browse } = t(lang);
  const datings = new Map(graph.entries
    .filter((e) => (TIMELINE_COLLECTIONS as readonly string[]).includes(e.collection))
    .map((e) => [keyOf(e), { e, dating: datingOf(graph, e) }]));
  const startOf = (e: Entry) => { const d = datings.get(keyOf(e))?.dating; return d && (d.start ?? d.end); };
  return [...datings.values()]
    .map(({ e, dating }) => ({ e, dating, parent: underParent(graph, e, startOf) }))
    .map(({ e, dating, parent }) => ({
      key: keyOf(e),
      sort: startOf(e),
      path: familyPathOf(graph, e, startOf),
      item: {
        title: titleOf(e),
        href: hrefOf(e),
        kind: e.collection === 'subprojects' ? collections.subprojects.singular : (vocab.kinds as Record<string, string>)[e.data.kind ?? ''],
        when: dating?.when ?? '',
        ...(dating?.start ? { start: dating.start } : {}),
        ...(dating?.end ? { end: dating.end } : {}),
        ...(dating?.inherited ? { inherited: true } : {}),
        ...(parent ? { parentHref: hrefOf(parent) } : {}),
        collection: e.collection as TimelineCollection,
        countries: linkedIds(graph, e, 'countries'),
        themes: linkedIds(graph, e, 'themes'),
        ...(wordsLangOf(e) !== lang ? { wordsLang: wordsLangOf(e) } : {}),
      } satisfies TimelineItem,
    }))
    // A work's dated events (`events`), each on its own date, right after the work itself when they share one.
    .flatMap((row) => [row, ...eventsOf(datings.get(row.key)!.e).map((ev) => ({
      key: row.key,
      sort: ev.date,
      path: [...row.path, 'event', ev.date, ev.what],
      item: {
        ...row.item, title: ev.what, href: `${row.item.href}#events`, kind: browse.timeline.datedEvent, when: eventWhen(ev, lang), ...eventSpan(ev), inherited: undefined, parentHref: undefined, eventOf: row.item.title,
      } as TimelineItem,
    }))])
    // Undated (no sort key) after every date; within a date (or among the undated), families in order.
    .sort((a, b) => (a.sort === undefined ? 1 : 0) - (b.sort === undefined ? 1 : 0)
      || (a.sort ?? '').localeCompare(b.sort ?? '') || compareFamilyPaths(a.path, b.path, lang))
    .map(({ key, item }) => ({ key, item }));
});

/** An item's dates as they read, with the ISO value of each date for a <time> element: "from <March 2024>". */
export const whenParts = (item: Pick<TimelineItem, 'start' | 'end'>, lang: Lang = DEFAULT_LANG) => dateRangeParts(item.start, item.end, lang);

/** The year an item is listed under: its start's (or, with only an end, its end's), or UNDATED. */
export const yearOf = (item: Pick<TimelineItem, 'start' | 'end'>) => (item.start ?? item.end)?.slice(0, 4) ?? UNDATED;

/**
 * Every project and subproject, optionally only those linked to `filter` (a country or theme): the dated by
 * year, oldest first, then the undated as one last group (year UNDATED), so nothing linked is left out.
 */
export function timeline(graph: Graph, filter?: Reference): TimelineYear[] {
  const linked = filter ? new Set(graph.incoming(filter).map((l) => keyOf(l.from))) : undefined;
  const years = new Map<string, TimelineItem[]>();
  for (const { key, item } of allItems(graph)) {
    if (linked && !linked.has(key)) continue;
    const year = yearOf(item);
    const list = years.get(year);
    if (list) list.push(item);
    else years.set(year, [item]);
  }
  return [...years].map(([year, items]) => ({ year, items }));
}

/** How many of a timeline's items have a date and how many have none. */
export function datedCounts(years: TimelineYear[]): { dated: number; undated: number; events: number } {
  const works = (items: TimelineItem[]) => items.filter((i) => !i.eventOf).length;
  const undated = works(years.find((y) => y.year === UNDATED)?.items ?? []);
  const all = years.flatMap((y) => y.items);
  return { dated: works(all) - undated, undated, events: all.length - works(all) };
}

/** What a timeline filter offers: a country or theme with at least one project or subproject, and how many it has. */
export interface TimelineFilter { collection: 'countries' | 'themes'; entry: Entry; count: number }

/**
 * Countries and themes with at least one project or subproject, dated or not: each gets its own timeline.
 * Computed once per graph: every page of every timeline shows them, and counting walks every item.
 */
export const timelineFilters = perGraph((graph): TimelineFilter[] => {
  const counts = new Map<string, number>();
  for (const { item } of allItems(graph)) {
    if (item.eventOf) continue; // counted as entries: an event is part of its entry's row count
    for (const id of item.countries) counts.set(`countries/${id}`, (counts.get(`countries/${id}`) ?? 0) + 1);
    for (const id of item.themes) counts.set(`themes/${id}`, (counts.get(`themes/${id}`) ?? 0) + 1);
  }
  return (['countries', 'themes'] as const).flatMap((collection) =>
    graph.list(collection)
      .map((entry) => ({ collection, entry, count: counts.get(`${collection}/${entry.id}`) ?? 0 }))
      .filter((f) => f.count > 0),
  );
});

/** Entries of one other collection linked to a country or theme: counted under its timeline, listed on its page. */
export interface AlsoLinked { collection: string; count: number; text: string; href: string }

/**
 * What else links to a country or theme besides its projects and subprojects (its missions, organizations,
 * people…): they are not work with dates, so the timeline does not list them, but it says how many there are
 * and links the hub page's list of each, so its count and the hub's agree and nothing is dropped unsaid.
 */
export function alsoLinked(graph: Graph, hub: Entry): AlsoLinked[] {
  const lang = graph.lang ?? DEFAULT_LANG;
  return hubListsFor(graph, hub).connections
    .filter((l) => !(TIMELINE_COLLECTIONS as readonly string[]).includes(l.slug))
    .map((l) => {
      return {
        collection: l.slug, count: l.count,
        text: countOfCollection(lang, l.count, l.slug as CollectionName),
        href: l.more?.href ?? `${hrefOf(hub)}#${l.headingId}`,
      };
    });
}

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

/** "2019", or "2019 (part 2 of 3)" for a part of a split year; "Undated" for the work without a date. */
export const sectionLabel = (s: Pick<TimelineSection, 'year' | 'part' | 'parts'>, lang: Lang = DEFAULT_LANG) => {
  const words = t(lang).browse.timeline;
  const name = s.year === UNDATED ? words.undated : s.year;
  return s.parts > 1 ? `${name} ${words.part(s.part, s.parts)}` : name;
};

/**
 * The id of a section's heading: "y2019" for a year or its first part (what links to a year aim at), "y2019-2"
 * after; "undated" (then "undated-2") for the undated work.
 */
export const sectionId = (s: Pick<TimelineSection, 'year' | 'part'>) => {
  const base = s.year === UNDATED ? UNDATED : `y${s.year}`;
  return s.part > 1 ? `${base}-${s.part}` : base;
};

/**
 * What one page holds, in words: "2019", "2017–2019", "2018 – 2019 (part 1 of 3)", "2022–2024 and undated",
 * "Undated"; empty for an empty page.
 */
export const spanOf = (sections: TimelineSection[]) => spanIn(sections, DEFAULT_LANG);

/** What one page holds, in the language's words ("2022–2024 и без даты"). */
export function spanIn(sections: TimelineSection[], lang: Lang): string {
  const dated = sections.filter((s) => s.year !== UNDATED);
  const undated = sections.find((s) => s.year === UNDATED);
  const years = yearSpan(dated, lang);
  if (!undated) return years;
  const label = sectionLabel(undated, lang);
  if (!years) return label;
  // "2022–2024 and undated", "2022–2024 and undated (part 1 of 2)"
  const words = t(lang).browse.timeline;
  return `${words.spanAndUndated(years)}${undated.parts > 1 ? ` ${words.part(undated.part, undated.parts)}` : ''}`;
}

function yearSpan(sections: TimelineSection[], lang: Lang): string {
  if (!sections.length) return '';
  const [first, last] = [sections[0], sections.at(-1)!];
  if (first === last) return sectionLabel(first, lang);
  return first.parts > 1 || last.parts > 1 ? `${sectionLabel(first, lang)} – ${sectionLabel(last, lang)}` : `${first.year}–${last.year}`;
}

/**
 * Every year of a paged timeline (and the undated work, last) with the pages it is on, in order: the index that
 * lets a reader jump to a year.
 */
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
  /** Entries on every page together, dated and undated. */
  total: number;
  /** Of those, how many have a date and how many have none (listed last, under "Undated"). */
  dated: number;
  undated: number;
  /** Dated events inside those entries (their `events`), listed on their own dates. */
  events: number;
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
  { params = {}, props = {}, size = TIMELINE_PAGE_SIZE, lang = DEFAULT_LANG }: { params?: Record<string, string>; props?: Record<string, unknown>; size?: number; lang?: Lang } = {},
) {
  const pages = timelinePages(years, size);
  const counts = datedCounts(years);
  const shared: TimelinePageProps = {
    ...counts,
    total: counts.dated + counts.undated,
    places: yearPlaces(pages),
    spans: pages.map((p) => spanIn(p, lang)),
  };
  return paginate(pages, { pageSize: 1, params, props: { ...props, ...shared } });
}
