// The per-entry rules, each defined here once: what an entry is called, where its page and its file are, which
// entry it is part of, which countries it names, which dates place it, and when two names are the same name.
// Pure functions of an entry's data (and, for the dates a subproject inherits, of the entry it is part of),
// free of Node and Astro, so the build, the scripts, the tests and the entry editor's browser bundle share them.
import type { Entry, Graph } from './graph.ts';
import type { Reference } from './references.ts';

/** An entry's title, in its graph's language (the English one where a translation is missing). */
export const titleOf = (e: { data: { title?: unknown } }) => String(e.data.title);

/** An entry's page, from the site root, in English: /projects/hdim/ (hrefOf, entry-view.ts, adds the language). */
export const entryUrl = (collection: string, id: string) => `/${collection}/${id}/`;

/** An entry's content file, from the repository root: content/projects/hdim.mdx; its translation's with `lang`: content/ru/projects/hdim.mdx. */
export const entryFile = (collection: string, id: string, lang?: string) => `content/${lang ? `${lang}/` : ''}${collection}/${id}.mdx`;

/**
 * The reference to an entry's parent in the family tree: a subproject's project, a project's parent
 * project (`partOf`) or else its mission, a mission's or organization's `parent`. The one rule for what
 * sits above what (breadcrumbs, section navigation, previous/next).
 */
export function parentRefOf(entry: Entry): Reference | undefined {
  switch (entry.collection) {
    case 'subprojects': return entry.data.project;
    case 'projects': return entry.data.partOf ?? entry.data.mission;
    case 'missions': case 'organizations': return entry.data.parent;
    default: return undefined;
  }
}

/**
 * The countries an entry names: a mission's host country, then anything's countries, then (unless `places` is
 * false) the countries of the places a programme was held in. References as written, repeats kept: the one
 * rule behind the entry page's countries, the statistics' country counts, the quality report and search's regions.
 */
export function countryRefsOf(e: Entry, { places = true } = {}): Reference[] {
  const d = e.data;
  const refs = [d.hostCountry, ...(d.countries ?? []), ...(places ? (d.places ?? []).map((p) => p.country) : [])];
  return refs.filter((r) => r !== undefined);
}

/** The dates that place an entry (datingOf in years.ts puts them in words). */
export interface Dates { start?: string; end?: string; inherited?: boolean }

/**
 * A project's start..end; a subproject's own, or its project's when it has none (`inherited`); a mission's
 * founding date; a source's publication date (its start and end). Other collections are not dated.
 */
export function datesOf(graph: Pick<Graph, 'get'>, e: Entry): Dates | undefined {
  const d = e.data;
  const span = (start?: string, end?: string, inherited?: boolean): Dates | undefined =>
    start || end ? { start, end, ...(inherited ? { inherited } : {}) } : undefined;
  switch (e.collection) {
    case 'projects':
      return span(d.start, d.end);
    case 'subprojects': {
      if (d.start || d.end) return span(d.start, d.end);
      const parent = graph.get(e.data.project);
      return span(parent?.data.start, parent?.data.end, true);
    }
    case 'missions':
      return d.established ? { start: d.established } : undefined;
    case 'sources':
      return d.published ? { start: d.published, end: d.published } : undefined;
    default:
      return undefined;
  }
}

/** Titles and aliases are compared as readers would: ignoring case and spacing. */
export const sameName = (name: string) => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
