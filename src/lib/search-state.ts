// The search page's whole state lives in the URL: ?q=…&type=Project&country=Tajikistan&sort=newest.
// Pure functions so the same rules serve the page and the tests.
import { DEFAULT_LANG, localizePath, type Lang } from '../i18n/langs.ts';

export const FACETS = ['type', 'region', 'country', 'theme', 'year', 'organization', 'mission', 'status'] as const;
export type Facet = (typeof FACETS)[number];
export const SORTS = ['relevance', 'newest', 'oldest', 'title'] as const;
export type Sort = (typeof SORTS)[number];
// Each order's words, in every language, are t(lang).search.sorts (the search page and the collection indexes).

export interface SearchState {
  query: string;
  filters: Partial<Record<Facet, string[]>>;
  sort: Sort;
  /** Search the words as typed, without correcting them (the "search instead for" link). */
  typed?: boolean;
  /** How many results the reader has asked to see ("Show more"), so Back restores them; PAGE_SIZE by default. */
  shown?: number;
}

/** Results shown at first and added by each "Show more". */
export const PAGE_SIZE = 10;

export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const facet of FACETS) {
    const values = params.getAll(facet).filter(Boolean);
    if (values.length) filters[facet] = [...new Set(values)].sort();
  }
  const sort = params.get('sort') as Sort;
  const state: SearchState = { query: (params.get('q') ?? '').trim(), filters, sort: SORTS.includes(sort) ? sort : 'relevance' };
  if (params.get('typed') === '1') state.typed = true;
  const shown = Number(params.get('shown'));
  if (Number.isInteger(shown) && shown > PAGE_SIZE) state.shown = shown;
  return state;
}

export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const facet of FACETS) for (const v of state.filters[facet] ?? []) params.append(facet, v);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.typed) params.set('typed', '1');
  if (state.shown && state.shown > PAGE_SIZE) params.set('shown', String(state.shown));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * The search page narrowed by filters and nothing else: /search/?country=Tajikistan (its own URL form); in
 * another language that language's search page, whose facet values are in that language
 * (/ru/search/?country=Таджикистан, type and status as t(lang).collections / t(lang).vocab name them).
 */
export const filteredSearchUrl = (filters: SearchState['filters'], lang: Lang = DEFAULT_LANG) =>
  `${localizePath('/search/', lang)}${serializeSearchState({ query: '', filters, sort: 'relevance' })}`;

/** Pagefind's filter argument: within a facet any value may match; across facets all must. */
export function toPagefindFilters(filters: SearchState['filters']) {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v?.length).map(([k, v]) => [k, { any: v }]));
}

/**
 * Pagefind's sort argument; relevance is Pagefind's default (no sort). Pagefind leaves out pages without the
 * sort key, so the page lists undated results after the dated ones itself (src/scripts/search-page.ts).
 */
export function toPagefindSort(sort: Sort): Record<string, 'asc' | 'desc'> | undefined {
  if (sort === 'newest') return { date: 'desc' };
  if (sort === 'oldest') return { date: 'asc' };
  if (sort === 'title') return { title: 'asc' };
  return undefined;
}
