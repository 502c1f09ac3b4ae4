import { describe, expect, it } from 'vitest';
import {
  sectionId, sectionLabel, spanOf, TIMELINE_PAGE_SIZE, timeline, timelineFilters, timelinePages, timelinePaths, yearPlaces,
  type TimelineItem, type TimelineSection, type TimelineYear,
} from '../../src/lib/timeline.ts';
import { buildGraph, type Entry } from '../../src/lib/graph.ts';
import { astroPaginate } from '../astro-paginate.ts';
import { realGraph } from '../helpers.ts';

const graph = realGraph();
const all = timeline(graph);
const hrefs = all.flatMap((y) => y.items.map((i) => i.href));

describe('timeline', () => {
  it('holds every dated project and subproject exactly once', () => {
    const dated = graph.entries.filter((e) => (e.collection === 'projects' || e.collection === 'subprojects') &&
      (e.data.start || e.data.end || (e.collection === 'subprojects' && (graph.get(e.data.project)?.data.start))));
    expect(hrefs.sort()).toEqual(dated.map((e) => `/${e.collection}/${e.id}/`).sort());
  });
  it('keeps partial dates honest and in order', () => {
    const y2024 = all.find((y) => y.year === '2024')!;
    expect(y2024.items.map((i) => i.when)).toEqual(expect.arrayContaining(['March 2024', '21 May 2024 – 23 May 2024']));
    expect(all.find((y) => y.year === '2022')!.items[0].when).toBe('2022');
    expect(all.map((y) => y.year)).toEqual([...all.map((y) => y.year)].sort());
  });
  it('narrows by country', () => {
    const kz = timeline(graph, { collection: 'countries', id: 'kazakhstan' }).flatMap((y) => y.items.map((i) => i.href));
    expect(kz).toContain('/projects/regional-networking-conference-2024/');
    expect(kz).not.toContain('/projects/democracy-defenders-workshop-2017/');
    expect(timelineFilters(graph).some((f) => f.entry.id === 'kazakhstan')).toBe(true);
  });
  it('tags each item with the countries and themes its filter pages narrow by, so the in-page filter agrees', () => {
    const items = all.flatMap((y) => y.items);
    for (const f of timelineFilters(graph)) {
      const key = f.collection === 'countries' ? 'countries' : 'themes';
      const tagged = items.filter((i) => i[key].includes(f.entry.id)).map((i) => i.href).sort();
      const page = timeline(graph, f.entry).flatMap((y) => y.items.map((i) => i.href)).sort();
      expect(tagged, `${f.collection}/${f.entry.id}`).toEqual(page);
      expect(tagged.length).toBe(f.count);
    }
    for (const i of items) expect(i.href.startsWith(`/${i.collection}/`), i.href).toBe(true);
  });
});

describe('timeline pages', () => {
  const item = (year: string, i: number): TimelineItem => ({
    title: `${year} no. ${i}`, href: `/projects/p-${year}-${i}/`, when: year, kind: 'Event', start: year,
    collection: 'projects', countries: [], themes: [],
  });
  const year = (y: string, n: number): TimelineYear => ({ year: y, items: Array.from({ length: n }, (_, i) => item(y, i)) });
  const layout = (pages: TimelineSection[][]) => pages.map((p) => p.map((s) => `${sectionLabel(s)}: ${s.items.length}`));

  it('nothing dated: one empty page', () => {
    expect(timelinePages([])).toEqual([[]]);
    expect(yearPlaces(timelinePages([]))).toEqual([]);
    expect(spanOf([])).toBe('');
  });

  it(`exactly ${TIMELINE_PAGE_SIZE} items fit one page; one more starts another, and whole years stay whole`, () => {
    expect(layout(timelinePages([year('2018', 150), year('2019', 50)]))).toEqual([['2018: 150', '2019: 50']]);
    expect(layout(timelinePages([year('2018', 150), year('2019', 51)]))).toEqual([['2018: 150'], ['2019: 51']]);
    expect(layout(timelinePages([year('2019', TIMELINE_PAGE_SIZE)]))).toEqual([[`2019: ${TIMELINE_PAGE_SIZE}`]]);
  });

  it(`a year of ${TIMELINE_PAGE_SIZE + 1} is split into two parts, each labelled`, () => {
    const pages = timelinePages([year('2019', TIMELINE_PAGE_SIZE + 1)]);
    expect(layout(pages)).toEqual([['2019 (part 1 of 2): 101'], ['2019 (part 2 of 2): 100']]);
    expect(pages.map((p) => p.map(sectionId))).toEqual([['y2019'], ['y2019-2']]);
    expect(yearPlaces(pages)).toEqual([{ year: '2019', pages: [1, 2] }]);
    expect(pages.map(spanOf)).toEqual(['2019 (part 1 of 2)', '2019 (part 2 of 2)']);
  });

  it('one huge year among small ones: its parts fill pages of their own, the years around it stay whole', () => {
    const pages = timelinePages([year('2017', 10), year('2018', 20), year('2019', 1000), year('2020', 5), year('2021', 7)]);
    expect(layout(pages)).toEqual([
      ['2017: 10', '2018: 20'],
      ...[1, 2, 3, 4, 5].map((n) => [`2019 (part ${n} of 5): 200`]),
      ['2020: 5', '2021: 7'],
    ]);
    expect(yearPlaces(pages)).toEqual([
      { year: '2017', pages: [1] }, { year: '2018', pages: [1] }, { year: '2019', pages: [2, 3, 4, 5, 6] },
      { year: '2020', pages: [7] }, { year: '2021', pages: [7] },
    ]);
    expect(pages.map(spanOf)).toEqual(['2017–2018', ...[1, 2, 3, 4, 5].map((n) => `2019 (part ${n} of 5)`), '2020–2021']);
  });

  it('become Astro pages at /timeline/, /timeline/2/ …, each carrying every year’s page for the index', () => {
    const years = [year('2017', 150), year('2018', 150), year('2019', 10)];
    const paths = timelinePaths(astroPaginate(), years);
    // (This stand-in route has no "timeline/" segment of its own: its pages are / and /2/.)
    expect(paths.map((p) => p.props.page.url.current)).toEqual(['/', '/2/']);
    const country = timelinePaths(astroPaginate('collection', 'slug'), years, { params: { collection: 'countries', slug: 'kz' }, props: { extra: 1 } });
    expect(country.map((p) => p.props.page.url.current)).toEqual(['/countries/kz/', '/countries/kz/2/']);
    expect(country.map((p) => p.params)).toEqual([
      { collection: 'countries', slug: 'kz', page: undefined }, { collection: 'countries', slug: 'kz', page: '2' },
    ]);
    for (const p of country) {
      expect(p.props).toMatchObject({ extra: 1, total: 310, spans: ['2017', '2018–2019'] });
      expect(p.props.places).toEqual([{ year: '2017', pages: [1] }, { year: '2018', pages: [2] }, { year: '2019', pages: [2] }]);
    }
    expect(country[1].props.page.data).toEqual([timelinePages(years)[1]]);
  });
});

describe('timeline pages at 10,000 entries', () => {
  // 10,000 dated projects from 1970 to 2024, a quarter of them in 2019 (some 136 in each other year), all in one
  // country and a third in another.
  const big = (() => {
    const entries: Entry[] = [
      { collection: 'countries', id: 'kz', data: { title: 'Kazakhstan' } },
      { collection: 'countries', id: 'am', data: { title: 'Armenia' } },
    ];
    for (let i = 0; i < 10_000; i++) {
      const y = i % 4 === 0 ? 2019 : 1970 + (i % 55);
      const month = String((i % 12) + 1).padStart(2, '0');
      entries.push({
        collection: 'projects', id: `p${i}`,
        data: {
          title: `Project ${i}`, kind: 'event', start: i % 3 ? `${y}-${month}` : String(y),
          countries: [{ collection: 'countries', id: 'kz' }, ...(i % 3 ? [] : [{ collection: 'countries', id: 'am' }])],
        },
      });
    }
    return buildGraph(entries);
  })();

  for (const filter of [undefined, { collection: 'countries', id: 'kz' }, { collection: 'countries', id: 'am' }] as const) {
    it(`${filter ? `the timeline of ${filter.id}` : 'the whole timeline'}: every page within ${TIMELINE_PAGE_SIZE} items, every item once and in order`, () => {
      const years = timeline(big, filter);
      const paths = timelinePaths(astroPaginate(), years);
      const pages = paths.map((p) => p.props.page.data[0] as TimelineSection[]);
      expect(paths.length).toBeGreaterThan(3_334 / TIMELINE_PAGE_SIZE);
      for (const sections of pages) {
        const count = sections.reduce((n, s) => n + s.items.length, 0);
        expect(count).toBeGreaterThan(0);
        expect(count).toBeLessThanOrEqual(TIMELINE_PAGE_SIZE);
      }
      const hrefs = pages.flat().flatMap((s) => s.items.map((i) => i.href));
      expect(hrefs).toEqual(years.flatMap((y) => y.items.map((i) => i.href)));
      expect(new Set(hrefs).size).toBe(filter?.id === 'am' ? 3_334 : 10_000);
      // 2019 is too big for a page: split into labelled parts; every other year is whole on one page.
      const places = yearPlaces(pages);
      for (const p of places) expect(p.pages.length > 1, p.year).toBe(p.year === '2019');
      for (const y of years) expect(y.items.length > TIMELINE_PAGE_SIZE, y.year).toBe(y.year === '2019');
      const parts = pages.flat().filter((s) => s.year === '2019');
      expect(parts.map((s) => s.part)).toEqual(parts.map((_, i) => i + 1));
      expect(parts.every((s) => s.parts === parts.length)).toBe(true);
      // What every page carries for the index and pager is one line per year and one label per page.
      expect(paths[0].props.places.length).toBe(55);
      expect(paths[0].props.spans.length).toBe(paths.length);
    });
  }
});

describe('the real content', () => {
  it('fits one page of the timeline, every dated item once', () => {
    const pages = timelinePages(all);
    expect(pages.length).toBe(1);
    expect(pages[0].flatMap((s) => s.items.map((i) => i.href))).toEqual(all.flatMap((y) => y.items.map((i) => i.href)));
    expect(pages[0].every((s) => s.parts === 1)).toBe(true);
  });
});
