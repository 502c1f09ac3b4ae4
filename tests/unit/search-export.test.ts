import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { resultsToCsv, resultsToJson, toResultRecord } from '../../src/lib/search-export.ts';

const records = [
  toResultRecord({ url: '/projects/a/', meta: { title: 'Counselling, "free" and legal', type: 'Project', parent: 'OSCE Programme Office in Dushanbe', countries: 'Tajikistan' } }, 'https://atlas.test'),
  toResultRecord({ url: '/countries/tajikistan/', meta: { title: 'Tajikistan', type: 'Country' } }, 'https://atlas.test'),
];

describe('search result downloads', () => {
  it('makes absolute URLs and fills missing metadata with empty strings', () => {
    expect(records[1]).toEqual({ title: 'Tajikistan', url: 'https://atlas.test/countries/tajikistan/', type: 'Country', parent: '', countries: '', dates: '' });
  });
  it('writes CSV that parses back to the same records, commas and quotes included', () => {
    const rows = parse(resultsToCsv(records), { columns: true });
    expect(rows).toEqual(records);
  });
  it('writes JSON with the search that produced it', () => {
    const state = { query: 'violence', filters: { country: ['Tajikistan'] }, sort: 'newest' as const };
    const json = JSON.parse(resultsToJson(state, records, 'https://atlas.test/search/', new Date('2026-01-02T03:04:05Z')));
    expect(json.search.url).toBe('https://atlas.test/search/?q=violence&country=Tajikistan&sort=newest');
    expect(json.count).toBe(2);
    expect(json.results[0].title).toBe('Counselling, "free" and legal');
    expect(json.generated).toBe('2026-01-02T03:04:05.000Z');
  });
});
