// The open-data serialisation, on a small hand-made graph (exact expectations) and on the real content.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import Ajv2020 from 'ajv/dist/2020.js';
import { FIELD_META_KEYWORDS } from '../../src/schemas/field-meta.ts';
import {
  SCHEMA_ID, byteLength, csvColumns, csvRows, dataFiles, entryJson, entryJsonFiles, exportEntries, jsonSchema, relationRows, toCsv,
} from '../../src/lib/data-export.ts';
import { buildChangelog, readHistory, type Changelog } from '../../src/lib/changelog.ts';
import { buildGraph, type Entry, type Graph } from '../../src/lib/graph.ts';
import { schemas } from '../../src/lib/validate.ts';
import { ORGANIZATION_ROLE_IATI, STATUS_IATI, type CollectionName } from '../../src/schemas/vocabularies.ts';
import { ROOT, contentFiles, realGraph } from '../helpers.ts';

// Parsed through the real schemas, so the data has the shape the build gives the graph.
const entry = (collection: CollectionName, id: string, frontmatter: Record<string, unknown>): Entry =>
  ({ collection, id, data: schemas[collection].parse(frontmatter) }) as Entry;
const cite = { summary: 'A short summary.', sources: ['doc'] };

const graph = buildGraph([
  entry('projects', 'forum', {
    ...cite, title: 'Forum, "quoted"', kind: 'event', mission: 'office', themes: ['rights', 'media'], start: 2019, status: 'completed',
    organizations: [{ organization: 'ngo', role: 'implementer', note: 'ran it' }, { organization: 'ngo', role: 'host' }],
    partnerMissions: [{ mission: 'office', role: 'funder' }],
    people: [{ person: 'someone', role: 'participant' }],
    places: [{ name: 'Dushanbe', country: 'tajikistan' }],
    figures: [{ value: 90, approximate: true, counted: 'member NGOs', year: '2019' }],
  }),
  entry('missions', 'office', { ...cite, title: 'Office', kind: 'field-operation' }),
  entry('organizations', 'ngo', { ...cite, title: 'NGO', kind: 'ngo' }),
  entry('countries', 'tajikistan', { ...cite, title: 'Tajikistan', code: 'TJ' }),
  entry('themes', 'rights', { ...cite, title: 'Rights', dacSector: { code: '15160', name: 'Human rights' } }),
  entry('people', 'someone', { ...cite, title: 'Someone' }),
  entry('themes', 'media', { ...cite, title: 'Media' }),
  entry('sources', 'doc', { title: 'Doc', summary: 'A page.', kind: 'web-page', language: 'en', document: 'a.txt' }),
]);

describe('entries', () => {
  const entries = exportEntries(graph);

  it('lists every entry once, in collection order, with stable ids and urls', () => {
    expect(entries.map((e) => e.id)).toEqual([
      'missions/office', 'projects/forum', 'organizations/ngo', 'people/someone', 'countries/tajikistan', 'themes/media', 'themes/rights', 'sources/doc',
    ]);
    expect(entries[1]).toMatchObject({ collection: 'projects', url: '/projects/forum/', title: 'Forum, "quoted"', summary: 'A short summary.' });
  });

  it('keeps every frontmatter field and resolves references to { id, url }', () => {
    const { data } = entries[1];
    expect(data.mission).toEqual({ id: 'missions/office', url: '/missions/office/' });
    expect(data.themes).toEqual([{ id: 'themes/rights', url: '/themes/rights/' }, { id: 'themes/media', url: '/themes/media/' }]);
    expect(data.organizations).toEqual([
      { organization: { id: 'organizations/ngo', url: '/organizations/ngo/' }, role: 'implementer', note: 'ran it' },
      { organization: { id: 'organizations/ngo', url: '/organizations/ngo/' }, role: 'host' },
    ]);
    expect(data.start).toBe('2019');
    expect(Object.keys(data)).toEqual(Object.keys(graph.get({ collection: 'projects', id: 'forum' })!.data));
  });

  it('carries a theme’s OECD DAC CRS purpose code as written', () => {
    expect(entries.find((e) => e.id === 'themes/rights')!.data.dacSector).toEqual({ code: '15160', name: 'Human rights' });
    expect(entries.find((e) => e.id === 'themes/media')!.data).not.toHaveProperty('dacSector');
  });
});

describe('relations', () => {
  it('has one row per link, named by its field path, with the stated role', () => {
    const rows = relationRows(graph).filter((r) => r.from === 'projects/forum');
    expect(rows).toEqual(expect.arrayContaining([
      { from: 'projects/forum', relation: 'mission', role: '', role_iati: '', to: 'missions/office' },
      { from: 'projects/forum', relation: 'places.country', role: '', role_iati: '', to: 'countries/tajikistan' },
    ]));
    expect(rows.length).toBe(graph.outgoing({ collection: 'projects', id: 'forum' }).length);
  });

  it('gives the IATI OrganisationRole code of organization and OSCE-partner roles, empty where none fits', () => {
    const code = (role: keyof typeof ORGANIZATION_ROLE_IATI) => String(ORGANIZATION_ROLE_IATI[role] ?? '');
    const rows = relationRows(graph).filter((r) => r.role);
    expect(rows.map((r) => [r.relation, r.role, r.role_iati])).toEqual([
      ['organizations.organization', 'implementer', code('implementer')],
      ['organizations.organization', 'host', code('host')],
      ['partnerMissions.mission', 'funder', code('funder')],
      // A person's role is free text: even when it reads like a vocabulary key, it has no IATI code.
      ['people.person', 'participant', ''],
    ]);
    expect(code('implementer')).not.toBe('');
    expect(code('host')).toBe('');
  });
});

describe('CSV rows', () => {
  const [row] = csvRows(graph, 'projects');

  it('flattens each entry: slugs for references, lists joined, nested objects as phrases', () => {
    expect(row).toMatchObject({
      slug: 'forum', url: '/projects/forum/', mission: 'office', themes: 'rights; media', sources: 'doc',
      organizations: 'ngo (implementer); ngo (host)', places: 'Dushanbe (tajikistan)', figures: 'member NGOs: about 90 (2019)',
      aliases: '', end: '', partOf: '',
    });
  });

  it('has every schema field as a column, even when empty', () => {
    expect(Object.keys(row)).toEqual(csvColumns('projects'));
    expect(csvColumns('projects')).toContain('successor');
  });

  it('follows status with its IATI ActivityStatus code', () => {
    const columns = csvColumns('projects');
    expect(columns[columns.indexOf('status') + 1]).toBe('status_iati');
    expect(row).toMatchObject({ status: 'completed', status_iati: String(STATUS_IATI.completed) });
  });

  it('splits a theme’s dacSector into code and name columns, empty where a theme has none', () => {
    const columns = csvColumns('themes');
    expect(columns).toEqual(expect.arrayContaining(['dacSector_code', 'dacSector_name']));
    expect(columns).not.toContain('dacSector');
    expect(csvRows(graph, 'themes').map((r) => [r.slug, r.dacSector_code, r.dacSector_name])).toEqual([
      ['media', '', ''], ['rights', '15160', 'Human rights'],
    ]);
  });

  it('is quoted by the CSV library so commas, quotes and newlines survive', () => {
    const tricky = [{ a: 'x, "y"\nz', b: '' }];
    expect(parse(toCsv(tricky, ['a', 'b']), { columns: true })).toEqual(tricky);
    expect(parse(toCsv([row], csvColumns('projects')), { columns: true })).toEqual([row]);
  });
});

describe('JSON Schema', () => {
  const ajv = new Ajv2020({ allErrors: true }).addVocabulary(FIELD_META_KEYWORDS);
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
    expect(jsonSchema().$defs.countries.properties?.code.description).toMatch(/ISO 3166-1 alpha-2.*XK for Kosovo/);
  });
});

const titles = (g: Graph) => (c: CollectionName, id: string) => {
  const e = g.get({ collection: c, id });
  return e ? String(e.data.title) : undefined;
};

describe('the data files from the real content', () => {
  const real = realGraph();
  const changelog: Changelog = buildChangelog(readHistory(ROOT), titles(real));
  const files = dataFiles(real, '2025-01-01T00:00:00.000Z', changelog);
  const file = (name: string) => files.find((f) => f.name === name)!;

  it('are the same bytes every time', () => {
    expect(dataFiles(realGraph(), '2025-01-01T00:00:00.000Z', buildChangelog(readHistory(ROOT), titles(real)))).toEqual(files);
  });

  it('include the changelog, as JSON and as CSV rows that say the same', () => {
    expect(JSON.parse(file('changelog.json').body)).toEqual(changelog);
    const rows = parse(file('changelog.csv').body, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => `${r.commit} ${r.change} ${r.id}`)).toEqual(
      changelog.commits.flatMap((c) => c.changes.map((e) => `${c.commit} ${e.change} ${e.id}`)));
  });

  it('describe the columns that carry open-standard codes', () => {
    const pkg = JSON.parse(file('datapackage.json').body);
    const field = (resource: string, name: string) => pkg.resources.find((r: any) => r.name === resource).schema.fields.find((f: any) => f.name === name);
    const codes = (m: Record<string, number | null>) => [...new Set(Object.values(m).filter((v) => v !== null))].sort();
    expect(field('projects', 'status_iati')).toMatchObject({ type: 'integer', description: expect.stringMatching(/IATI ActivityStatus/), constraints: { enum: codes(STATUS_IATI) } });
    expect(field('relations', 'role_iati')).toMatchObject({ type: 'integer', description: expect.stringMatching(/IATI OrganisationRole/), constraints: { enum: codes(ORGANIZATION_ROLE_IATI) } });
    expect(field('projects', 'status').description).toMatch(/IATI ActivityStatus code/);
    expect(field('themes', 'dacSector_code')).toMatchObject({ type: 'string', description: expect.stringMatching(/OECD DAC CRS purpose code/) });
    expect(field('themes', 'dacSector_name').description).toMatch(/OECD DAC CRS/);
    expect(field('changelog', 'change').constraints.enum).toEqual(['added', 'modified', 'deleted', 'renamed']);
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
    const names = pkg.resources.map((r: any) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('entryJsonFiles', () => {
  it('cuts entries.json into one file per entry, byte for byte what the dev route serves', () => {
    const files = entryJsonFiles(JSON.parse(JSON.stringify(exportEntries(graph))));
    expect(files.map((f) => f.file).sort()).toEqual(graph.entries.map((e) => `${e.collection}/${e.id}.json`).sort());
    for (const e of graph.entries) expect(files.find((f) => f.file === `${e.collection}/${e.id}.json`)?.body, e.id).toBe(entryJson(e));
  });
});
