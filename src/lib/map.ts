// The map of where the work is, drawn at build time from real boundaries: world-atlas (Natural Earth,
// 1:110m) through topojson-client and d3-geo. Nothing here is a hand-drawn shape or an invented
// coordinate: every marker sits near the centroid of its country's outline in that data.
import { geoBounds, geoCentroid, geoConicEqualArea, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import isoCountries from 'i18n-iso-countries';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { Reference } from './references.ts';
import { keyOf, type Entry, type Graph } from './graph.ts';
import { COLLECTION_LABELS, KIND_LABELS, entryUrl } from './labels.ts';

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
  return (numeric && features.find((f) => f.id === numeric)) || features.find((f) => f.properties.name === country.data.title);
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
export interface MapMarker {
  location: Location;
  /** Where the marker is drawn; undefined when the country has no outline in the map data. */
  x?: number;
  y?: number;
  href: string;
  label: string;
  type: string;
}
export interface OsceMap {
  width: number;
  height: number;
  countries: MapCountry[];
  markers: MapMarker[];
  /** Country entries with located work but no outline in the atlas: listed, not drawn. */
  notDrawn: Entry[];
}

const round = (n: number) => Math.round(n * 10) / 10;
/** The distance between neighbouring markers in one country, in SVG units. */
export const MARKER_SPACING = 7;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Where the i-th marker of a country sits: a sunflower spiral around the centroid, so markers of one
 * country do not cover each other and the same content always draws the same map.
 */
export function spiralOffset(i: number, spacing = MARKER_SPACING): [number, number] {
  const r = spacing * Math.sqrt(i);
  return [round(r * Math.cos(i * GOLDEN_ANGLE)), round(r * Math.sin(i * GOLDEN_ANGLE))];
}

export const typeOf = (e: Entry) => {
  const singular = COLLECTION_LABELS[e.collection].singular;
  const kind = KIND_LABELS[e.data.kind];
  return kind && kind !== singular ? `${singular} · ${kind}` : singular;
};

/** "Almaty, Kazakhstan" or "Tajikistan". */
export const whereOf = (l: Location) => [...l.places, String(l.country.data.title)].join(', ');

/**
 * The whole map: a conic equal-area projection whose meridian and standard parallels come from the
 * located countries, fitted to them; every atlas outline inside that frame; one marker per location.
 */
export function buildMap(graph: Graph, { width = 800, padding = 24 } = {}): OsceMap {
  const locations = locationsOf(graph);
  const features = worldCountries();
  const outlineByCountry = new Map<string, CountryFeature | undefined>();
  for (const l of locations) if (!outlineByCountry.has(l.country.id)) outlineByCountry.set(l.country.id, outlineOf(l.country, features));
  const located = [...new Set([...outlineByCountry.values()].filter((f): f is CountryFeature => !!f))];
  const frame: FeatureCollection = { type: 'FeatureCollection', features: located.length ? located : features };

  const [[west, south], [east, north]] = geoBounds(frame);
  const span = north - south;
  const projection = geoConicEqualArea()
    .rotate([-(west + east) / 2, 0])
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

  // Missions first, then by title: the order fixes each marker's place in its country's spiral.
  const order = (a: Location, b: Location) =>
    (a.kind === b.kind ? 0 : a.kind === 'mission' ? -1 : 1) || String(a.entry.data.title).localeCompare(String(b.entry.data.title));
  const seen = new Map<string, number>();
  const markers: MapMarker[] = [...locations].sort(order).map((location) => {
    const outline = outlineByCountry.get(location.country.id);
    const marker: MapMarker = {
      location,
      href: entryUrl(location.entry.collection, location.entry.id),
      type: typeOf(location.entry),
      label: `${location.entry.data.title} — ${typeOf(location.entry)}, ${whereOf(location)}`,
    };
    const centre = outline && projection(geoCentroid(outline));
    if (centre) {
      const i = seen.get(location.country.id) ?? 0;
      seen.set(location.country.id, i + 1);
      const [dx, dy] = spiralOffset(i);
      marker.x = round(centre[0] + dx);
      marker.y = round(centre[1] + dy);
    }
    return marker;
  });
  const notDrawn = [...new Map(locations.filter((l) => !outlineByCountry.get(l.country.id)).map((l) => [l.country.id, l.country])).values()];
  return { width, height, countries, markers, notDrawn };
}
