// Counts for /stats/: entries by collection, country, theme, active year and organization role.
// Pure functions of the link graph, the same graph the /data/ files are serialised from.
import { COLLECTIONS, ORGANIZATION_ROLES, type CollectionName } from '../schemas/vocabularies.ts';
import { keyOf, type Entry, type Graph } from './graph.ts';
import { yearsOf } from './years.ts';
import type { Reference } from './references.ts';
import { hrefOf } from './entry-view.ts';
import { filteredSearchUrl } from './search-state.ts';
import { t } from '../i18n/index.ts';
import { DEFAULT_LANG, localizePath, type Lang } from '../i18n/langs.ts';
import { countryRefsOf, titleOf } from './model.ts';

const langOfGraph = (graph: Graph): Lang => graph.lang ?? DEFAULT_LANG;

/** Search's type facet for every collection but `except`: what a country's or theme's count leaves out is its own page. */
const typesBut = (lang: Lang, except?: CollectionName) => COLLECTIONS.filter((c) => c !== except).map((c) => t(lang).collections[c].singular);

export interface Bar {
  key: string; label: string; value: number;
  /** The page of what the bar counts (a country's page, a collection's index), linked from the table. */
  href?: string;
  /** The search narrowed to exactly the entries the bar counts, linked from the bar itself. */
  searchHref?: string;
}
export interface Chart {
  id: string;
  title: string;
  /** One sentence saying what is counted, for the chart's description and the table's caption. */
  description: string;
  /** Header of the label column in the table. */
  labelHeader: string;
  /** Header of the number column in the table. */
  valueHeader: string;
  bars: Bar[];
  /** When the bars add up to something meaningful (entries by collection: all entries), its label. */
  sumLabel?: string;
}

const byValueThenLabel = (lang: Lang) => (a: Bar, b: Bar) => b.value - a.value || a.label.localeCompare(b.label, lang);

/** Distinct entries naming each target of a collection, counted once per entry however often it names it. */
function countNamers(graph: Graph, target: CollectionName, facet: 'country' | 'theme', refsOf: (e: Entry) => (Reference | undefined)[]): Bar[] {
  const counts = new Map<string, number>();
  for (const e of graph.entries) {
    if (e.collection === target) continue;
    for (const key of new Set(refsOf(e).filter(Boolean).map((r) => keyOf(r!)))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const lang = langOfGraph(graph);
  return graph.list(target)
    .map((e) => {
      const value = counts.get(keyOf(e)) ?? 0;
      return {
        key: e.id, label: titleOf(e), value, href: hrefOf(e),
        // Search files a country or theme under its own name too: leaving its own type out gives the entries counted here.
        ...(value ? { searchHref: filteredSearchUrl({ [facet]: [titleOf(e)], type: typesBut(lang, target) }, lang) } : {}),
      };
    })
    .sort(byValueThenLabel(lang));
}

export const byCollection = (graph: Graph): Bar[] => {
  const lang = langOfGraph(graph);
  const { collections } = t(lang);
  return COLLECTIONS.map((c) => ({
    key: c, label: collections[c].plural, value: graph.list(c).length, href: localizePath(`/${c}/`, lang),
    searchHref: filteredSearchUrl({ type: [collections[c].singular] }, lang),
  }));
};

export const byCountry = (graph: Graph) => countNamers(graph, 'countries', 'country', (e) => countryRefsOf(e));
export const byTheme = (graph: Graph) => countNamers(graph, 'themes', 'theme', (e) => e.data.themes ?? []);

/** The years a project or subproject was active, by the site's one year rule (src/lib/years.ts). */
const workYears = (graph: Graph, e: Entry): number[] =>
  e.collection === 'projects' || e.collection === 'subprojects' ? yearsOf(graph, e) : [];

/** Projects and subprojects active in each year, every year from the first to the last (empty years as 0). */
export function byYear(graph: Graph): Bar[] {
  const counts = new Map<number, number>();
  for (const e of graph.entries) for (const y of workYears(graph, e)) counts.set(y, (counts.get(y) ?? 0) + 1);
  if (counts.size === 0) return [];
  const years = [...counts.keys()];
  const bars: Bar[] = [];
  // Search's year facet holds missions and sources too: narrowed to projects and subprojects it gives the bar's entries.
  const lang = langOfGraph(graph);
  const work = [t(lang).collections.projects.singular, t(lang).collections.subprojects.singular];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) {
    const value = counts.get(y) ?? 0;
    bars.push({ key: String(y), label: String(y), value, ...(value ? { searchHref: filteredSearchUrl({ year: [String(y)], type: work }, lang) } : {}) });
  }
  return bars;
}

/**
 * Organizations taking part in projects and subprojects, one count per stated role (every role in the vocabulary).
 * Search has no facet for a role, so these bars link nowhere.
 */
export function byRole(graph: Graph): Bar[] {
  const counts = new Map<string, number>();
  for (const e of graph.entries) {
    if (e.collection !== 'projects' && e.collection !== 'subprojects') continue;
    for (const o of e.data.organizations ?? []) counts.set(o.role, (counts.get(o.role) ?? 0) + 1);
  }
  const lang = langOfGraph(graph);
  const roles = t(lang).vocab.roles as Record<string, string>;
  return Object.keys(ORGANIZATION_ROLES)
    .map((role) => ({ key: role, label: roles[role] ?? role, value: counts.get(role) ?? 0 }))
    .sort(byValueThenLabel(lang));
}

export interface Stats { total: number; charts: Chart[] }

export function statsOf(graph: Graph): Stats {
  const { charts } = t(langOfGraph(graph)).browse.stats;
  return {
    total: graph.entries.length,
    charts: [
      { id: 'by-collection', ...charts.byCollection, bars: byCollection(graph) },
      { id: 'by-country', ...charts.byCountry, bars: byCountry(graph) },
      { id: 'by-theme', ...charts.byTheme, bars: byTheme(graph) },
      { id: 'by-year', ...charts.byYear, bars: byYear(graph) },
      { id: 'by-role', ...charts.byRole, bars: byRole(graph) },
    ],
  };
}
