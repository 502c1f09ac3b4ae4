// Pages of long lists: the page numbers a pager links, how groups (a timeline's years) are cut into pages,
// and the collection indexes, on made-up graphs large enough to need many pages.
import { describe, expect, it } from 'vitest';
import { astroPaginate } from '../astro-paginate.ts';
import { LIST_PAGE_SIZE, pageHref, pagesOfGroups, pageWindow, pagedTitle, type Group } from '../../src/lib/paging.ts';
import { collectionIndexPaths, indexRowsOf, searchUrlOf, type IndexRow } from '../../src/lib/collection-index.ts';
import { parseSearchState } from '../../src/lib/search-state.ts';
import { buildGraph, type Entry } from '../../src/lib/graph.ts';
import { COLLECTIONS } from '../../src/schemas/vocabularies.ts';

/** n projects with titles that sort in creation order. */
const projects = (n: number): Entry[] => Array.from({ length: n }, (_, i) => ({
  collection: 'projects', id: `p-${String(i).padStart(6, '0')}`,
  data: { title: `Project ${String(i).padStart(6, '0')}`, summary: `Summary ${i}`, kind: 'event' },
}) as Entry);

describe('the pager', () => {
  it('links page n of a list at the address Astro gives page n', () => {
    for (const last of [2, 3, 12]) {
      const pages = astroPaginate('collection')(Array.from({ length: last * 10 }, (_, i) => i), { pageSize: 10, params: { collection: 'projects' } });
      for (const from of pages) {
        for (const to of pages) expect(pageHref(from.props.page, to.props.page.currentPage)).toBe(to.props.page.url.current);
      }
      expect(pages.map((p) => p.props.page.url.current).slice(0, 2)).toEqual(['/projects/', '/projects/2/']);
    }
  });

  it('shows the first, the last and two either side of the current page, with a gap only where numbers are left out', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 2)).toEqual([1, 2]);
    expect(pageWindow(1, 11)).toEqual([1, 2, 3, null, 11]);
    expect(pageWindow(5, 11)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 11]);
    expect(pageWindow(6, 11)).toEqual([1, null, 4, 5, 6, 7, 8, null, 11]);
    expect(pageWindow(11, 11)).toEqual([1, null, 9, 10, 11]);
    // A gap of one number shows the number instead of "…".
    expect(pageWindow(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('stays small however many pages there are', () => {
    for (const last of [1, 2, 9, 100, 10_000]) {
      for (const current of new Set([1, 2, Math.ceil(last / 2), last - 1, last].filter((n) => n >= 1 && n <= last))) {
        const window = pageWindow(current, last);
        expect(window.length).toBeLessThanOrEqual(9);
        const numbers = window.filter((n): n is number => n !== null);
        expect(numbers).toContain(current);
        expect(numbers[0]).toBe(1);
        expect(numbers.at(-1)).toBe(last);
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      }
    }
  });

  it('names a page in its title only when there are several', () => {
    expect(pagedTitle('Projects', { currentPage: 1, lastPage: 1 })).toBe('Projects');
    expect(pagedTitle('Projects', { currentPage: 2, lastPage: 11 })).toBe('Projects, page 2 of 11');
  });
});

describe('groups cut into pages', () => {
  const group = (key: string, n: number): Group<string> => ({ key, items: Array.from({ length: n }, (_, i) => `${key}.${i}`) });
  const shape = (pages: ReturnType<typeof pagesOfGroups<string>>) => pages.map((p) => p.map((g) => `${g.key}:${g.items.length}${g.parts > 1 ? ` ${g.part}/${g.parts}` : ''}`));

  it('nothing: one empty page, so a list always has its first page', () => {
    expect(pagesOfGroups([], 200)).toEqual([[]]);
    expect(pagesOfGroups([group('2019', 0)], 200)).toEqual([[]]);
  });

  it('keeps whole groups together while they fit, exactly the page size included', () => {
    expect(shape(pagesOfGroups([group('a', 120), group('b', 80)], 200))).toEqual([['a:120', 'b:80']]);
    expect(shape(pagesOfGroups([group('a', 120), group('b', 81)], 200))).toEqual([['a:120'], ['b:81']]);
    expect(shape(pagesOfGroups([group('a', 200)], 200))).toEqual([['a:200']]);
    expect(shape(pagesOfGroups([group('a', 200), group('b', 1)], 200))).toEqual([['a:200'], ['b:1']]);
  });

  it('splits a group one larger than a page into two even parts', () => {
    expect(shape(pagesOfGroups([group('a', 201)], 200))).toEqual([['a:101 1/2'], ['a:100 2/2']]);
  });

  it('splits one huge group into the fewest even parts, packed with their neighbours where they fit', () => {
    const pages = pagesOfGroups([group('2018', 30), group('2019', 1000), group('2020', 40)], 200);
    expect(shape(pages)).toEqual([
      ['2018:30'], ['2019:200 1/5'], ['2019:200 2/5'], ['2019:200 3/5'], ['2019:200 4/5'], ['2019:200 5/5'], ['2020:40'],
    ]);
    expect(shape(pagesOfGroups([group('2018', 30), group('2019', 1001), group('2020', 40)], 200))).toEqual([
      ['2018:30', '2019:167 1/6'], ['2019:167 2/6'], ['2019:167 3/6'], ['2019:167 4/6'], ['2019:167 5/6'], ['2019:166 6/6'], ['2020:40'],
    ]);
  });

  it('keeps every item once, in order, and every page within the size', () => {
    const groups = Array.from({ length: 40 }, (_, i) => group(String(1990 + i), (i * 37) % 450));
    for (const size of [1, 7, 100, 200, 449, 450, 10_000]) {
      const pages = pagesOfGroups(groups, size);
      expect(pages.flat().flatMap((g) => g.items), `size ${size}`).toEqual(groups.flatMap((g) => g.items));
      for (const page of pages) {
        const count = page.reduce((n, g) => n + g.items.length, 0);
        expect(count, `size ${size}`).toBeLessThanOrEqual(size);
        expect(count, `size ${size}`).toBeGreaterThan(0);
      }
      // Each group is whole (1 of 1) where it fits a page.
      for (const g of pages.flat()) expect(g.parts === 1, `${g.key} at ${size}`).toBe(groups.find((x) => x.key === g.key)!.items.length <= size);
    }
  });

  it('refuses a page that holds nothing', () => {
    expect(() => pagesOfGroups([group('a', 1)], 0)).toThrow(/at least 1/);
    expect(() => pagesOfGroups([group('a', 1)], 2.5)).toThrow(/at least 1/);
  });
});

describe('collection indexes', () => {
  it('link to the search page narrowed to their type, in the search page’s own URL form', () => {
    expect(searchUrlOf('projects')).toBe('/search/?type=Project');
    expect(parseSearchState(searchUrlOf('people').slice('/search/'.length)).filters).toEqual({ type: ['Person'] });
  });

  for (const n of [0, 1, 100, 101, 250]) {
    it(`${n} entries: ${Math.max(1, Math.ceil(n / LIST_PAGE_SIZE))} page(s), every entry once, in title order`, () => {
      const graph = buildGraph(projects(n));
      const paths = collectionIndexPaths(graph, astroPaginate('collection')).filter((p) => p.params.collection === 'projects');
      expect(paths.length).toBe(Math.max(1, Math.ceil(n / LIST_PAGE_SIZE)));
      expect(paths.map((p) => p.params.page)).toEqual(paths.map((_, i) => (i ? String(i + 1) : undefined)));
      const rows = paths.flatMap((p) => p.props.page.data as IndexRow[]);
      expect(rows.map((r) => r.href)).toEqual(projects(n).map((p) => `/projects/${p.id}/`));
      expect(rows.every((r) => r.kind === 'Event' && r.summary.startsWith('Summary'))).toBe(true);
    });
  }

  it('give every collection its index, and none more than LIST_PAGE_SIZE rows at 10,000 entries', () => {
    const graph = buildGraph(projects(10_000));
    const paths = collectionIndexPaths(graph, astroPaginate('collection'));
    for (const c of COLLECTIONS) expect(paths.filter((p) => p.params.collection === c && p.params.page === undefined).length, c).toBe(1);
    const projectPages = paths.filter((p) => p.params.collection === 'projects');
    expect(projectPages.length).toBe(100);
    for (const p of paths) expect(p.props.page.data.length).toBeLessThanOrEqual(LIST_PAGE_SIZE);
    expect(projectPages.reduce((n, p) => n + p.props.page.data.length, 0)).toBe(10_000);
    expect(indexRowsOf(graph, 'projects').length).toBe(10_000);
  });
});
