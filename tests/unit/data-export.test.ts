// The open-data serialisation, on a small hand-made graph (exact expectations) and on the real content.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import Ajv2020 from 'ajv/dist/2020.js';
import {
  SCHEMA_ID, byteLength, csvColumns, csvRows, dataFiles, exportEntries, jsonSchema, relationRows, toCsv,
} from '../../src/lib/data-export.ts';
import { buildGraph, type Entry } from '../../src/lib/graph.ts';
import { schemas } from '../../src/lib/validate.ts';
import type { CollectionName } from '../../src/schemas/vocabularies.ts';
import { contentFiles, realGraph } from '../helpers.ts';

// Parsed through the real schemas, so the data has the shape the build gives the graph.
const entry = (collection: CollectionName, id: string, frontmatter: Record<string, unknown>): Entry =>
  ({ collection, id, data: schemas[collection].parse(frontmatter) as Record<string, unknown> });
const cite = { summary: 'A short summary.', sources: ['doc'] };

const graph = buildGraph([
  entry('projects', 'forum', {
    ...cite, title: 'Forum, "quoted"', kind: 'event', mission: 'office', themes: ['rights', 'media'], start: 2019,
    organizations: [{ organization: 'ngo', role: 'implementer', note: 'ran it' }],
    places: [{ name: 'Dushanbe', country: 'tajikistan' }],
    figures: [{ value: 90, approximate: true, counted: 'member NGOs', year: '2019' }],
  }),
  entry('missions', 'office', { ...cite, title: 'Office', kind: 'field-operation' }),
  entry('organizations', 'ngo', { ...cite, title: 'NGO', kind: 'ngo' }),
  entry('countries', 'tajikistan', { ...cite, title: 'Tajikistan', code: 'TJ' }),
  entry('themes', 'rights', { ...cite, title: 'Rights' }),
  entry('themes', 'media', { ...cite, title: 'Media' }),
  entry('sources', 'doc', { title: 'Doc', summary: 'A page.', kind: 'web-page', document: 'a.txt' }),
]);

describe('entries', () => {
  const entries = exportEntries(graph);

  it('lists every entry once, in collection order, with stable ids and urls', () => {
    expect(entries.map((e) => e.id)).toEqual([
      'missions/office', 'projects/forum', 'organizations/ngo', 'countries/tajikistan', 'themes/media', 'themes/rights', 'sources/doc',
    ]);
    expect(entries[1]).toMatchObject({ collection: 'projects', url: '/projects/forum/', title: 'Forum, "quoted"', summary: 'A short summary.' });
  });

  it('keeps every frontmatter field and resolves references to { id, url }', () => {
    const { data } = entries[1];
    expect(data.mission).toEqual({ id: 'missions/office', url: '/missions/office/' });
    expect(data.themes).toEqual([{ id: 'themes/rights', url: '/themes/rights/' }, { id: 'themes/media', url: '/themes/media/' }]);
    expect(data.organizations).toEqual([{ organization: { id: 'organizations/ngo', url: '/organizations/ngo/' }, role: 'implementer', note: 'ran it' }]);
    expect(data.start).toBe('2019');
    expect(Object.keys(data)).toEqual(Object.keys(graph.get({ collection: 'projects', id: 'forum' })!.data));
  });
});

describe('relations', () => {
  it('has one row per link, named by its field path, with the stated role', () => {
    const rows = relationRows(graph).filter((r) => r.from === 'projects/forum');
    expect(rows).toEqual(expect.arrayContaining([
      { from: 'projects/forum', relation: 'mission', role: '', to: 'missions/office' },
      { from: 'projects/forum', relation: 'organizations.organization', role: 'implementer', to: 'organizations/ngo' },
      { from: 'projects/forum', relation: 'places.country', role: '', to: 'countries/tajikistan' },
    ]));
    expect(rows.length).toBe(graph.outgoing({ collection: 'projects', id: 'forum' }).length);
  });
});

describe('CSV rows', () => {
  const [row] = csvRows(graph, 'projects');

  it('flattens each entry: slugs for references, lists joined, nested objects as phrases', () => {
    expect(row).toMatchObject({
      slug: 'forum', url: '/projects/forum/', mission: 'office', themes: 'rights; media', sources: 'doc',
      organizations: 'ngo (implementer)', places: 'Dushanbe (tajikistan)', figures: 'member NGOs: about 90 (2019)',
      aliases: '', end: '', partOf: '',
    });
  });

  it('has every schema field as a column, even when empty', () => {
    expect(Object.keys(row)).toEqual(csvColumns('projects'));
    expect(csvColumns('projects')).toContain('successor');
  });

  it('is quoted by the CSV library so commas, quotes and newlines survive', () => {
    const tricky = [{ a: 'x, "y"\nz', b: '' }];
    expect(parse(toCsv(tricky, ['a', 'b']), { columns: true })).toEqual(tricky);
    expect(parse(toCsv([row], csvColumns('projects')), { columns: true })).toEqual([row]);
  });
});

describe('JSON Schema', () => {
  const ajv = new Ajv2020({ allErrors: true });
  ajv.addSchema(jsonSchema());
  const validator = (c: CollectionName) => ajv.getSchema(`${SCHEMA_ID}#/$defs/${c}`)!;

  it('accepts frontmatter as authors write it, and the resolved data of the files', () => {
    expect(validator('projects')({ ...cite, title: 'X', kind: 'event', themes: ['rights'], start: '2019-06' })).toBe(true);
    expect(validator('projects')({ ...cite, title: 'X', kind: 'event', start: 2019 })).toBe(true); // unquoted YAML year
    expect(validator('projects')({ ...cite, title: 'X', kind: 'event', start: '2019-13' })).toBe(false);
    for (const e of exportEntries(graph)) expect(validator(e.collection)(e.data), e.id).toBe(true);
  });

  it('rejects unknown fields, unknown vocabulary keys and references into the wrong collection', () => {
    const v = validator('projects');
    expect(v({ ...cite, title: 'X', kind: 'event', colour: 'red' })).toBe(false);
    expect(v({ ...cite, title: 'X', kind: 'party' })).toBe(false);
    expect(v({ ...cite, title: 'X', kind: 'event', mission: { id: 'themes/rights', url: '/themes/rights/' } })).toBe(false);
  });

  it('says what a country code is', () => {
    expect(jsonSchema().$defs.countries.properties.code.description).toMatch(/ISO 3166-1 alpha-2.*XK for Kosovo/);
  });
});

describe('the data files from the real content', () => {
  const files = dataFiles(realGraph(), '2025-01-01T00:00:00.000Z');
  const file = (name: string) => files.find((f) => f.name === name)!;

  it('are the same bytes every time', () => {
    expect(dataFiles(realGraph(), '2025-01-01T00:00:00.000Z')).toEqual(files);
  });

  it('hold one record per content file', () => {
    expect(JSON.parse(file('entries.json').body)).toHaveLength(contentFiles().length);
  });

  it('describe every other file in datapackage.json, with its exact size and CSV header', () => {
    const pkg = JSON.parse(file('datapackage.json').body);
    expect(pkg.resources.map((r: any) => r.path)).toEqual(files.slice(0, -1).map((f) => f.name));
    for (const r of pkg.resources) {
      expect(r.bytes, r.path).toBe(byteLength(file(r.path).body));
      if (r.format === 'csv') expect(r.schema.fields.map((f: any) => f.name).join(','), r.path).toBe(file(r.path).body.split('\n')[0]);
    }
    expect(pkg.licenses[0].name).toBe('CC-BY-4.0');
  });
});
