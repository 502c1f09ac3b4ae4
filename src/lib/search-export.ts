// Turns a search result set into files a researcher can download: CSV and JSON, each carrying
// the query, filters and sort that produced it, so the download can be traced back to a URL.
// The browser build bundles the Buffer shim the plain build expects from Node; it runs in Node too.
import { stringify } from 'csv-stringify/browser/esm/sync';
import { CSV_SAFE } from './csv-safe.ts';
import { serializeSearchState, type SearchState } from './search-state.ts';

export interface ResultRecord {
  rank: number;
  id: string;
  type: string;
  title: string;
  dates: string;
  years: string;
  countries: string;
  themes: string;
  organizations: string;
  mission: string;
  parent: string;
  permalink: string;
}

/** The parts of one Pagefind result's data this reads: its URL, metadata and filters. */
export interface ResultData {
  url: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
}

/** Values of a list field in one cell: "; " between them (names may hold commas). */
const joined = (values: string[] | undefined) => (values ?? []).join('; ');

/**
 * One Pagefind result's data → one flat record: the entry's stable id (collection/slug, from its URL), its
 * facts from the page's filters and metadata, and its permalink under the site's public address.
 */
export function toResultRecord(data: ResultData, origin: string | undefined, rank: number): ResultRecord {
  const m = data.meta;
  const f = data.filters ?? {};
  const path = new URL(data.url, 'http://localhost').pathname; // only the path is kept

  return {
    rank,
    id: path.replace(/^\/|\/$/g, ''),
    type: m.type ?? f.type?.[0] ?? '',
    title: m.title ?? '',
    dates: m.dates ?? '',
    years: joined(f.year),
    countries: joined(f.country),
    themes: joined(f.theme),
    organizations: joined(f.organization),
    mission: joined(f.mission),
    parent: m.parent ?? '',
    // Without the site's public address (SITE_URL) the permalink is the entry's path, as in its citations.
    permalink: origin ? new URL(path, origin).href : path,
  };
}

export const COLUMNS: (keyof ResultRecord)[] = [
  'rank', 'id', 'type', 'title', 'dates', 'years', 'countries', 'themes', 'organizations', 'mission', 'parent', 'permalink',
];

/**
 * The site's public address, from the page's canonical link (absolute only when the build had SITE_URL), never
 * where the page happens to be served from; undefined when the build had none.
 */
export function publicOrigin(doc: Document = document): string | undefined {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  return /^https?:\/\//.test(canonical) ? new URL(canonical).origin : undefined;
}

/** The search in words, for the file: query, filters, sort. */
function describeSearch(state: SearchState) {
  const filters = Object.entries(state.filters).map(([f, vs]) => `${f}=${vs!.join(' | ')}`).join('; ');
  return [`query: ${state.query || '(none)'}`, `filters: ${filters || '(none)'}`, `sort: ${state.sort}`];
}

/**
 * CSV with a UTF-8 byte-order mark (spreadsheet programs otherwise read the file as Latin-1 and garble dashes
 * and names), then two comment rows saying which search produced it and when, then the header and one row
 * per result. The comment rows start with "#", which csv-parse and pandas can skip (`comment: '#'`).
 */
export function resultsToCsv(state: SearchState, records: ResultRecord[], searchUrl: string, generated: Date): string {
  const about = [
    `# Civic Atlas search results; ${describeSearch(state).join('; ')}; ${records.length} results`,
    `# generated ${generated.toISOString()} from ${searchUrl}${serializeSearchState(state)}`,
  ];
  return `\uFEFF${about.join('\n')}\n${stringify(records, { header: true, columns: COLUMNS, ...CSV_SAFE })}`;
}

export function resultsToJson(state: SearchState, records: ResultRecord[], searchUrl: string, generated: Date): string {
  return JSON.stringify(
    {
      search: { query: state.query, filters: state.filters, sort: state.sort, url: searchUrl + serializeSearchState(state) },
      generated: generated.toISOString(),
      count: records.length,
      results: records,
    },
    null,
    2,
  );
}

/** A file name that says what was searched: civic-atlas-search-domestic-violence-tajikistan.csv. */
export function exportFileName(state: SearchState, format: 'csv' | 'json'): string {
  const words = [state.query, ...Object.values(state.filters).flat()]
    .join(' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `civic-atlas-search${words ? `-${words}` : ''}.${format}`;
}
