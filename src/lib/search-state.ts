// The search page's whole state lives in the URL: ?q=…&type=Project&country=Tajikistan&sort=newest.
// Pure functions so the same rules serve the page and the tests.

export const FACETS = ['type', 'country', 'theme', 'year', 'organization', 'mission', 'status'] as const;
export type Facet = (typeof FACETS)[number];
export const SORTS = ['relevance', 'newest', 'oldest', 'title'] as const;
export type Sort = (typeof SORTS)[number];
/** How each order is offered to readers (the search page, and the collection indexes' in-place sort). */
export const SORT_LABELS: Record<Sort, string> = { relevance: 'Most relevant', newest: 'Newest first', oldest: 'Oldest first', title: 'Title A–Z' };

export interface SearchState {
  query: string;
  filters: Partial<Record<Facet, string[]>>;
  sort: Sort;
}

export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const facet of FACETS) {
    const values = params.getAll(facet).filter(Boolean);
    if (values.length) filters[facet] = [...new Set(values)].sort();
  }
  const sort = params.get('sort') as Sort;
  return { query: (params.get('q') ?? '').trim(), filters, sort: SORTS.includes(sort) ? sort : 'relevance' };
}

export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const facet of FACETS) for (const v of state.filters[facet] ?? []) params.append(facet, v);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The search page narrowed by filters and nothing else: /search/?country=Tajikistan (its own URL form). */
export const filteredSearchUrl = (filters: SearchState['filters']) =>
  `/search/${serializeSearchState({ query: '', filters, sort: 'relevance' })}`;

/** Pagefind's filter argument: within a facet any value may match; across facets all must. */
export function toPagefindFilters(filters: SearchState['filters']) {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v?.length).map(([k, v]) => [k, { any: v }]));
}

/** Pagefind's sort argument; relevance is Pagefind's default (no sort). */
export function toPagefindSort(sort: Sort): Record<string, 'asc' | 'desc'> | undefined {
  if (sort === 'newest') return { date: 'desc' };
  if (sort === 'oldest') return { date: 'asc' };
  if (sort === 'title') return { title: 'asc' };
  return undefined;
}
