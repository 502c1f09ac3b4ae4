// The map (/map/): every located entry is on it, markers sit where the data puts them, and the
// drawing is deterministic and small.
import { describe, expect, it } from 'vitest';
import { realGraph } from '../helpers.ts';
import { buildGraph, type Entry } from '../../src/lib/graph.ts';
import { buildMap, locationsOf, MARKER_SPACING, outlineOf, spiralOffset, whereOf } from '../../src/lib/map.ts';

const graph = realGraph();
const map = buildMap(graph);
const key = (e: Pick<Entry, 'collection' | 'id'>) => `${e.collection}/${e.id}`;

/** What counts as located: missions with a host country, projects and subprojects with countries or places. */
const expectedLocated = graph.entries
  .filter((e) => (e.collection === 'missions' && e.data.hostCountry)
    || ((e.collection === 'projects' || e.collection === 'subprojects') && (e.data.countries?.length || e.data.places?.length)))
  .map(key)
  .sort();

describe('located entries', () => {
  it('the content has located entries of each kind', () => {
    expect(expectedLocated.filter((k) => k.startsWith('missions/')).length).toBeGreaterThanOrEqual(5);
    expect(expectedLocated.filter((k) => k.startsWith('projects/')).length).toBeGreaterThanOrEqual(10);
    expect(expectedLocated.filter((k) => k.startsWith('subprojects/')).length).toBeGreaterThanOrEqual(4);
  });

  it('every located entry has a marker, and nothing else has one', () => {
    expect([...new Set(map.markers.map((m) => key(m.location.entry)))].sort()).toEqual(expectedLocated);
  });

  it('a mission sits at its host country; a project at its places, else at its countries', () => {
    const dushanbe = map.markers.filter((m) => m.location.entry.id === 'osce-programme-office-in-dushanbe');
    expect(dushanbe.map((m) => [m.location.kind, m.location.country.id])).toEqual([['mission', 'tajikistan']]);
    const csp = locationsOf(graph).filter((l) => l.entry.id === 'strengthening-civil-society-cooperation-2018-2019');
    const italy = csp.find((l) => l.country.id === 'italy')!;
    expect(italy.places.length).toBe(2); // two Italian cities, one marker in Italy
    expect(whereOf(italy)).toMatch(/, Italy$/);
    const dialogue = locationsOf(graph).filter((l) => l.entry.id === 'tajikistan-police-domestic-violence-training');
    expect(dialogue.map((l) => [l.country.id, l.places])).toEqual([['tajikistan', []]]);
  });

  it('every marker has a link, a type and an accessible label naming the entry and where it is', () => {
    for (const m of map.markers) {
      expect(m.href).toBe(`/${m.location.entry.collection}/${m.location.entry.id}/`);
      expect(m.label).toContain(String(m.location.entry.data.title));
      expect(m.label).toContain(String(m.location.country.data.title));
      expect(m.type).toBeTruthy();
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
    const countries = new Set(map.markers.map((m) => outlineOf(m.location.country)!.properties.name));
    expect(new Set(map.countries.filter((c) => c.highlighted).map((c) => c.name))).toEqual(countries);
  });

  it('places every marker inside the drawing, near its country and apart from its neighbours', () => {
    for (const m of map.markers) {
      expect(m.x).toBeGreaterThan(0);
      expect(m.x).toBeLessThan(map.width);
      expect(m.y).toBeGreaterThan(0);
      expect(m.y).toBeLessThan(map.height);
    }
    const positions = map.markers.map((m) => `${m.x},${m.y}`);
    expect(new Set(positions).size).toBe(positions.length);
  });

  it('spreads markers of one country on a deterministic spiral', () => {
    expect(spiralOffset(0)).toEqual([0, 0]);
    const points = Array.from({ length: 12 }, (_, i) => spiralOffset(i));
    for (let i = 0; i < points.length; i++) {
      for (let j = 0; j < i; j++) {
        expect(Math.hypot(points[i][0] - points[j][0], points[i][1] - points[j][1])).toBeGreaterThan(MARKER_SPACING * 0.7);
      }
    }
  });

  it('is the same drawing every build, with coordinates rounded to one decimal', () => {
    expect(JSON.stringify(buildMap(graph))).toBe(JSON.stringify(map));
    for (const c of map.countries) expect(c.d).not.toMatch(/\d\.\d\d/);
    for (const m of map.markers) expect(String(m.x)).toMatch(/^-?\d+(\.\d)?$/);
  });

  it('keeps the outlines small (110m atlas, clipped to the frame)', () => {
    const bytes = map.countries.reduce((n, c) => n + c.d.length, 0);
    expect(bytes).toBeLessThan(40_000);
    expect(map.countries.length).toBeLessThan(100);
  });
});

describe('a country without an outline in the atlas', () => {
  it('keeps its entries (listed, with no position) and names it as not drawn', () => {
    const nowhere = { collection: 'countries' as const, id: 'nowhere', data: { title: 'Nowhere', code: 'ZZ' } };
    const tj = { collection: 'countries' as const, id: 'tajikistan', data: { title: 'Tajikistan', code: 'TJ' } };
    const g = buildGraph([
      nowhere, tj,
      { collection: 'missions', id: 'm', data: { title: 'Mission', kind: 'field-operation', hostCountry: { collection: 'countries', id: 'nowhere' } } },
      { collection: 'projects', id: 'p', data: { title: 'Project', kind: 'project', countries: [{ collection: 'countries', id: 'tajikistan' }] } },
    ]);
    const m = buildMap(g);
    expect(m.notDrawn.map((c) => c.id)).toEqual(['nowhere']);
    const byId = Object.fromEntries(m.markers.map((k) => [k.location.entry.id, k]));
    expect(byId.m.x).toBeUndefined();
    expect(byId.p.x).toBeTypeOf('number');
  });
});
