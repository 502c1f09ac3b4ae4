// Turns a search result set into files a researcher can download: CSV and JSON, each carrying
// the query, filters and sort that produced it, so the download can be traced back to a URL.
// The browser build bundles the Buffer shim the plain build expects from Node; it runs in Node too.
import { stringify } from 'csv-stringify/browser/esm/sync';
import { CSV_SAFE } from './csv-safe.ts';
import { serializeSearchState, type SearchState } from './search-state.ts';

export interface ResultRecord {
  title: string;
  url: string;
  type: string;
  parent: string;
  countries: string;
  dates: string;
}

/** One Pagefind result's data → one flat record (absolute URL, empty strings for missing metadata). */
export function toResultRecord(data: { url: string; meta: Record<string, string | undefined> }, origin: string): ResultRecord {
  const m = data.meta;
  return {
    title: m.title ?? '',
    url: new URL(data.url, origin).href,
    type: m.type ?? '',
    parent: m.parent ?? '',
    countries: m.countries ?? '',
    dates: m.dates ?? '',
  };
}

const COLUMNS: (keyof ResultRecord)[] = ['title', 'type', 'parent', 'countries', 'dates', 'url'];

export function resultsToCsv(records: ResultRecord[]): string {
  return stringify(records, { header: true, columns: COLUMNS, ...CSV_SAFE });
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
