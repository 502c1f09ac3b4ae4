// The built open-data files (/data/ and /<collection>/<slug>.json): they parse, they validate against
// their own schema, they count what the content holds, and the CSV and JSON say the same thing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import Ajv2020 from 'ajv/dist/2020.js';
import { builtHtml, contentFiles, DIST } from '../helpers.ts';
import { COLLECTIONS } from '../../src/schemas/vocabularies.ts';

const read = (name: string) => fs.readFileSync(path.join(DIST, 'data', name), 'utf8');
const csv = (name: string): Record<string, string>[] => parse(read(name), { columns: true });
const files = contentFiles();
const entries: any[] = JSON.parse(read('entries.json'));
const schema = JSON.parse(read('schema.json'));
const pkg = JSON.parse(read('datapackage.json'));

describe('the built data files', () => {
  it('all parse, and datapackage.json lists each with its exact size', () => {
    expect(pkg.resources.map((r: any) => r.path).sort()).toEqual(
      ['entries.json', 'relations.csv', 'schema.json', ...COLLECTIONS.map((c) => `${c}.csv`)].sort());
    for (const r of pkg.resources) {
      expect(fs.statSync(path.join(DIST, 'data', r.path)).size, r.path).toBe(r.bytes);
      if (r.format === 'csv') expect(Object.keys(csv(r.path)[0] ?? {}), r.path).toEqual(r.schema.fields.map((f: any) => f.name));
    }
  });

  it('validate against schema.json: every entry’s data, and every content file’s frontmatter', () => {
    const ajv = new Ajv2020({ allErrors: true });
    ajv.addSchema(schema);
    const failures: string[] = [];
    const check = (collection: string, data: unknown, label: string) => {
      const validate = ajv.getSchema(`${schema.$id}#/$defs/${collection}`)!;
      if (!validate(data)) failures.push(`${label}: ${ajv.errorsText(validate.errors)}`);
    };
    for (const e of entries) check(e.collection, e.data, e.id);
    for (const f of files) check(f.collection, f.data, f.file);
    expect(failures).toEqual([]);
  });

  it('hold one record per content file: entries.json, each collection’s CSV and the per-entry JSON files', () => {
    expect(entries.map((e) => e.id).sort()).toEqual(files.map((f) => `${f.collection}/${f.id}`).sort());
    for (const c of COLLECTIONS) {
      const expected = files.filter((f) => f.collection === c).map((f) => f.id).sort();
      expect(csv(`${c}.csv`).map((r) => r.slug).sort(), c).toEqual(expected);
      const jsonFiles = fs.readdirSync(path.join(DIST, c)).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5)).sort();
      expect(jsonFiles, c).toEqual(expected);
    }
  });

  it('give each entry the same record in its own JSON file as in entries.json', () => {
    for (const e of entries) expect(JSON.parse(fs.readFileSync(path.join(DIST, `${e.id}.json`), 'utf8')), e.id).toEqual(e);
  });

  it('have no relation whose ends are missing from entries.json', () => {
    const ids = new Set(entries.map((e) => e.id));
    const rows = csv('relations.csv');
    expect(rows.length).toBeGreaterThan(entries.length);
    expect(rows.filter((r) => !ids.has(r.from) || !ids.has(r.to))).toEqual([]);
  });

  it('agree between CSV and JSON: ids, titles and sources', () => {
    for (const c of COLLECTIONS) {
      const json = entries.filter((e) => e.collection === c);
      const rows = csv(`${c}.csv`);
      expect(rows.map((r) => `${c}/${r.slug}`), c).toEqual(json.map((e) => e.id));
      expect(rows.map((r) => r.title), c).toEqual(json.map((e) => e.title));
      const slugs = (e: any) => (e.data.sources ?? []).map((s: any) => s.id.replace(/^sources\//, ''));
      expect(rows.map((r) => (r.sources ? r.sources.split('; ') : [])), c).toEqual(json.map(slugs));
    }
  });

  it('are listed on /data/ with their exact sizes', () => {
    const html = builtHtml('/data/');
    for (const r of pkg.resources) {
      expect(html, r.path).toContain(`<a href="/data/${r.path}">${r.path}</a>`);
      expect(html, r.path).toContain(`${r.bytes.toLocaleString('en')} bytes`);
    }
    expect(html).toContain('CC BY 4.0');
  });
});
