// What the search index knows of an entry beyond its page's words: the filters a search narrows by, the
// metadata a result shows, the keys results sort by. Built for every entry of a language in one file per
// language (src/pages/search/records.json.ts) and handed to Pagefind beside the page's indexed copy
// (src/integrations/pagefind.ts). The served entry page carries none of it: readers never see it, and it cost
// every entry page up to 5 KB of its 30 KB budget (a Russian project page in nine countries and six themes).
import { ancestors, keyOf, type Entry, type Graph } from './graph.ts';
import type { Lang } from '../i18n/langs.ts';
import { parentOf, searchFacetsOf } from './entry-view.ts';
import { searchRegions, searchSortDate } from './search-facts.ts';
import { formatDateRange } from './dates.ts';
import { escapeHtml } from './html-escape.ts';
import { t } from '../i18n/index.ts';
import { LANGS } from '../i18n/langs.ts';
import { placeNameIn } from '../i18n/place-names.ts';
import { NAMES_JOIN } from './search-rank.ts';
import { titleOf } from './model.ts';

export interface SearchRecord {
  /** Filter name → the entry's values, in the graph's language (type, country, theme, year, organization, mission, status, region). */
  filters: Record<string, string[]>;
  /**
   * What a result shows: title, parent, countries, dates (only those the entry has); and its places, which
   * the search page reads to rank a work before its own parts for a search by the place's name.
   */
  meta: Record<string, string>;
  /** Sort keys: the date to sort by (a partial ISO date) and the title in lower case. */
  sort: Record<string, string>;
  /**
   * The entry's places as the other languages write them ("Вена" on the English page of work in Vienna,
   * "Vienna" on its Russian page): indexed as extra words, so a place found in either script finds the page.
   */
  placeNames?: string[];
  /**
   * The entry key of the work the entry belongs to: its topmost ancestor below its mission (a subproject's
   * project), else the entry itself. The search index keeps a family in one shard (src/lib/search-shards.ts).
   */
  family: string;
}

/** The search records of a language: each entry page's path (/ru/projects/<slug>/) → its record. */
export type SearchRecords = Record<string, SearchRecord>;

/**
 * The record of `entry` in `graph`'s language. Regions and the sort date are facts, the same in every
 * language: they are read from `facts`, the English graph (the same graph when the language is English).
 */
export function searchRecordOf(graph: Graph, facts: Graph, entry: Entry): SearchRecord {
  const words = t(graph.lang);
  const factsEntry = facts.get(entry) ?? entry;
  const d = entry.data;
  const filters: Record<string, string[]> = {
    ...searchFacetsOf(graph, entry),
    region: searchRegions(facts, factsEntry).map((r) => words.search.regions[r as keyof typeof words.search.regions] ?? r),
  };
  const parent = parentOf(graph, entry);
  const meta: Record<string, string | undefined> = {
    title: titleOf(entry),
    parent: parent && titleOf(parent),
    countries: filters.country.join(', ') || undefined,
    dates: formatDateRange(d.start, d.end, graph.lang) || undefined,
    // In every language's form, the page's own first: a place searched in either script names it.
    places: [...new Set(placesOf(factsEntry).flatMap((name) => [graph.lang, ...LANGS].map((lang) => placeNameIn(name, lang).text)))].join(NAMES_JOIN) || undefined,
  };
  const sort: Record<string, string | undefined> = {
    date: d.start ?? d.published ?? d.established ?? searchSortDate(facts, factsEntry),
    title: titleOf(entry).toLowerCase(),
  };
  const placeNames = otherPlaceNames(factsEntry, graph.lang);
  const family = [...ancestors(graph, entry), entry].find((e) => e.collection !== 'missions') ?? entry;
  return { filters, meta: defined(meta), sort: defined(sort), ...(placeNames.length ? { placeNames } : {}), family: keyOf(family) };
}

/**
 * The names of an entry's places (a work's `places`, a mission's `city`; read from the English entry, where
 * they are as written) in every language but `lang`, where they differ from how `lang` writes them. Only
 * standard forms (src/i18n/place-names.ts): a name with none in a language adds nothing.
 */
export function otherPlaceNames(factsEntry: Entry, lang: Lang): string[] {
  const out = new Set<string>();
  for (const name of placesOf(factsEntry)) {
    const own = placeNameIn(name, lang).text;
    for (const other of LANGS) {
      const form = placeNameIn(name, other);
      if (form.translated && form.text !== own) out.add(form.text);
    }
  }
  return [...out];
}

/** The names of an entry's places as the English entry writes them: a work's `places`, a mission's `city`. */
function placesOf(factsEntry: Entry): string[] {
  const d = factsEntry.data;
  return [...(Array.isArray(d.places) ? d.places.map((p: { name: string }) => p.name) : []), ...(typeof d.city === 'string' ? [d.city] : [])];
}

function defined(record: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter((e): e is [string, string] => !!e[1]));
}

/**
 * The record as the HTML Pagefind reads: one hidden element per filter value, metadata field and sort key,
 * inside an ignored element so that none of it counts as the page's words. Metadata is searchable in
 * Pagefind, so the type stays a filter only: as metadata, "organization" would find every organization page.
 */
export function searchRecordHtml(record: SearchRecord): string {
  const spans = (kind: string, name: string, value: string) => `<span data-pagefind-${kind}="${escapeHtml(name)}">${escapeHtml(value)}</span>`;
  return `<div hidden data-pagefind-ignore>${[
    ...Object.entries(record.filters).flatMap(([name, values]) => values.map((v) => spans('filter', name, v))),
    ...Object.entries(record.meta).map(([name, v]) => spans('meta', name, v)),
    ...Object.entries(record.sort).map(([name, v]) => spans('sort', name, v)),
  ].join('')}</div>`;
}
