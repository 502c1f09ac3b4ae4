// The map (/map/): one marker and one table row per country with located entries. Every located entry
// is counted in the row of each country it is located in, and nowhere else; markers sit where the data
// puts them, apart from each other; the drawing is deterministic and does not grow with the entries.
import { describe, expect, it } from 'vitest';
import { fixtureEntries, realGraph } from '../helpers.ts';
import { buildGraph, type Entry } from '../../src/lib/graph.ts';
import {
  BADGE_OFFSET, BADGE_PX, buildMap, countrySummaries, countsText, digitsRadius, LAYOUT_NAMES, locationsOf, LOCATED_COLLECTIONS, longitudeSpan,
  MAP_LAYOUTS, MARKER_FONT_PX, MARKER_GAP, MAX_OUTLINE_SPAN, outlineOf, radiusOf, separate, whereOf, type LayoutName, type MapCountryMarker, type OsceMap,
} from '../../src/lib/map.ts';
import { geoBounds } from 'd3-geo';
import { parseSearchState } from '../../src/lib/search-state.ts';
import { timelineFilters } from '../../src/lib/timeline.ts';

const graph = realGraph();
const map = buildMap(graph);
const key = (e: Pick<Entry, 'collection' | 'id'>) => `${e.collection}/${e.id}`;

/**
 * Where each entry is located, read from the frontmatter here rather than from src/lib/map.ts: a
 * mission at its host country; a project or subproject at its places' countries, or at its countries
 * when it names no place. One "entry@country" pair per entry and country.
 */
function expectedPairs(entries: Entry[]): string[] {
  const pairs = new Set<string>();
  for (const e of entries) {
    const d = e.data;
    if (e.collection === 'missions') {
      if (d.hostCountry) pairs.add(`${key(e)}@${d.hostCountry.id}`);
    } else if (e.collection === 'projects' || e.collection === 'subprojects') {
      const countries = d.places?.length ? d.places.map((p: any) => p.country.id) : (d.countries ?? []).map((c: any) => c.id);
      for (const c of countries) pairs.add(`${key(e)}@${c}`);
    }
  }
  return [...pairs].sort();
}
/** The pairs the map counts: each location in its country's row. */
const countedPairs = (m: OsceMap | MapCountryMarker[]) =>
  ('markers' in m ? m.markers : m).flatMap((row) => row.locations.map((l) => `${key(l.entry)}@${row.country.id}`)).sort();

const expected = expectedPairs(graph.entries);
const expectedLocated = [...new Set(expected.map((p) => p.split('@')[0]))].sort();

describe('located entries, one row per country', () => {
  it('the content has located entries of each kind, some of them in several countries', () => {
    expect(expectedLocated.filter((k) => k.startsWith('missions/')).length).toBeGreaterThanOrEqual(5);
    expect(expectedLocated.filter((k) => k.startsWith('projects/')).length).toBeGreaterThanOrEqual(10);
    expect(expectedLocated.filter((k) => k.startsWith('subprojects/')).length).toBeGreaterThanOrEqual(4);
    expect(expected.length).toBeGreaterThan(expectedLocated.length);
  });

  it('has one row per country with located entries, and none for a country without', () => {
    const countries = map.markers.map((m) => m.country.id);
    expect(new Set(countries).size).toBe(countries.length);
    expect(new Set(countries)).toEqual(new Set(expected.map((p) => p.split('@')[1])));
    for (const m of map.markers) expect(m.total, m.country.id).toBeGreaterThan(0);
  });

  it('counts every located entry in the row of each of its countries, exactly once, and nothing else', () => {
    const counted = countedPairs(map);
    expect(counted).toEqual(expected);
    expect([...new Set(counted.map((p) => p.split('@')[0]))].sort()).toEqual(expectedLocated);
  });

  it('the counts add up: per row by type, and over all rows to the number of locations', () => {
    const locations = locationsOf(graph);
    expect(map.markers.reduce((n, m) => n + m.total, 0)).toBe(locations.length);
    expect(locations.length).toBe(expected.length);
    for (const m of map.markers) {
      for (const c of LOCATED_COLLECTIONS) {
        const want = locations.filter((l) => l.country.id === m.country.id && l.entry.collection === c).length;
        expect(m.counts[c], `${m.country.id} ${c}`).toBe(want);
      }
      expect(m.total).toBe(LOCATED_COLLECTIONS.reduce((n, c) => n + m.counts[c], 0));
    }
    for (const c of LOCATED_COLLECTIONS) {
      expect(map.markers.reduce((n, m) => n + m.counts[c], 0), c).toBe(expected.filter((p) => p.startsWith(`${c}/`)).length);
    }
  });

  it('a mission counts at its host country; a project at its places, else at its countries', () => {
    const tajikistan = map.markers.find((m) => m.country.id === 'tajikistan')!;
    expect(tajikistan.locations.filter((l) => l.entry.id === 'osce-programme-office-in-dushanbe').map((l) => l.kind)).toEqual(['mission']);
    expect(tajikistan.counts.missions).toBeGreaterThanOrEqual(1);
    const csp = locationsOf(graph).filter((l) => l.entry.id === 'strengthening-civil-society-cooperation-2018-2019');
    const italy = csp.find((l) => l.country.id === 'italy')!;
    expect(italy.places.length).toBe(2); // two Italian cities, counted once in Italy
    expect(whereOf(italy)).toMatch(/, Italy$/);
    const dialogue = locationsOf(graph).filter((l) => l.entry.id === 'tajikistan-police-domestic-violence-training');
    expect(dialogue.map((l) => [l.country.id, l.places])).toEqual([['tajikistan', []]]);
  });

  it('lists the places named in each country once, every one of them', () => {
    for (const m of map.markers) {
      expect(new Set(m.places).size, m.country.id).toBe(m.places.length);
      expect(new Set(m.places)).toEqual(new Set(m.locations.flatMap((l) => l.places)));
    }
    expect(map.markers.find((m) => m.country.id === 'italy')!.places.length).toBeGreaterThanOrEqual(2);
  });

  it('links each row to the country page, its timeline when it has one, and search narrowed to it', () => {
    const withTimeline = new Set(timelineFilters(graph).filter((f) => f.collection === 'countries').map((f) => f.entry.id));
    expect(map.markers.some((m) => m.timelineHref)).toBe(true);
    for (const m of map.markers) {
      const title = String(m.country.data.title);
      expect(m.href).toBe(`/countries/${m.country.id}/`);
      expect(m.timelineHref).toBe(withTimeline.has(m.country.id) ? `/timeline/countries/${m.country.id}/` : undefined);
      const [path, query] = m.searchHref.split('?');
      expect(path).toBe('/search/');
      expect(parseSearchState(`?${query}`)).toEqual({ query: '', filters: { country: [title] }, sort: 'relevance' });
      expect(m.label).toBe(`${title}: ${countsText(m.counts)}`);
    }
  });

  it('names the counts in words, only the kinds present', () => {
    expect(countsText({ missions: 1, projects: 3, subprojects: 0 })).toBe('1 mission, 3 projects');
    expect(countsText({ missions: 0, projects: 1, subprojects: 2 })).toBe('1 project, 2 subprojects');
  });
});

describe('a small hand-made catalogue', () => {
  const country = (id: string, title: string, code: string) => ({ collection: 'countries' as const, id, data: { title, code } });
  const at = (id: string) => ({ collection: 'countries' as const, id });
  const g = buildGraph(fixtureEntries([
    country('tajikistan', 'Tajikistan', 'TJ'), country('kazakhstan', 'Kazakhstan', 'KZ'), country('italy', 'Italy', 'IT'),
    country('ukraine', 'Ukraine', 'UA'), country('nowhere', 'Nowhere', 'ZZ'),
    { collection: 'missions', id: 'm', data: { title: 'Mission', kind: 'field-operation', hostCountry: at('tajikistan'), city: 'Dushanbe' } },
    { collection: 'missions', id: 'm2', data: { title: 'Mission two', kind: 'field-operation', hostCountry: at('ukraine') } },
    { collection: 'missions', id: 'lost', data: { title: 'Lost', kind: 'field-operation', hostCountry: at('nowhere') } },
    { collection: 'projects', id: 'p', data: {
      title: 'Project', kind: 'project', start: '2019', countries: [at('italy')], // places given: countries not used for location
      places: [{ name: 'Dushanbe', country: at('tajikistan') }, { name: 'Khujand', country: at('tajikistan') }, { name: 'Almaty', country: at('kazakhstan') }, { name: 'Dushanbe', country: at('tajikistan') }],
    } },
    { collection: 'projects', id: 'unlocated', data: { title: 'Unlocated', kind: 'project' } },
    { collection: 'subprojects', id: 's', data: { title: 'Sub', project: { collection: 'projects', id: 'p' }, order: 1, countries: [at('tajikistan')] } },
  ]));
  const small = buildMap(g);
  const row = (id: string) => small.markers.find((m) => m.country.id === id);

  it('counts each location once, in its own country, by type', () => {
    expect(countedPairs(small)).toEqual(expectedPairs(g.entries));
    expect(small.markers.map((m) => m.country.id)).toEqual(['kazakhstan', 'nowhere', 'tajikistan', 'ukraine']); // by title
    expect(row('tajikistan')!.counts).toEqual({ missions: 1, projects: 1, subprojects: 1 });
    expect(row('kazakhstan')!.counts).toEqual({ missions: 0, projects: 1, subprojects: 0 });
    expect(row('italy')).toBeUndefined();
    expect(small.markers.reduce((n, m) => n + m.total, 0)).toBe(locationsOf(g).length);
    expect(locationsOf(g).length).toBe(6);
  });

  it('names each place once, the most often named first', () => {
    expect(row('tajikistan')!.places).toEqual(['Dushanbe', 'Khujand']);
    expect(row('kazakhstan')!.places).toEqual(['Almaty']);
    expect(row('ukraine')!.places).toEqual([]);
  });

  it('links a timeline only where the country has projects or subprojects', () => {
    expect(row('tajikistan')!.timelineHref).toBe('/timeline/countries/tajikistan/');
    expect(row('kazakhstan')!.timelineHref).toBe('/timeline/countries/kazakhstan/');
    expect(row('ukraine')!.timelineHref).toBeUndefined(); // only an undated mission
  });

  it('keeps a country without an outline in the atlas as a row, counted but not drawn', () => {
    expect(small.notDrawn.map((c) => c.id)).toEqual(['nowhere']);
    expect(row('nowhere')!.at).toBeUndefined();
    expect(row('nowhere')!.total).toBe(1);
    for (const id of ['tajikistan', 'kazakhstan', 'ukraine']) expect(row(id)!.at?.wide.x, id).toBeTypeOf('number');
  });

  it('has one marker per country however many entries there are', () => {
    const many = (n: number) => buildGraph(fixtureEntries([
      country('tajikistan', 'Tajikistan', 'TJ'), country('kazakhstan', 'Kazakhstan', 'KZ'),
      ...Array.from({ length: n }, (_, i) => ({
        collection: 'projects' as const, id: `p${i}`,
        data: { title: `P${i}`, kind: 'project', places: [{ name: `Town ${i % 7}`, country: at(i % 3 ? 'tajikistan' : 'kazakhstan') }] },
      })),
    ]));
    const [ten, thousand] = [buildMap(many(10)), buildMap(many(1000))];
    expect(ten.markers.length).toBe(2);
    expect(thousand.markers.length).toBe(2);
    expect(thousand.markers.reduce((n, m) => n + m.total, 0)).toBe(1000);
    expect(thousand.markers.find((m) => m.country.id === 'tajikistan')!.total).toBe(666);
    expect(thousand.markers.find((m) => m.country.id === 'tajikistan')!.places.length).toBe(7);
    // The drawing is the same size: only the numbers change.
    expect(thousand.countries).toEqual(ten.countries);
    // The largest circle, or just big enough for the digits (666 needs more than the narrow layout's largest).
    for (const m of thousand.markers) {
      for (const name of LAYOUT_NAMES) expect(m.at![name].rPx).toBeLessThanOrEqual(Math.max(MAP_LAYOUTS[name].radius.max, digitsRadius(m.total)) + 0.05);
    }
  });
});

describe('geography from the atlas', () => {
  it('finds outlines by ISO numeric code, and Kosovo (no numeric code) by name', () => {
    const get = (id: string) => graph.get({ collection: 'countries', id })!;
    expect(outlineOf(get('tajikistan'))?.properties.name).toBe('Tajikistan');
    expect(outlineOf(get('united-kingdom'))?.properties.name).toBe('United Kingdom');
    expect(outlineOf(get('kosovo'))?.properties.name).toBe('Kosovo');
  });

  it('draws every country with located work and highlights exactly those', () => {
    expect(map.notDrawn).toEqual([]);
    const countries = new Set(map.markers.map((m) => outlineOf(m.country)!.properties.name));
    expect(new Set(map.countries.filter((c) => c.highlighted).map((c) => c.name))).toEqual(countries);
  });

  /**
   * Every drawn marker inside the frame and clear of every other, in each layout at the narrowest width it is
   * shown at (px: the markers' own size does not scale with the map, so wider is only more room).
   */
  const expectApart = (m: OsceMap) => {
    const drawn = m.markers.filter((k) => k.at);
    for (const name of LAYOUT_NAMES) {
      const k = MAP_LAYOUTS[name].fitWidth / m.width;
      const px = (d: MapCountryMarker) => ({ x: d.at![name].x * k, y: d.at![name].y * k, r: d.at![name].rPx });
      for (const d of drawn) {
        const p = px(d);
        expect(d.at![name].r * k, `${name} ${d.country.id}`).toBeCloseTo(p.r, 0);
        expect(p.x - p.r).toBeGreaterThan(0);
        expect(p.x + p.r).toBeLessThan(MAP_LAYOUTS[name].fitWidth);
        expect(p.y - p.r).toBeGreaterThan(0);
        expect(p.y + p.r).toBeLessThan(m.height * k);
      }
      for (let i = 0; i < drawn.length; i++) {
        for (let j = 0; j < i; j++) {
          const [a, b] = [px(drawn[i]), px(drawn[j])];
          expect(Math.hypot(a.x - b.x, a.y - b.y), `${name} ${drawn[i].country.id} / ${drawn[j].country.id}`).toBeGreaterThanOrEqual(a.r + b.r - 0.2);
        }
      }
      // A mission host's diamond (on its upper right edge) is not covered by another marker either.
      for (const host of drawn.filter((d) => d.counts.missions > 0)) {
        const a = px(host);
        const [bx, by] = [a.x + 0.75 * a.r, a.y - 0.75 * a.r];
        for (const other of drawn.filter((d) => d !== host)) {
          const b = px(other);
          expect(Math.hypot(bx - b.x, by - b.y), `${name} ${host.country.id}'s diamond / ${other.country.id}`).toBeGreaterThanOrEqual(b.r + BADGE_PX - 0.2);
        }
      }
    }
  };

  it('places every marker inside the drawing, near its centroid and clear of its neighbours', () => {
    expectApart(map);
    // Near: within a few markers' width of the centroid, at the width each layout is worked out for.
    for (const name of LAYOUT_NAMES) {
      const k = MAP_LAYOUTS[name].fitWidth / map.width;
      for (const m of map.markers) expect(Math.hypot(m.at![name].x - m.cx!, m.at![name].y - m.cy!) * k, `${name} ${m.country.id}`).toBeLessThan(4 * MAP_LAYOUTS[name].radius.max);
    }
  });

  it('keeps markers apart when every country has many entries (the largest markers)', () => {
    const entries: object[] = [...graph.list('countries')];
    graph.list('countries').forEach((c, i) => {
      if (i % 2) entries.push({ collection: 'missions', id: `m-${c.id}`, data: { title: `Mission in ${c.id}`, kind: 'field-operation', hostCountry: { collection: 'countries', id: c.id } } });
      for (let k = 0; k <= i * 40; k++) {
        entries.push({ collection: 'projects', id: `${c.id}-${k}`, data: { title: `${c.id} ${k}`, kind: 'project', countries: [{ collection: 'countries', id: c.id }] } });
      }
    });
    const big = buildMap(buildGraph(fixtureEntries(entries)));
    expect(big.markers.length).toBe(graph.list('countries').length);
    expectApart(big);
  });

  it('frames work on both sides of the globe (Russia and the United States) by the markers, not the wrapping outlines', () => {
    const all = graph.list('countries');
    const boxes = all.map((c) => geoBounds(outlineOf(c)!));
    expect(longitudeSpan(boxes)).toBeGreaterThan(MAX_OUTLINE_SPAN);
    const wide = buildMap(buildGraph(fixtureEntries([...all, ...all.map((c) => ({
      collection: 'projects' as const, id: `p-${c.id}`, data: { title: c.id, kind: 'project', countries: [{ collection: 'countries' as const, id: c.id }] },
    }))])));
    for (const m of wide.markers) {
      expect(m.cx, m.country.id).toBeGreaterThan(0);
      expect(m.cx, m.country.id).toBeLessThan(wide.width);
      expect(m.cy, m.country.id).toBeGreaterThan(0);
      expect(m.cy, m.country.id).toBeLessThan(wide.height);
    }
    // West to east in the drawing as on the globe, and Europe not squeezed into a corner.
    const at = (id: string) => wide.markers.find((m) => m.country.id === id)!;
    expect(at('united-states').cx!).toBeLessThan(at('united-kingdom').cx!);
    expect(at('united-kingdom').cx!).toBeLessThan(at('kazakhstan').cx!);
    expect(at('kazakhstan').cx! - at('united-kingdom').cx!).toBeGreaterThan(wide.width / 4);
    expectApart(wide);
  });

  it('measures the longitude covered by boxes, across the antimeridian', () => {
    expect(longitudeSpan([[[10, 40], [30, 50]]])).toBe(20);
    expect(longitudeSpan([[[10, 40], [30, 50]], [[60, 40], [80, 50]]])).toBe(70);
    expect(longitudeSpan([[[170, 40], [-170, 50]]])).toBe(20); // crosses the antimeridian
    expect(longitudeSpan([[[20, 40], [-170, 80]], [[-172, 20], [-67, 70]]])).toBe(273); // Russia and the United States
  });

  it('sizes markers by their count, between the smallest and the largest radius, with the count fitting inside', () => {
    const largest = Math.max(...map.markers.map((m) => m.total));
    for (const name of LAYOUT_NAMES) {
      const range = MAP_LAYOUTS[name].radius;
      for (const m of map.markers) {
        const { rPx } = m.at![name];
        expect(rPx).toBe(radiusOf(m.total, largest, range));
        expect(rPx).toBeGreaterThanOrEqual(range.min);
        expect(rPx).toBeLessThanOrEqual(Math.max(range.max, digitsRadius(m.total)) + 0.05);
        // The digits at MARKER_FONT_PX (about 0.62 em each) fit in the circle's width.
        expect(String(m.total).length * 0.62 * MARKER_FONT_PX).toBeLessThan(2 * rPx);
      }
    }
    const range = MAP_LAYOUTS.wide.radius;
    expect(radiusOf(1, 500, range)).toBe(range.min);
    expect(radiusOf(500, 500, range)).toBe(range.max);
    expect(radiusOf(100, 500, range)).toBeGreaterThan(radiusOf(50, 500, range));
    // A count too long for the largest circle still fits: the circle grows for its digits.
    expect(radiusOf(123456, 123456, range)).toBe(Math.round(digitsRadius(123456) * 10) / 10);
    expect(radiusOf(123456, 123456, range)).toBeGreaterThan(range.max);
    expect(MARKER_FONT_PX).toBeGreaterThanOrEqual(12);
    expect(BADGE_OFFSET).toBeCloseTo(1.06, 2);
  });

  it('separates markers deterministically, even two with the same centre', () => {
    const points = () => [{ x: 100, y: 100, r: 10 }, { x: 100, y: 100, r: 10 }, { x: 105, y: 98, r: 7 }];
    const a = separate(points(), 400, 300);
    expect(separate(points(), 400, 300)).toEqual(a);
    for (let i = 0; i < a.length; i++) {
      for (let j = 0; j < i; j++) expect(Math.hypot(a[i].x - a[j].x, a[i].y - a[j].y)).toBeGreaterThanOrEqual(a[i].r + a[j].r + MARKER_GAP - 1e-9);
    }
    // Far-apart markers stay where they are.
    expect(separate([{ x: 50, y: 50, r: 7 }, { x: 200, y: 200, r: 7 }], 400, 300)).toEqual([{ x: 50, y: 50, r: 7 }, { x: 200, y: 200, r: 7 }]);
  });

  it('is the same drawing every build, with coordinates rounded to one decimal', () => {
    expect(JSON.stringify(buildMap(graph))).toBe(JSON.stringify(map));
    for (const c of map.countries) expect(c.d).not.toMatch(/\d\.\d\d/);
    for (const m of map.markers) {
      for (const v of [m.cx, m.cy, ...LAYOUT_NAMES.flatMap((n: LayoutName) => [m.at![n].x, m.at![n].y, m.at![n].r, m.at![n].rPx])]) expect(String(v)).toMatch(/^-?\d+(\.\d)?$/);
    }
  });

  it('keeps the outlines small (110m atlas, clipped to the frame)', () => {
    const bytes = map.countries.reduce((n, c) => n + c.d.length, 0);
    expect(bytes).toBeLessThan(40_000);
    expect(map.countries.length).toBeLessThan(100);
  });
});

describe('countrySummaries', () => {
  it('is what buildMap draws, without positions', () => {
    const rows = countrySummaries(graph);
    expect(rows.map((r) => [r.country.id, r.counts, r.places])).toEqual(map.markers.map((m) => [m.country.id, m.counts, m.places]));
    expect(rows.every((r) => r.at === undefined)).toBe(true);
  });
});
