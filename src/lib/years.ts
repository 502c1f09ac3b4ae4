// Years: which calendar years an entry belongs to, and the year hubs (/years/, /years/<yyyy>/) built from that.
// One rule for the whole site: search's year facet, the year hubs and the entry pages' year links all use yearsOf.
import type { PaginateFunction } from 'astro';
import type { CollectionName } from '../schemas/vocabularies.ts';
import { perGraph, type Entry, type Graph } from './graph.ts';
import { activeYears, formatDateRange, formatPartialDate } from './dates.ts';
import { pagesOfGroups } from './paging.ts';
import { hrefOf, wordsLangOf } from './entry-view.ts';
import { oneLine, SUMMARIZED_LISTS } from './summaries.ts';
import { t } from '../i18n/index.ts';
import { DEFAULT_LANG, localizePath, type Lang } from '../i18n/langs.ts';
import { datesOf, titleOf } from './model.ts';

/** What places an entry in time, at the precision its source gives. */
export interface Dating {
  start?: string;
  end?: string;
  /** How the dates read on their own: "1 June 2018 – 31 December 2019", "established 2002", "published March 2024". */
  when: string;
  /** True when a subproject without dates of its own is placed by its project's. */
  inherited?: boolean;
}

/** The dates that place an entry (datesOf, model.ts), in words in the graph's language. */
export function datingOf(graph: Graph, e: Entry): Dating | undefined {
  const dates = datesOf(graph, e);
  if (!dates) return undefined;
  const lang = graph.lang ?? DEFAULT_LANG;
  const words = t(lang).browse;
  // A mission is placed by its founding date, in that year alone; a source by its publication.
  const when = e.collection === 'missions' ? words.established(formatPartialDate(dates.start!, lang))
    : e.collection === 'sources' ? words.published(formatPartialDate(dates.start!, lang))
      : formatDateRange(dates.start, dates.end, lang)!;
  return { ...dates, when };
}

/**
 * Every calendar year an entry was active or dated in, start to end inclusive. Partial dates count by their
 * year: a project of 2018–2019 is in 2018 and in 2019; one known only to start in June 2020 is in 2020 alone.
 */
export function yearsOf(graph: Graph, e: Entry): number[] {
  // The years alone, without the wording datedYears builds for the year pages: this runs for every page's facts and facets.
  const dating = datingOf(graph, e);
  const years = new Set(dating ? activeYears(dating.start, dating.end) : []);
  for (const ev of eventsOf(e)) for (const y of activeYears(ev.date, ev.end)) years.add(y);
  return [...years].sort((a, b) => a - b);
}

/** A dated happening inside a piece of work (its `events`). */
export interface DatedEvent { date: string; end?: string; what: string }
export const eventsOf = (e: Entry): DatedEvent[] => e.data.events ?? [];
/** An event happened on its date (a point, not "from" it), or over its period: "2019", "2021 – 2025". */
export const eventSpan = (ev: DatedEvent): { start: string; end: string } => ({ start: ev.date, end: ev.end ?? ev.date });
export const eventWhen = (ev: DatedEvent, lang: Lang = DEFAULT_LANG) => formatDateRange(eventSpan(ev).start, eventSpan(ev).end, lang)!;

/**
 * Each year an entry is in, oldest first, with how it is dated there: its own span ("1 June 2018 – 31 December
 * 2019"), and any of its events that fall in the year ("2019: a Presidential Decree adopted …"). A project known
 * only to start in 2018 is thus also in 2019 and 2020 when its events are.
 */
export function datedYears(graph: Graph, e: Entry): Map<number, { when: string[]; sortKey: string }> {
  const years = new Map<number, { when: string[]; sortKey: string }>();
  const add = (year: number, when: string, sortKey: string) => {
    const y = years.get(year);
    if (y) y.when.push(when);
    else years.set(year, { when: [when], sortKey });
  };
  const lang = graph.lang ?? DEFAULT_LANG;
  const dating = datingOf(graph, e);
  if (dating) {
    const when = dating.inherited ? `${dating.when} ${t(lang).browse.projectsDates}` : dating.when;
    for (const year of activeYears(dating.start, dating.end)) add(year, when, dating.start ?? dating.end ?? '');
  }
  for (const ev of eventsOf(e)) {
    for (const year of activeYears(ev.date, ev.end)) add(year, `${eventWhen(ev, lang)}: ${ev.what}`, ev.date);
  }
  return new Map([...years].sort(([a], [b]) => a - b));
}

export interface YearItem {
  title: string; href: string; when: string; kind?: string; sortKey: string;
  /** A mission's or project's summary cut to one line, as the other hubs list them (summaries.ts). */
  summary?: string;
  /** The language of the entry's words when it is not the page's (an untranslated entry on a Russian page). */
  wordsLang?: Lang;
}
export interface YearGroup { collection: CollectionName; heading: string; items: YearItem[] }
export interface YearHub {
  year: number;
  /** Distinct entries in the year (each entry once, whatever its span). */
  count: number;
  groups: YearGroup[];
  /** The nearest earlier and later years that have a hub (years without entries have none). */
  previous?: number;
  next?: number;
}

/** Collections in the order the hubs list them: the work first, then what records it. */
export const YEAR_COLLECTIONS: CollectionName[] = ['projects', 'subprojects', 'missions', 'sources'];

/** Every year with at least one entry, oldest first; computed once per graph (once per build). */
export const yearHubs = perGraph((graph): YearHub[] => {
  const lang = graph.lang ?? DEFAULT_LANG;
  const { vocab, collections } = t(lang);
  const byYear = new Map<number, Map<CollectionName, YearItem[]>>();
  for (const e of graph.entries) {
    for (const [year, { when, sortKey }] of datedYears(graph, e)) {
      const item: YearItem = {
        title: titleOf(e),
        href: hrefOf(e),
        when: when.join('; '),
        kind: e.collection === 'subprojects' || !e.data.kind ? undefined : (vocab.kinds as Record<string, string>)[e.data.kind],
        ...(SUMMARIZED_LISTS.includes(e.collection) && e.data.summary ? { summary: oneLine(String(e.data.summary)) } : {}),
        sortKey,
        ...(wordsLangOf(e) !== lang ? { wordsLang: wordsLangOf(e) } : {}),
      };
      let groups = byYear.get(year);
      if (!groups) byYear.set(year, (groups = new Map()));
      const items = groups.get(e.collection);
      if (items) items.push(item);
      else groups.set(e.collection, [item]);
    }
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  return years.map((year, i): YearHub => {
    const groups = YEAR_COLLECTIONS.filter((c) => byYear.get(year)!.has(c)).map((collection) => ({
      collection,
      heading: collections[collection].plural,
      items: byYear.get(year)!.get(collection)!.sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.title.localeCompare(b.title, lang)),
    }));
    return { year, count: groups.reduce((n, g) => n + g.items.length, 0), groups, previous: years[i - 1], next: years[i + 1] };
  });
});

export const yearUrl = (year: number | string, lang: Lang = DEFAULT_LANG) => localizePath(`/years/${year}/`, lang);

/**
 * Items on one page of a year hub. A year holds everything active in it, so at thousands of entries one
 * year is thousands of rows. At 10,000 entries pages of 200 rows were 35–62 KB; once projects and missions
 * carried their summaries, the first page of a year (its projects) reached 60–80 KB; 150 rows take about a
 * quarter off each page (estimated from those pages, not measured again).
 */
export const YEAR_PAGE_SIZE = 150;

/** One type's list on one page of a year hub: the whole list, or part of it when it runs over pages. */
export interface YearSection extends YearGroup {
  /** Entries of this type in the whole year (items holds this page's share). */
  total: number;
  part: number;
  parts: number;
}

/**
 * The static paths of every year hub's pages (src/pages/years/[year]/[...page].astro): /years/2019/, then
 * /years/2019/2/ … when the year holds more than a page. Types stay whole on a page where they fit.
 */
export function yearHubPaths(paginate: PaginateFunction, hubs: YearHub[], size = YEAR_PAGE_SIZE) {
  return hubs.flatMap((hub) => {
    const byCollection = new Map(hub.groups.map((g) => [g.collection, g]));
    const pages = pagesOfGroups(hub.groups.map((g) => ({ key: g.collection, items: g.items })), size)
      .map((page) => page.map(({ key, items, part, parts }): YearSection => {
        const group = byCollection.get(key as CollectionName)!;
        return { collection: group.collection, heading: group.heading, total: group.items.length, items, part, parts };
      }));
    return paginate(pages, { pageSize: 1, params: { year: String(hub.year) }, props: { hub } });
  });
}
