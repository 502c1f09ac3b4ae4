// The map of where the work is, drawn at build time from real boundaries: world-atlas (Natural Earth,
// 1:110m) through topojson-client and d3-geo. Nothing here is a hand-drawn shape or an invented
// coordinate: each country with located entries gets one marker, sized by its number of entries, near
// the centroid of its outline in that data. The page's size grows with the countries, not the entries.
import { geoBounds, geoCentroid, geoConicEqualArea, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import isoCountries from 'i18n-iso-countries';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { Reference } from './references.ts';
import { keyOf, type Entry, type Graph } from './graph.ts';
import { timelineUrl } from './labels.ts';
import { timelineFilters } from './timeline.ts';
import { hrefOf } from './entry-view.ts';
import { countOfCollection } from './browse.ts';
import { filteredSearchUrl } from './search-state.ts';
import { t } from '../i18n/index.ts';
import { DEFAULT_LANG, localizePath, type Lang } from '../i18n/langs.ts';
import { titleOf } from './model.ts';

type CountryFeature = Feature<Geometry, { name: string }> & { id?: string };

/** Every outline in the atlas, once per process. */
let worldFeatures: CountryFeature[] | undefined;
export function worldCountries(): CountryFeature[] {
  if (!worldFeatures) {
    const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    worldFeatures = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features as CountryFeature[];
  }
  return worldFeatures;
}

/**
 * The outline of a country entry: by its ISO 3166-1 numeric code (the atlas ids), else by its name,
 * which is how the atlas carries Kosovo (XK has no numeric code). Undefined when the atlas has none.
 */
export function outlineOf(country: Entry, features = worldCountries()): CountryFeature | undefined {
  const numeric = isoCountries.alpha2ToNumeric(String(country.data.code));
  return (numeric && features.find((f) => f.id === numeric)) || features.find((f) => f.properties.name === country.data.title
    // In another language the English title is among the aliases (src/lib/localize.ts).
    || (country.lang && country.lang !== DEFAULT_LANG && (country.data.aliases ?? []).includes(f.properties.name)));
}

/** One place an entry is located: a mission's host country, or a project's place (or country). */
export interface Location {
  entry: Entry;
  /** 'mission' marks a mission's host country; 'activity' where a project or subproject happened. */
  kind: 'mission' | 'activity';
  country: Entry;
  /** City names from `places`, when the entry gives them. */
  places: string[];
}

/**
 * Every located entry, one location per entry and country: missions with a host country; projects and
 * subprojects at their places' countries, or at their countries when they name no place.
 */
export function locationsOf(graph: Graph): Location[] {
  const out: Location[] = [];
  const country = (ref: Reference) => {
    const c = graph.get(ref);
    if (!c) throw new Error(`Unresolved reference ${keyOf(ref)}`);
    return c;
  };
  for (const entry of [...graph.list('missions'), ...graph.list('projects'), ...graph.list('subprojects')]) {
    const d = entry.data;
    if (entry.collection === 'missions') {
      if (d.hostCountry) out.push({ entry, kind: 'mission', country: country(d.hostCountry), places: d.city ? [d.city] : [] });
      continue;
    }
    const byCountry = new Map<string, Location>();
    const places: { name: string; country: Reference }[] = d.places ?? [];
    for (const p of places) {
      const loc = byCountry.get(p.country.id) ?? { entry, kind: 'activity' as const, country: country(p.country), places: [] };
      if (!loc.places.includes(p.name)) loc.places.push(p.name);
      byCountry.set(p.country.id, loc);
    }
    if (!places.length) for (const c of (d.countries ?? []) as Reference[]) byCountry.set(c.id, { entry, kind: 'activity', country: country(c), places: [] });
    out.push(...byCountry.values());
  }
  return out;
}

export interface MapCountry { name: string; d: string; highlighted: boolean }

/** The three kinds of located entry, in the order the page counts them. */
export const LOCATED_COLLECTIONS = ['missions', 'projects', 'subprojects'] as const;
export type LocatedCollection = (typeof LOCATED_COLLECTIONS)[number];

/** How many place names a country's row shows before "and N more". */
export const PLACES_SHOWN = 5;

/**
 * One country with located entries: one marker and one table row. Every location (an entry in a
 * country) belongs to exactly one of these, so an entry located in two countries counts in both.
 */
export interface MapCountryMarker {
  country: Entry;
  /** The locations in this country, missions first, then by title. */
  locations: Location[];
  counts: Record<LocatedCollection, number>;
  total: number;
  /** City and place names given by those entries, deduplicated, most often named first. */
  places: string[];
  /** The country's own page, which lists every entry connected to it. */
  href: string;
  /** Its timeline page, when it has projects or subprojects, dated or not (see timelineFilters). */
  timelineHref?: string;
  /** Search narrowed to the country, in the URL form the search page reads. */
  searchHref: string;
  /** "Tajikistan: 1 mission, 3 projects, 2 subprojects". */
  label: string;
  /** Where the marker is drawn in each layout; undefined when the country has no outline in the map data. */
  at?: Record<LayoutName, Placement>;
  /** The country's centroid, where the marker would sit if no neighbour were in the way. */
  cx?: number;
  cy?: number;
}

export interface OsceMap {
  width: number;
  height: number;
  countries: MapCountry[];
  /** One per country with located entries, by country title. */
  markers: MapCountryMarker[];
  /** Country entries with located work but no outline in the atlas: listed, not drawn. */
  notDrawn: Entry[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** "Almaty, Kazakhstan" or "Tajikistan". */
export const whereOf = (l: Location) => [...l.places, titleOf(l.country)].join(', ');

/** "1 mission, 3 projects" — only the kinds present. */
export const countsText = (counts: Record<LocatedCollection, number>, lang: Lang = DEFAULT_LANG) =>
  LOCATED_COLLECTIONS.filter((c) => counts[c] > 0).map((c) => countOfCollection(lang, counts[c], c)).join(', ');

/** Search narrowed to one country, in the country entry's language: /search/?country=Russian+Federation. */
export const countrySearchUrl = (country: Entry) => filteredSearchUrl({ country: [titleOf(country)] }, country.lang ?? DEFAULT_LANG);

/** The located entries grouped by country: counts, place names and links; no drawing yet. */
export function countrySummaries(graph: Graph, locations = locationsOf(graph)): MapCountryMarker[] {
  const lang = graph.lang ?? DEFAULT_LANG;
  const timelines = new Set(timelineFilters(graph).filter((f) => f.collection === 'countries').map((f) => f.entry.id));
  const byCountry = new Map<string, Location[]>();
  for (const l of locations) {
    const list = byCountry.get(l.country.id);
    if (list) list.push(l);
    else byCountry.set(l.country.id, [l]);
  }
  const order = (a: Location, b: Location) =>
    LOCATED_COLLECTIONS.indexOf(a.entry.collection as LocatedCollection) - LOCATED_COLLECTIONS.indexOf(b.entry.collection as LocatedCollection)
    || titleOf(a.entry).localeCompare(titleOf(b.entry), lang);
  return [...byCountry.values()]
    .map((list) => {
      const country = list[0].country;
      const counts = { missions: 0, projects: 0, subprojects: 0 } as Record<LocatedCollection, number>;
      const named = new Map<string, number>();
      for (const l of list) {
        counts[l.entry.collection as LocatedCollection]++;
        for (const p of new Set(l.places)) named.set(p, (named.get(p) ?? 0) + 1);
      }
      const places = [...named].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], lang)).map(([p]) => p);
      const title = titleOf(country);
      return {
        country,
        locations: [...list].sort(order),
        counts,
        total: list.length,
        places,
        href: hrefOf(country),
        timelineHref: timelines.has(country.id) ? localizePath(timelineUrl('countries', country.id), lang) : undefined,
        searchHref: countrySearchUrl(country),
        label: t(lang).browse.map.markerLabel(title, countsText(counts, lang)),
      } satisfies MapCountryMarker;
    })
    .sort((a, b) => titleOf(a.country).localeCompare(titleOf(b.country), lang));
}

/**
 * The marker layouts. Markers are HTML over the SVG, sized in CSS pixels, so their numbers read at 13 px on a
 * 320 px phone and on a desktop alike, while the outlines scale with the width. Where markers sit therefore
 * depends on the width they are shown at: each layout is worked out for the narrowest map it is shown on
 * (`fitWidth`, CSS px), and stays clear at any wider one, where the same pixels are a smaller part of the map.
 * The page shows `wide` from a map `minWidth` wide (a container query), `narrow` below.
 */
export const MAP_LAYOUTS = {
  narrow: { minWidth: 0, fitWidth: 288, radius: { min: 10, max: 14 } },
  wide: { minWidth: 560, fitWidth: 560, radius: { min: 11, max: 20 } },
} as const;
export type LayoutName = keyof typeof MAP_LAYOUTS;
export const LAYOUT_NAMES = Object.keys(MAP_LAYOUTS) as LayoutName[];

/** The size (CSS px) of the count written in a marker, and the gap (px) kept between two markers. */
export const MARKER_FONT_PX = 13;
export const MARKER_GAP = 1.5;

/** One marker in one layout: its centre in SVG units, its radius in SVG units and in CSS px. */
export interface Placement { x: number; y: number; r: number; rPx: number }

/**
 * A marker's radius in px: its area grows with the count, from `range.min` (one entry) to `range.max` (the
 * largest country), and never too small for its digits at MARKER_FONT_PX (a generous 0.62 em a digit, 3 px a side).
 */
export function radiusOf(total: number, largest: number, range: { min: number; max: number } = MAP_LAYOUTS.wide.radius): number {
  const byCount = largest <= 1 ? range.min : range.min + (range.max - range.min) * Math.sqrt((total - 1) / (largest - 1));
  return round(Math.max(byCount, digitsRadius(total)));
}
export const digitsRadius = (n: number) => (String(n).length * 0.62 * MARKER_FONT_PX + 6) / 2;

/**
 * The diamond marking a mission's host country sits on the marker's upper right edge (at 0.75 r right and up):
 * its centre's distance from the marker's centre in radii, and its half-diagonal in px (a 9 px square turned 45°).
 */
export const BADGE_OFFSET = Math.SQRT2 * 0.75;
export const BADGE_PX = 6.5;

/**
 * Moves circles apart until none overlaps another (keeping MARKER_GAP between them) and all stay inside
 * the frame: neighbouring small countries (Kosovo and Albania) have centroids closer than two markers'
 * width. Deterministic: the same input always gives the same positions. Mutates and returns `points`.
 */
export function separate<T extends { x: number; y: number; r: number }>(points: T[], width: number, height: number, rounds = 300): T[] {
  const clamp = (p: T) => {
    p.x = Math.min(Math.max(p.x, p.r + 1), width - p.r - 1);
    p.y = Math.min(Math.max(p.y, p.r + 1), height - p.r - 1);
  };
  for (let pass = 0; pass < rounds; pass++) {
    let moved = false;
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        const a = points[i];
        const b = points[j];
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        const need = a.r + b.r + MARKER_GAP;
        if (d >= need) continue;
        if (d < 1e-6) { dx = Math.cos(j); dy = Math.sin(j); d = 1; } // same centre: split along a fixed direction
        // A little more than the overlap, so the rounding to one decimal cannot bring them back into contact.
        const push = (need - d) / 2 + 0.1;
        a.x -= (dx / d) * push; a.y -= (dy / d) * push;
        b.x += (dx / d) * push; b.y += (dy / d) * push;
        moved = true;
      }
    }
    points.forEach(clamp);
    if (!moved) break;
  }
  return points;
}

/** Degrees of longitude beyond which the located outlines no longer frame the map (see buildMap). */
export const MAX_OUTLINE_SPAN = 150;

/**
 * Degrees of longitude of the narrowest arc covering every box (geoBounds boxes; west > east crosses the
 * antimeridian), to half a degree. Computed here because geoBounds of a collection reaching round the globe
 * can come back as a two-degree box.
 */
export function longitudeSpan(boxes: [[number, number], [number, number]][]): number {
  const BINS = 720;
  const covered = new Array<boolean>(BINS).fill(false);
  const bin = (lon: number) => Math.floor((((lon + 180) % 360) + 360) % 360 * 2) % BINS;
  for (const [[west], [east]] of boxes) {
    const length = east >= west ? east - west : east + 360 - west;
    for (let i = 0, start = bin(west); i < Math.max(1, Math.ceil(length * 2)); i++) covered[(start + i) % BINS] = true;
  }
  if (!covered.includes(false)) return 360;
  // The longest run of uncovered bins, round the circle.
  let gap = 0;
  let run = 0;
  for (let i = 0; i < 2 * BINS; i++) {
    run = covered[i % BINS] ? 0 : run + 1;
    gap = Math.max(gap, Math.min(run, BINS));
  }
  return 360 - gap / 2;
}

/**
 * The whole map: a conic equal-area projection whose meridian and standard parallels come from the
 * located countries, fitted to them; every atlas outline inside that frame; one marker per country with
 * located entries, at its centroid (moved aside where it would cover a neighbour's marker), in each layout.
 */
export function buildMap(graph: Graph, { width = 800, padding = 24 } = {}): OsceMap {
  const locations = locationsOf(graph);
  const features = worldCountries();
  const markers = countrySummaries(graph, locations);
  const outlineByCountry = new Map(markers.map((m) => [m.country.id, outlineOf(m.country, features)]));
  const located = [...new Set([...outlineByCountry.values()].filter((f): f is CountryFeature => !!f))];
  const outlines: FeatureCollection = { type: 'FeatureCollection', features: located.length ? located : features };
  // Fitted to the located countries' outlines; but when those reach round more than half the globe (Russia
  // and the United States both have work) the outlines would wrap and shrink everything else, so the frame is
  // then the countries' centroids, where the markers are, and the outlines are clipped at the edges.
  const frame: GeoPermissibleObjects = longitudeSpan(located.map((f) => geoBounds(f))) > MAX_OUTLINE_SPAN
    ? { type: 'MultiPoint', coordinates: located.map((f) => geoCentroid(f)) }
    : outlines;

  const [[west, south], [east, north]] = geoBounds(frame);
  const span = north - south;
  const projection = geoConicEqualArea()
    .rotate([-(west <= east ? (west + east) / 2 : (west + east + 360) / 2), 0]) // west > east: across the antimeridian
    .parallels([south + span / 6, north - span / 6]);
  // Width is given; the height follows from the frame, with room above and below for context.
  projection.fitWidth(width - 2 * padding, frame);
  const [[, y0], [, y1]] = geoPath(projection).bounds(frame);
  const height = Math.ceil(y1 - y0 + 4 * padding);
  projection.fitExtent([[padding, 2 * padding], [width - padding, height - 2 * padding]], frame).clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);

  const highlighted = new Set(located);
  const countries: MapCountry[] = features
    .map((f) => ({ name: f.properties.name, d: path(f) ?? '', highlighted: highlighted.has(f) }))
    .filter((c) => c.d !== '');

  const largest = Math.max(0, ...markers.map((m) => m.total));
  const centres = new Map<MapCountryMarker, [number, number]>();
  for (const m of markers) {
    const outline = outlineByCountry.get(m.country.id);
    const centre = outline && projection(geoCentroid(outline));
    if (!centre) continue;
    m.cx = round(centre[0]);
    m.cy = round(centre[1]);
    centres.set(m, centre);
  }
  for (const name of LAYOUT_NAMES) {
    const { fitWidth, radius } = MAP_LAYOUTS[name];
    const k = fitWidth / width; // CSS px per SVG unit at the narrowest width this layout is shown at
    // `r` is what is kept clear around a marker, in px: its circle, and for a mission's host country the
    // diamond on its upper right edge, so no neighbour covers either.
    const placed = [...centres].map(([m, [x, y]]) => {
      const rPx = radiusOf(m.total, largest, radius);
      return { m, x: x * k, y: y * k, rPx, r: m.counts.missions > 0 ? BADGE_OFFSET * rPx + BADGE_PX : rPx };
    });
    for (const p of separate(placed, fitWidth, height * k)) {
      (p.m.at ??= {} as Record<LayoutName, Placement>)[name] = { x: round(p.x / k), y: round(p.y / k), r: round(p.rPx / k), rPx: p.rPx };
    }
  }
  const notDrawn = markers.filter((m) => !m.at).map((m) => m.country);
  return { width, height, countries, markers, notDrawn };
}
