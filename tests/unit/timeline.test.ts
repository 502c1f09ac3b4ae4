import { describe, expect, it } from 'vitest';
import {
  alsoLinked, compareFamilyPaths, datedCounts, sectionId, sectionLabel, spanOf, TIMELINE_PAGE_SIZE, timeline, timelineFilters,
  timelinePages, timelinePaths, UNDATED, whenParts, yearPlaces,
  type TimelineItem, type TimelineSection, type TimelineYear,
} from '../../src/lib/timeline.ts';
import { buildGraph, type Entry } from '../../src/lib/graph.ts';
import { astroPaginate } from '../astro-paginate.ts';
import { fixtureEntries, realGraph } from '../helpers.ts';

const graph = realGraph();
const all = timeline(graph);
const hrefs = all.flatMap((y) => y.items.filter((i) => !i.eventOf).map((i) => i.href));

const isWork = (e: Entry) => e.collection === 'projects' || e.collection === 'subprojects';
/** Dated as the content says: a date of its own, or (a subproject) its project's. Read from the frontmatter, not from datingOf. */
const hasDate = (e: Entry) => Boolean(e.data.start || e.data.end
  || (e.collection === 'subprojects' && (graph.get(e.data.project)?.data.start || graph.get(e.data.project)?.data.end)));
const href = (e: Entry) => `/${e.collection}/${e.id}/`;
/** The entries whose frontmatter names a country (as country, host country or place) or a theme. */
const naming = (collection: 'countries' | 'themes', id: string) => graph.entries.filter((e) => collection === 'themes'
  ? (e.data.themes ?? []).some((t) => t.id === id)
  : [e.data.hostCountry, ...(e.data.countries ?? []), ...(e.data.places ?? []).map((p) => p.country)]
    .some((c) => c?.id === id));

describe('timeline', () => {
  it('holds every project and subproject exactly once: the dated by year, then the undated', () => {
    const work = graph.entries.filter(isWork);
    expect([...hrefs].sort()).toEqual(work.map(href).sort());
    const undated = all.find((y) => y.year === UNDATED)!;
    expect(all.at(-1)).toBe(undated);
    expect(undated.items.filter((i) => !i.eventOf).map((i) => i.href).sort()).toEqual(work.filter((e) => !hasDate(e)).map(href).sort());
    const events = work.reduce((n, e) => n + (e.data.events ?? []).length, 0);
    expect(datedCounts(all)).toEqual({ dated: work.filter(hasDate).length, undated: work.filter((e) => !hasDate(e)).length, events });
    for (const i of undated.items) expect([i.start, i.end, i.when], i.href).toEqual([undefined, undefined, '']);
  });

  it('puts the 2017 workshop before its own working groups, and those in the project’s order', () => {
    const workshop = graph.get({ collection: 'projects', id: 'democracy-defenders-workshop-2017' })!;
    const groups = graph.list('subprojects').filter((s) => s.data.project.id === workshop.id).sort((a, b) => a.data.order - b.data.order);
    expect(groups.length).toBeGreaterThan(1);
    const y2017 = all.find((y) => y.year === '2017')!.items.map((i) => i.href);
    const at = y2017.indexOf(href(workshop));
    expect(y2017.slice(at, at + 1 + groups.length)).toEqual([href(workshop), ...groups.map(href)]);
  });

  it('lists every subproject of the same date as its project right after it (or its earlier siblings), in order', () => {
    const items = all.flatMap((y) => y.items);
    const position = new Map(items.map((i, n) => [i.href, n]));
    const startOf = (e: Entry) => (hasDate(e) ? (e.data.start ?? e.data.end ?? graph.get(e.data.project!)?.data.start ?? graph.get(e.data.project!)?.data.end) : undefined);
    let checked = 0;
    for (const p of graph.list('projects')) {
      const under = graph.list('subprojects').filter((s) => s.data.project.id === p.id && startOf(s) === startOf(p))
        .sort((a, b) => a.data.order - b.data.order);
      if (!under.length) continue;
      const start = position.get(href(p))!;
      expect(under.map((s) => position.get(href(s))), p.id).toEqual(under.map((_, n) => start + 1 + n));
      for (const s of under) expect(items[position.get(href(s))!].parentHref, s.id).toBe(href(p));
      checked++;
    }
    expect(checked).toBeGreaterThan(2);
  });

  it('a country’s or theme’s timeline holds all its work, dated or not, and counts the rest, as its page does', () => {
    const tajikistan = graph.get({ collection: 'countries', id: 'tajikistan' })!;
    const named = naming('countries', 'tajikistan');
    const years = timeline(graph, tajikistan);
    expect(years.flatMap((y) => y.items.filter((i) => !i.eventOf).map((i) => i.href)).sort()).toEqual(named.filter(isWork).map(href).sort());
    expect(datedCounts(years).undated).toBe(named.filter((e) => isWork(e) && !hasDate(e)).length);
    expect(datedCounts(years).undated).toBeGreaterThan(0);
    // Everything else that names it (its mission, organizations…) is counted under the timeline, by collection.
    const others = named.filter((e) => !isWork(e));
    const byCollection = Object.fromEntries([...new Set(others.map((e) => e.collection))].map((c) => [c, others.filter((e) => e.collection === c).length]));
    expect(Object.fromEntries(alsoLinked(graph, tajikistan).map((a) => [a.collection, a.count]))).toEqual(byCollection);
    expect(alsoLinked(graph, tajikistan).map((a) => a.text)).toContain(`${byCollection.organizations} organizations`);
    for (const f of timelineFilters(graph)) {
      const mine = naming(f.collection, f.entry.id);
      const listed = timeline(graph, f.entry).reduce((n, y) => n + y.items.filter((i) => !i.eventOf).length, 0);
      const counted = alsoLinked(graph, f.entry).reduce((n, a) => n + a.count, 0);
      expect(listed + counted, `${f.collection}/${f.entry.id}`).toBe(mine.length);
    }
  });

  it('gives each date its own <time> value and reads as the dates do', () => {
    for (const i of all.flatMap((y) => y.items)) {
      const parts = whenParts(i);
      expect(parts.map((p) => p.text).join(''), i.href).toBe(i.when);
      expect(parts.filter((p) => p.datetime).map((p) => p.datetime), i.href).toEqual([...new Set([i.start, i.end].filter(Boolean))]);
    }
  });

  it('compares family paths step by step, a parent before its children', () => {
    expect(compareFamilyPaths(['Workshop', 'p'], ['Workshop', 'p', 1, 'Working Group 1', 's1'])).toBeLessThan(0);
    expect(compareFamilyPaths(['W', 'p', 2, 'A', 's2'], ['W', 'p', 10, 'B', 's10'])).toBeLessThan(0);
    expect(compareFamilyPaths(['Alpha', 'a'], ['Beta', 'b', 1, 'Aardvark', 'c'])).toBeLessThan(0);
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
    const items = all.flatMap((y) => y.items).filter((i) => !i.eventOf); // events carry their work's tags
    for (const f of timelineFilters(graph)) {
      const key = f.collection === 'countries' ? 'countries' : 'themes';
      const tagged = items.filter((i) => i[key].includes(f.entry.id)).map((i) => i.href).sort();
      const page = timeline(graph, f.entry).flatMap((y) => y.items.filter((i) => !i.eventOf).map((i) => i.href)).sort();
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

  it('undated work is one last group: on the last page, labelled, its own id, in the span', () => {
    const undated: TimelineYear = { year: UNDATED, items: Array.from({ length: 30 }, (_, i) => ({ ...item('x', i), when: '', start: undefined })) };
    const pages = timelinePages([year('2018', 150), year('2019', 60), undated]);
    expect(layout(pages)).toEqual([['2018: 150'], ['2019: 60', 'Undated: 30']]);
    expect(pages.at(-1)!.map(sectionId)).toEqual(['y2019', 'undated']);
    expect(pages.map(spanOf)).toEqual(['2018', '2019 and undated']);
    expect(yearPlaces(pages).at(-1)).toEqual({ year: UNDATED, pages: [2] });
    const many = timelinePages([year('2018', 10), { ...undated, items: [...undated.items, ...undated.items, ...undated.items, ...undated.items, ...undated.items, ...undated.items, ...undated.items] }]);
    expect(layout(many)).toEqual([['2018: 10', 'Undated (part 1 of 2): 105'], ['Undated (part 2 of 2): 105']]);
    expect(many.map(spanOf)).toEqual(['2018 and undated (part 1 of 2)', 'Undated (part 2 of 2)']);
    expect(many[1].map(sectionId)).toEqual(['undated-2']);
  });

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
      expect(p.props).toMatchObject({ extra: 1, total: 310, dated: 310, undated: 0, spans: ['2017', '2018–2019'] });
      expect(p.props.places).toEqual([{ year: '2017', pages: [1] }, { year: '2018', pages: [2] }, { year: '2019', pages: [2] }]);
    }
    expect(country[1].props.page.data).toEqual([timelinePages(years)[1]]);
  });
});

describe('timeline pages at 10,000 entries', () => {
  // 10,000 dated projects from 1970 to 2024, a quarter of them in 2019 (some 136 in each other year), all in one
  // country and a third in another.
  const big = (() => {
    const entries: object[] = [
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
    return buildGraph(fixtureEntries(entries));
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

describe('dated events on the timeline', () => {
  const small = buildGraph(fixtureEntries([
    { collection: 'projects', id: 'support', data: { title: 'Support', kind: 'project', start: '2018', events: [
      { date: '2019', what: 'A decree adopted the recommendations' }, { date: '2021', end: '2025', what: 'A strategy’s period' },
    ] } },
    { collection: 'projects', id: 'undated', data: { title: 'Undated', kind: 'project', events: [{ date: '2020', what: 'A law came into force' }] } },
  ]));
  const years = timeline(small);
  const rows = years.flatMap((y) => y.items.map((i) => [y.year, i.title, i.href, i.eventOf ?? '']));

  it('lists each on its own date, after its work, linking to the work’s events', () => {
    expect(rows).toEqual([
      ['2018', 'Support', '/projects/support/', ''],
      ['2019', 'A decree adopted the recommendations', '/projects/support/#events', 'Support'],
      ['2020', 'A law came into force', '/projects/undated/#events', 'Undated'],
      ['2021', 'A strategy’s period', '/projects/support/#events', 'Support'],
      [UNDATED, 'Undated', '/projects/undated/', ''],
    ]);
  });
  it('counts entries apart from their events', () => {
    expect(datedCounts(years)).toEqual({ dated: 1, undated: 1, events: 3 });
  });
});
