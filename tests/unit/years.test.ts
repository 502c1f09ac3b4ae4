// Years: which years an entry is in (one rule for search, year hubs and entry pages), and the hubs built from it.
import { describe, expect, it } from 'vitest';
import { realGraph } from '../helpers.ts';
import { buildGraph, type Entry } from '../../src/lib/graph.ts';
import { factsOf, searchFacetsOf } from '../../src/lib/entry-view.ts';
import { datingOf, YEAR_PAGE_SIZE, yearHubPaths, yearHubs, yearsOf, type YearSection } from '../../src/lib/years.ts';
import { astroPaginate } from '../astro-paginate.ts';
import { mostConnected } from '../../src/lib/browse.ts';
import { timeline, UNDATED } from '../../src/lib/timeline.ts';
import type { CollectionName } from '../../src/schemas/vocabularies.ts';

const ref = (collection: CollectionName, id: string) => ({ collection, id });
const e = (collection: CollectionName, id: string, data: Record<string, any> = {}): Entry =>
  ({ collection, id, data: { title: id.toUpperCase(), summary: '…', sources: [], themes: [], countries: [], places: [], organizations: [], ...data } }) as unknown as Entry;

const small = buildGraph([
  e('countries', 'tj'), e('themes', 't'), e('people', 'someone'),
  e('missions', 'm-open', { kind: 'field-operation', established: '2002' }),
  e('missions', 'm-1999', { kind: 'field-operation', established: '1999-03' }),
  e('projects', 'p', { kind: 'programme', start: '2018-06-01', end: '2019-12-31', countries: [ref('countries', 'tj')] }),
  e('subprojects', 's-own', { project: ref('projects', 'p'), order: 1, start: '2019-03' }),
  e('subprojects', 's-inherits', { project: ref('projects', 'p'), order: 2 }),
  e('projects', 'from', { kind: 'event', start: '2020-06' }),
  e('projects', 'until', { kind: 'event', end: '2024' }),
  e('projects', 'undated', { kind: 'project' }),
  e('subprojects', 's-undated', { project: ref('projects', 'undated'), order: 1 }),
  e('sources', 'src', { kind: 'report', published: '2019-05', document: 'x.txt' }),
  e('sources', 'src-undated', { kind: 'report', document: 'y.txt' }),
]);
const get = (collection: CollectionName, id: string) => small.get(ref(collection, id))!;
const hubs = yearHubs(small);
const hub = (year: number) => hubs.find((h) => h.year === year);
const hrefsIn = (year: number) => hub(year)!.groups.flatMap((g) => g.items.map((i) => i.href)).sort();

describe('the years of an entry', () => {
  it('span a project from its start to its end, whatever the precision', () => {
    expect(yearsOf(small, get('projects', 'p'))).toEqual([2018, 2019]);
    expect(yearsOf(small, get('projects', 'from'))).toEqual([2020]);
    expect(yearsOf(small, get('projects', 'until'))).toEqual([2024]);
    expect(yearsOf(small, get('projects', 'undated'))).toEqual([]);
  });

  it('give a subproject its own dates, or its project’s when it has none, and say so', () => {
    expect(yearsOf(small, get('subprojects', 's-own'))).toEqual([2019]);
    expect(yearsOf(small, get('subprojects', 's-inherits'))).toEqual([2018, 2019]);
    expect(datingOf(small, get('subprojects', 's-inherits'))?.inherited).toBe(true);
    expect(datingOf(small, get('subprojects', 's-own'))?.inherited).toBeUndefined();
    expect(yearsOf(small, get('subprojects', 's-undated'))).toEqual([]);
  });

  it('place a mission by its founding, a source by its publication, and nothing else', () => {
    expect(yearsOf(small, get('missions', 'm-1999'))).toEqual([1999]);
    expect(yearsOf(small, get('missions', 'm-open'))).toEqual([2002]);
    expect(datingOf(small, get('missions', 'm-open'))?.when).toBe('established 2002');
    expect(yearsOf(small, get('sources', 'src'))).toEqual([2019]);
    expect(datingOf(small, get('sources', 'src'))?.when).toBe('published May 2019');
    expect(yearsOf(small, get('sources', 'src-undated'))).toEqual([]);
    for (const [c, id] of [['countries', 'tj'], ['themes', 't'], ['people', 'someone']] as const) expect(yearsOf(small, get(c, id))).toEqual([]);
  });

  it('are the search year facet and the entry page’s year links, for every entry', () => {
    for (const entry of small.entries) {
      const years = yearsOf(small, entry).map(String);
      expect(searchFacetsOf(small, entry).year, entry.id).toEqual(years);
      const fact = factsOf(small, entry).find((f) => f.label === 'Year' || f.label === 'Years');
      expect(fact?.items.map((i) => [i.text, i.href]) ?? [], entry.id).toEqual(years.map((y) => [y, `/years/${y}/`]));
    }
  });
});

describe('year hubs on a small graph', () => {
  it('exist for every year with an entry and no other, oldest first', () => {
    const expected = [...new Set(small.entries.flatMap((x) => yearsOf(small, x)))].sort((a, b) => a - b);
    expect(hubs.map((h) => h.year)).toEqual(expected);
    expect(hub(2021)).toBeUndefined();
    expect(hub(2022)).toBeUndefined();
  });

  it('list an entry in every year it was active, once', () => {
    expect(hrefsIn(2018)).toEqual(['/projects/p/', '/subprojects/s-inherits/']);
    expect(hrefsIn(2019)).toEqual(['/projects/p/', '/sources/src/', '/subprojects/s-inherits/', '/subprojects/s-own/']);
    expect(hrefsIn(1999)).toEqual(['/missions/m-1999/']);
    for (const h of hubs) {
      const hrefs = h.groups.flatMap((g) => g.items.map((i) => i.href));
      expect(new Set(hrefs).size, String(h.year)).toBe(hrefs.length);
      expect(h.count, String(h.year)).toBe(hrefs.length);
    }
  });

  it('group by type in a fixed order, count each group, and show the full dates', () => {
    const h = hub(2019)!;
    expect(h.groups.map((g) => [g.collection, g.items.length])).toEqual([['projects', 1], ['subprojects', 2], ['sources', 1]]);
    expect(h.groups[0].items[0].when).toBe('1 June 2018 – 31 December 2019');
    expect(h.groups[1].items.map((i) => i.title)).toEqual(['S-INHERITS', 'S-OWN']); // by start: the inherited 2018-06-01 first
    expect(h.groups[1].items[0].when).toMatch(/its project’s dates/);
  });

  it('give the main records (missions, projects) their summary cut to one line, and the rest none', () => {
    const long = 'A programme of training, mentoring and small grants for women-led organizations in the regions of the country, run over two years.';
    const g = buildGraph([
      e('projects', 'p', { kind: 'programme', start: '2018', summary: long }),
      e('subprojects', 's', { project: ref('projects', 'p'), order: 1, start: '2018', summary: 'A part of it.' }),
      e('missions', 'm', { kind: 'field-operation', established: '2018', summary: 'A field operation.' }),
      e('sources', 'src', { kind: 'report', published: '2018', document: 'x.txt', summary: 'A report.' }),
    ]);
    const items = Object.fromEntries(yearHubs(g)[0].groups.map((grp) => [grp.collection, grp.items[0].summary]));
    // Cut after "of" (the 100th character falls inside the next word, "the"); a short one kept whole.
    expect(items).toEqual({ projects: 'A programme of training, mentoring and small grants for women-led organizations in the regions of…', subprojects: undefined, missions: 'A field operation.', sources: undefined });
  });

  it('link each year to the nearest years that have a hub', () => {
    expect(hubs.map((h) => [h.previous, h.year, h.next])).toEqual(
      hubs.map((h, i) => [hubs[i - 1]?.year, h.year, hubs[i + 1]?.year]),
    );
    expect(hub(2020)!.next).toBe(2024);
    expect(hub(2024)!.previous).toBe(2020);
    expect(hubs[0].previous).toBeUndefined();
    expect(hubs.at(-1)!.next).toBeUndefined();
  });

  it('are computed once per graph', () => {
    expect(yearHubs(small)).toBe(hubs);
  });
});

describe('the pages of a year hub', () => {
  // 2,500 projects of 2019–2020 and a subproject each: 5,000 entries in each of those years.
  const projects = Array.from({ length: 2500 }, (_, i) => e('projects', `p${i}`, { kind: 'event', start: '2019', end: '2020' }));
  const subprojects = projects.map((p, i) => e('subprojects', `s${i}`, { project: ref('projects', p.id), order: 1 }));
  const big = buildGraph([...projects, ...subprojects, e('sources', 'src', { kind: 'report', published: '2020', document: 'x.txt' })]);
  const bigHubs = yearHubs(big);
  const paths = yearHubPaths(astroPaginate('year'), bigHubs);
  const pagesOf = (year: number) => paths.filter((p) => p.params.year === String(year));
  const sectionsOf = (p: (typeof paths)[number]) => (p.props.page.data as YearSection[][])[0];

  it('hold at most YEAR_PAGE_SIZE entries each, at /years/<yyyy>/, then /years/<yyyy>/2/ …', () => {
    // Each type is cut into the fewest even parts that fit (2,500 → 13 parts of 192 or 193), which do not pair up.
    const pages = 2 * Math.ceil(2500 / YEAR_PAGE_SIZE);
    expect(pagesOf(2019)).toHaveLength(pages);
    expect(pagesOf(2019).map((p) => p.params.page)).toEqual([undefined, ...Array.from({ length: pages - 1 }, (_, i) => String(i + 2))]);
    for (const p of paths) expect(sectionsOf(p).reduce((n, s) => n + s.items.length, 0)).toBeLessThanOrEqual(YEAR_PAGE_SIZE);
  });

  it('show every entry of the year exactly once, in the hub\'s order, with each type\'s full count and its part', () => {
    for (const hub of bigHubs) {
      const sections = pagesOf(hub.year).flatMap(sectionsOf);
      expect(sections.flatMap((s) => s.items.map((i) => i.href))).toEqual(hub.groups.flatMap((g) => g.items.map((i) => i.href)));
      for (const s of sections) expect(s.total).toBe(hub.groups.find((g) => g.collection === s.collection)!.items.length);
    }
    const projectParts = pagesOf(2019).flatMap(sectionsOf).filter((s) => s.collection === 'projects');
    expect(projectParts.map((s) => s.part)).toEqual(projectParts.map((_, i) => i + 1));
    expect(new Set(projectParts.map((s) => s.parts))).toEqual(new Set([projectParts.length]));
  });

  it('is one page, the whole hub, for a small year', () => {
    const small2024 = yearHubPaths(astroPaginate('year'), hubs).filter((p) => p.params.year === '2024');
    expect(small2024).toHaveLength(1);
    expect(sectionsOf(small2024[0]).map((s) => [s.collection, s.items.length, s.parts])).toEqual([['projects', 1, 1]]);
  });
});

describe('year hubs on the real content', () => {
  const graph = realGraph();
  const real = yearHubs(graph);
  const years = new Set(real.map((h) => String(h.year)));

  it('exist for every year search can filter on', () => {
    const facetYears = new Set(graph.entries.flatMap((x) => searchFacetsOf(graph, x).year));
    expect(facetYears.size).toBeGreaterThan(0);
    for (const y of facetYears) expect(years.has(y), y).toBe(true);
  });

  it('hold every entry search files under the year, and only those', () => {
    for (const h of real) {
      const expected = graph.entries.filter((x) => searchFacetsOf(graph, x).year.includes(String(h.year))).map((x) => `/${x.collection}/${x.id}/`).sort();
      expect(h.groups.flatMap((g) => g.items.map((i) => i.href)).sort(), String(h.year)).toEqual(expected);
    }
  });

  it('exist for every year of the timeline', () => {
    for (const y of timeline(graph).filter((y) => y.year !== UNDATED)) expect(years.has(y.year), y.year).toBe(true);
  });
});

describe('the home page’s ways in', () => {
  it('rank hubs by how many entries connect to them', () => {
    const g = buildGraph([
      e('countries', 'a'), e('countries', 'b'), e('countries', 'c'),
      e('projects', 'p1', { kind: 'event', countries: [ref('countries', 'b')] }),
      e('projects', 'p2', { kind: 'event', countries: [ref('countries', 'b'), ref('countries', 'a')] }),
    ]);
    expect(mostConnected(g, 'countries', 5).map((x) => [x.entry.id, x.connected])).toEqual([['b', 2], ['a', 1]]);
    expect(mostConnected(g, 'countries', 1).map((x) => x.entry.id)).toEqual(['b']);
  });
});

describe('dated events inside a piece of work', () => {
  const graph = buildGraph([
    e('projects', 'support', { kind: 'project', start: '2018', events: [
      { date: '2019', what: 'A decree adopted the recommendations' },
      { date: '2020', what: 'The amended law came into force' },
      { date: '2021', end: '2025', what: 'The period of a new national strategy' },
    ] }),
    e('projects', 'inside', { kind: 'project', start: '2018-06-01', end: '2019-12-31', events: [{ date: '2019-03', what: 'A meeting' }] }),
  ]);
  const g = (id: string) => graph.get(ref('projects', id))!;
  const hubsOf = yearHubs(graph);
  const itemIn = (year: number, id: string) => hubsOf.find((h) => h.year === year)?.groups.flatMap((x) => x.items).find((i) => i.href === `/projects/${id}/`);

  it('put the work in each year one of its events falls in, a period in every year of it', () => {
    expect(yearsOf(graph, g('support'))).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(yearsOf(graph, g('inside'))).toEqual([2018, 2019]);
  });

  it('say on the year page what happened that year, beside the work’s own dates', () => {
    expect(itemIn(2018, 'support')?.when).toBe('from 2018'); // a start without an end reads "from"
    expect(itemIn(2019, 'support')?.when).toBe('2019: A decree adopted the recommendations');
    expect(itemIn(2023, 'support')?.when).toBe('2021 – 2025: The period of a new national strategy');
    expect(itemIn(2019, 'inside')?.when).toBe('1 June 2018 – 31 December 2019; March 2019: A meeting');
    expect(hubsOf.find((h) => h.year === 2019)!.count).toBe(2);
  });
});
