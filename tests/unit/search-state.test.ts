import { describe, expect, it } from 'vitest';
import { filteredSearchUrl, parseSearchState, serializeSearchState, toPagefindFilters, toPagefindSort } from '../../src/lib/search-state.ts';

describe('search state in the URL', () => {
  it('round-trips query, facets and sort', () => {
    const url = '?q=domestic+violence&type=Project&country=Tajikistan&country=Kazakhstan&sort=newest';
    const state = parseSearchState(url);
    expect(state).toEqual({ query: 'domestic violence', filters: { type: ['Project'], country: ['Kazakhstan', 'Tajikistan'] }, sort: 'newest' });
    expect(parseSearchState(serializeSearchState(state))).toEqual(state);
  });
  it('ignores unknown parameters and sorts', () => {
    expect(parseSearchState('?foo=1&sort=random')).toEqual({ query: '', filters: {}, sort: 'relevance' });
    expect(serializeSearchState({ query: '', filters: {}, sort: 'relevance' })).toBe('');
  });
  it('maps to Pagefind arguments', () => {
    expect(toPagefindFilters({ year: ['2019', '2018'], theme: [] })).toEqual({ year: { any: ['2019', '2018'] } });
    expect(toPagefindSort('oldest')).toEqual({ date: 'asc' });
    expect(toPagefindSort('relevance')).toBeUndefined();
  });
});

describe('links to filtered searches', () => {
  it('are the search page with those filters and nothing else, which the page reads back', () => {
    const url = filteredSearchUrl({ country: ['Russian Federation'], year: ['2019'] });
    expect(url.startsWith('/search/?')).toBe(true);
    expect(parseSearchState(url.slice('/search/'.length))).toEqual({ query: '', filters: { country: ['Russian Federation'], year: ['2019'] }, sort: 'relevance' });
    expect(filteredSearchUrl({})).toBe('/search/');
  });
});

describe('search state kept for Back and for corrections', () => {
  it('keeps "show more" and "search as typed" in the URL', () => {
    const state = parseSearchState('?q=Dushambe&typed=1&shown=30');
    expect(state).toEqual({ query: 'Dushambe', filters: {}, sort: 'relevance', typed: true, shown: 30 });
    expect(serializeSearchState(state)).toBe('?q=Dushambe&typed=1&shown=30');
  });
  it('drops a "shown" that is not more than the first page, or not a whole number', () => {
    expect(parseSearchState('?q=x&shown=10').shown).toBeUndefined();
    expect(parseSearchState('?q=x&shown=abc').shown).toBeUndefined();
    expect(parseSearchState('?q=x&shown=12.5').shown).toBeUndefined();
  });
  it('reads the region facet', () => {
    expect(parseSearchState('?region=Central+Asia').filters).toEqual({ region: ['Central Asia'] });
  });
});
