import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { COLUMNS, exportFileName, resultsToCsv, resultsToJson, toResultRecord } from '../../src/lib/search-export.ts';

const records = [
  toResultRecord({
    url: 'http://127.0.0.1:4321/projects/a/',
    meta: { title: 'Counselling, "free" and legal', type: 'Project', parent: 'OSCE Programme Office in Dushanbe', dates: '2018–2019' },
    filters: { country: ['Tajikistan'], theme: ['Domestic violence', 'Gender equality'], year: ['2018', '2019'], mission: ['OSCE Programme Office in Dushanbe'] },
  }, 'https://atlas.test', 1),
  toResultRecord({ url: '/countries/tajikistan/', meta: { title: 'Tajikistan', type: 'Country' } }, 'https://atlas.test', 2),
];
const state = { query: 'violence', filters: { country: ['Tajikistan'] }, sort: 'newest' as const };
const generated = new Date('2026-01-02T03:04:05Z');

describe('search result downloads', () => {
  it('gives each result its stable id, facts, rank and permalink under the public address', () => {
    expect(records[0]).toEqual({
      rank: 1, id: 'projects/a', type: 'Project', title: 'Counselling, "free" and legal', dates: '2018–2019', years: '2018; 2019',
      countries: 'Tajikistan', themes: 'Domestic violence; Gender equality', organizations: '', mission: 'OSCE Programme Office in Dushanbe',
      parent: 'OSCE Programme Office in Dushanbe', permalink: 'https://atlas.test/projects/a/',
    });
    expect(records[1]).toMatchObject({ rank: 2, id: 'countries/tajikistan', themes: '', permalink: 'https://atlas.test/countries/tajikistan/' });
  });
  it('gives the entry’s path as permalink when the build has no public address', () => {
    expect(toResultRecord({ url: 'http://127.0.0.1:4321/projects/a/', meta: { title: 'A' } }, undefined, 1).permalink).toBe('/projects/a/');
  });
  it('writes CSV with a byte-order mark and the search in comment rows, parsing back to the same records', () => {
    const csv = resultsToCsv(state, records, 'https://atlas.test/search/', generated);
    expect(csv.startsWith('\uFEFF# Civic Atlas search results; query: violence; filters: country=Tajikistan; sort: newest; 2 results\n')).toBe(true);
    expect(csv).toContain('# generated 2026-01-02T03:04:05.000Z from https://atlas.test/search/?q=violence&country=Tajikistan&sort=newest\n');
    const rows = parse(csv, { columns: true, comment: '#', bom: true, cast: (v, c) => (c.column === 'rank' ? Number(v) : v) });
    expect(rows).toEqual(records);
    expect(csv.split('\n')[2]).toBe(COLUMNS.join(','));
  });
  it('writes JSON with the search that produced it', () => {
    const json = JSON.parse(resultsToJson(state, records, 'https://atlas.test/search/', generated));
    expect(json.search.url).toBe('https://atlas.test/search/?q=violence&country=Tajikistan&sort=newest');
    expect(json.count).toBe(2);
    expect(json.results[0].title).toBe('Counselling, "free" and legal');
    expect(json.generated).toBe('2026-01-02T03:04:05.000Z');
  });
  it('names the file after the query and filters', () => {
    expect(exportFileName(state, 'csv')).toBe('civic-atlas-search-violence-tajikistan.csv');
    expect(exportFileName({ query: 'Душанбе OSCE', filters: {}, sort: 'relevance' }, 'json')).toBe('civic-atlas-search-душанбе-osce.json');
    expect(exportFileName({ query: '', filters: {}, sort: 'relevance' }, 'csv')).toBe('civic-atlas-search.csv');
  });
});
