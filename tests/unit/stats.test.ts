// /stats/: the counts agree with the content files and with what search filters on.
import { describe, expect, it } from 'vitest';
import { contentFiles, realGraph } from '../helpers.ts';
import { buildGraph, type Entry } from '../../src/lib/graph.ts';
import { searchFacetsOf } from '../../src/lib/entry-view.ts';
import { parseSearchState, type Facet } from '../../src/lib/search-state.ts';
import { byCollection, byCountry, byRole, byTheme, byYear, statsOf } from '../../src/lib/stats.ts';
import { COLLECTIONS, ORGANIZATION_ROLES, type CollectionName } from '../../src/schemas/vocabularies.ts';

const graph = realGraph();
const files = contentFiles();
const stats = statsOf(graph);
const value = (bars: { key: string; value: number }[], key: string) => bars.find((b) => b.key === key)?.value;

describe('entries by collection', () => {
  it('count the content files of each collection', () => {
    const bars = byCollection(graph);
    expect(bars.map((b) => b.key)).toEqual([...COLLECTIONS]);
    for (const c of COLLECTIONS) expect(value(bars, c), c).toBe(files.filter((f) => f.collection === c).length);
  });

  it('add up to the total number of entries, which is the number of content files', () => {
    const sum = byCollection(graph).reduce((s, b) => s + b.value, 0);
    expect(sum).toBe(files.length);
    expect(stats.total).toBe(files.length);
  });
});

describe('entries by country, theme and year', () => {
  const facets = graph.entries.map((e) => ({ e, f: searchFacetsOf(graph, e) }));

  it('count, per country and per theme, the entries search files under it (the entity page itself aside)', () => {
    for (const [bars, collection, facet] of [[byCountry(graph), 'countries', 'country'], [byTheme(graph), 'themes', 'theme']] as const) {
      expect(bars.length, collection).toBe(graph.list(collection).length);
      for (const target of graph.list(collection)) {
        const expected = facets.filter(({ e, f }) => e.collection !== collection && f[facet].includes(String(target.data.title))).length;
        expect(value(bars, target.id), `${collection}/${target.id}`).toBe(expected);
      }
    }
  });

  it('link every bar with something to find to the search narrowed to exactly the entries it counts', () => {
    // What search would return for a URL: every facet given matches (any of its values), as Pagefind's filters do.
    const found = (href: string) => {
      const [path, query] = href.split('?');
      expect(path).toBe('/search/');
      const { filters } = parseSearchState(query);
      return facets.filter(({ f }) => Object.entries(filters).every(([k, values]) => values!.some((v) => (f[k as Facet] ?? []).includes(v)))).length;
    };
    let linked = 0;
    for (const chart of stats.charts) {
      for (const b of chart.bars) {
        if (chart.id === 'by-role' || b.value === 0) { expect(b.searchHref, `${chart.id} ${b.key}`).toBeUndefined(); continue; }
        expect(found(b.searchHref!), `${chart.id} ${b.key}`).toBe(b.value);
        linked++;
      }
    }
    expect(linked).toBeGreaterThan(20);
  });

  it('count, per year, the projects and subprojects search files under it, with no year missing in between', () => {
    const bars = byYear(graph);
    const years = bars.map((b) => Number(b.key));
    expect(years.length).toBeGreaterThan(0);
    expect(years).toEqual(Array.from({ length: years.length }, (_, i) => years[0] + i));
    for (const b of bars) {
      expect(b.value, b.key).toBe(facets.filter(({ e, f }) => ['projects', 'subprojects'].includes(e.collection) && f.year.includes(b.key)).length);
    }
  });

  it('are sorted largest first', () => {
    for (const bars of [byCountry(graph), byTheme(graph), byRole(graph)]) {
      expect(bars.map((b) => b.value)).toEqual([...bars.map((b) => b.value)].sort((a, b) => b - a));
    }
  });
});

describe('organizations by role', () => {
  it('list every role of the vocabulary and count every organization line of projects and subprojects', () => {
    const bars = byRole(graph);
    expect(bars.map((b) => b.key).sort()).toEqual(Object.keys(ORGANIZATION_ROLES).sort());
    const lines = graph.entries.filter((e) => e.collection === 'projects' || e.collection === 'subprojects').flatMap((e) => e.data.organizations ?? []);
    expect(bars.reduce((s, b) => s + b.value, 0)).toBe(lines.length);
  });
});

describe('on a small graph', () => {
  const ref = (collection: CollectionName, id: string) => ({ collection, id });
  const e = (collection: CollectionName, id: string, data: Record<string, any> = {}): Entry =>
    ({ collection, id, data: { title: id, summary: '…', sources: [], themes: [], countries: [], places: [], organizations: [], ...data } }) as unknown as Entry;
  const g = buildGraph([
    e('countries', 'tj'), e('countries', 'kz'), e('themes', 't'), e('organizations', 'o'),
    e('missions', 'm', { hostCountry: ref('countries', 'tj') }),
    // Named twice (countries and places): counted once.
    e('projects', 'p', { countries: [ref('countries', 'tj')], places: [{ name: 'Dushanbe', country: ref('countries', 'tj') }], themes: [ref('themes', 't')], start: '2018', end: '2020',
      organizations: [{ organization: ref('organizations', 'o'), role: 'funder' }, { organization: ref('organizations', 'o'), role: 'partner' }] }),
    e('subprojects', 's', { project: ref('projects', 'p'), order: 1 }), // takes its project's years
    e('projects', 'q', { start: '2023' }),
  ]);

  it('counts each entry once per country, theme and year, with empty years shown', () => {
    expect(byCountry(g).map((b) => [b.key, b.value])).toEqual([['tj', 2], ['kz', 0]]);
    expect(byTheme(g).map((b) => [b.key, b.value])).toEqual([['t', 1]]);
    expect(byYear(g).map((b) => [b.key, b.value])).toEqual([['2018', 2], ['2019', 2], ['2020', 2], ['2021', 0], ['2022', 0], ['2023', 1]]);
    expect(value(byRole(g), 'funder')).toBe(1);
    expect(value(byRole(g), 'host')).toBe(0);
  });
});
