// Field help and kinds are the schemas' own metadata (src/schemas/field-meta.ts), carried into the JSON
// Schema export by keyword and read back from there by the editor, `npm run new` and the data package.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { FIELD_META_KEYWORDS, fieldMetaOf, help, referenceNote } from '../../src/schemas/field-meta.ts';
import { jsonSchema } from '../../src/lib/data-export.ts';
import { describeCollection } from '../../src/lib/entry-form.ts';
import { rawReferences } from '../../src/lib/frontmatter-check.ts';
import { COLLECTIONS } from '../../src/schemas/vocabularies.ts';

const { $defs } = jsonSchema();
type Node = { properties?: Record<string, Node>; items?: Node; [k: string]: unknown };
const props = (n: Node) => n.properties ?? {};

describe('field metadata', () => {
  it('is read by keyword, never from the wording of a description', () => {
    // A description that reads like a reference or a date note is only words.
    expect(fieldMetaOf({ description: referenceNote('missions'), type: 'string' })).toEqual({});
    expect(fieldMetaOf({ 'x-refers-to': 'missions', 'x-kind': 'date', 'x-help': 'h', 'x-label': 'L' }))
      .toEqual({ refersTo: 'missions', kind: 'date', help: 'h', label: 'L' });
    // Only the kinds it knows, only strings.
    expect(fieldMetaOf({ 'x-kind': 'timestamp', 'x-help': 3 })).toEqual({});
  });

  it('survives the wrappers the schemas use (optional, default) into the JSON Schema', () => {
    const schema = z.strictObject({
      a: z.string().meta(help('first')).optional(),
      b: z.array(z.string()).default([]).meta(help('second', { label: 'B list' })),
    });
    const out = z.toJSONSchema(schema, { io: 'input' }) as Node;
    expect(fieldMetaOf(props(out).a)).toEqual({ help: 'first' });
    expect(fieldMetaOf(props(out).b)).toEqual({ help: 'second', label: 'B list' });
  });

  it('names the collection of every reference field, as the content model has it', () => {
    expect(fieldMetaOf(props($defs.subprojects).project).refersTo).toBe('projects');
    expect(fieldMetaOf(props($defs.missions).hostCountry).refersTo).toBe('countries');
    expect(fieldMetaOf(props($defs.projects).sources.items).refersTo).toBe('sources');
    expect(fieldMetaOf(props(props($defs.people).positions.items!).mission).refersTo).toBe('missions');
    expect(fieldMetaOf(props(props($defs.projects).places.items!).country).refersTo).toBe('countries');
    // Text fields are not references.
    expect(fieldMetaOf(props($defs.missions).city).refersTo).toBeUndefined();
  });

  it('marks exactly the date fields as dates', () => {
    const dates = (n: Node) => Object.entries(props(n)).filter(([, p]) => fieldMetaOf(p).kind === 'date').map(([k]) => k);
    expect(dates($defs.projects).sort()).toEqual(['end', 'start']);
    expect(dates($defs.missions)).toEqual(['established']);
    expect(dates($defs.sources)).toEqual(['published']);
    expect(dates(props($defs.projects).events.items!).sort()).toEqual(['date', 'end']);
    expect(dates($defs.people)).toEqual([]);
  });

  it('is what the entry editor shows: labels, hints and kinds from the metadata', () => {
    const figures = describeCollection($defs.projects).find((f) => f.name === 'figures')!;
    expect(figures.label).toBe('Key figures');
    const counted = figures.item!.fields!.find((f) => f.name === 'counted')!;
    expect(counted).toMatchObject({ label: 'What was counted', help: 'what was counted, e.g. "participants"', kind: 'text' });
    const approximate = figures.item!.fields!.find((f) => f.name === 'approximate')!;
    // The editor's wording where the file's (`true`) would not fit a tick box.
    expect(approximate.help).toContain('true when');
    expect(approximate.editorHelp).toContain('tick this');
  });

  it('finds references in raw frontmatter through the metadata, however a field is wrapped', () => {
    const refs = rawReferences('subprojects', { project: 'p', sources: ['s1'], places: [{ name: 'Osh', country: 'kg' }], organizations: [{ organization: 'o', role: 'funder' }] });
    expect(refs.map((r) => `${r.ref.collection}/${r.ref.id}`).sort()).toEqual(['countries/kg', 'organizations/o', 'projects/p', 'sources/s1']);
  });

  it('is published in schema.json with keywords a strict validator can be told about', () => {
    expect(FIELD_META_KEYWORDS.every((k) => k.startsWith('x-'))).toBe(true);
    const used = new Set<string>();
    const walk = (n: unknown): void => {
      if (Array.isArray(n)) return n.forEach(walk);
      if (n && typeof n === 'object') for (const [k, v] of Object.entries(n)) { if (k.startsWith('x-')) used.add(k); walk(v); }
    };
    walk($defs);
    expect([...used].filter((k) => !FIELD_META_KEYWORDS.includes(k))).toEqual([]);
  });

  it('every top-level field is in CONTRIBUTING.md\'s field tables', () => {
    const doc = fs.readFileSync(new URL('../../CONTRIBUTING.md', import.meta.url), 'utf8');
    const fieldsSection = doc.slice(doc.indexOf('## Fields'), doc.indexOf('\n## ', doc.indexOf('## Fields') + 1));
    const missing = COLLECTIONS.flatMap((c) => Object.keys(props($defs[c])).filter((k) => !fieldsSection.includes(`\`${k}\``)).map((k) => `${c}.${k}`));
    expect(missing).toEqual([]);
  });
});
