// Open data: the link graph serialised as JSON, CSV, a JSON Schema and a Frictionless Data Package.
// Pure functions of the graph, so the build's endpoints, the /data/ page (file sizes) and the tests
// all see byte-identical files.
import { z } from 'astro/zod';
import { stringify } from 'csv-stringify/sync';
import { makeSchemas } from '../schemas/collections.ts';
import { partialDate, plainReference, type ReferenceFactory } from '../schemas/fields.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/vocabularies.ts';
import { keyOf, type Entry, type Graph } from './graph.ts';
import { isReference, type Reference } from './references.ts';
import { COLLECTION_LABELS, entryUrl } from './labels.ts';

export interface ResolvedReference { id: string; url: string }
export interface ExportedEntry {
  /** `<collection>/<slug>`: stable across builds, unique across collections. */
  id: string;
  collection: CollectionName;
  url: string;
  title: string;
  /** The frontmatter summary: plain text, at most 400 characters. */
  summary: string;
  /** Every frontmatter field (defaults filled in), references resolved to { id, url }. */
  data: Record<string, unknown>;
}
export interface RelationRow { from: string; relation: string; role: string; to: string }
export interface DataFile { name: string; body: string; mediaType: string; description: string }

const resolve = (r: Reference): ResolvedReference => ({ id: keyOf(r), url: entryUrl(r.collection, r.id) });

function resolveReferences(value: unknown): unknown {
  if (isReference(value)) return resolve(value);
  if (Array.isArray(value)) return value.map(resolveReferences);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, resolveReferences(v)]));
  }
  return value;
}

/** Collection order, then slug by code point (not locale): the files do not change when the loader's order or the ICU data do. */
export const sortedEntries = (graph: Graph) =>
  [...graph.entries].sort((a, b) => COLLECTIONS.indexOf(a.collection) - COLLECTIONS.indexOf(b.collection) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export const exportEntry = (e: Entry): ExportedEntry => ({
  id: keyOf(e), collection: e.collection, url: entryUrl(e.collection, e.id),
  title: String(e.data.title), summary: String(e.data.summary),
  data: resolveReferences(e.data) as Record<string, unknown>,
});

export const exportEntries = (graph: Graph) => sortedEntries(graph).map(exportEntry);

/** One row per link, in the graph's own terms: the field path is the relation, the stated role rides along. */
export const relationRows = (graph: Graph): RelationRow[] =>
  sortedEntries(graph).flatMap((e) =>
    graph.outgoing(e).map((l) => ({ from: keyOf(e), relation: l.field, role: l.role ?? '', to: keyOf(l.to) })));

// ---- CSV: one flat row per entry; lists joined with "; ", references as slugs.

export const LIST_SEPARATOR = '; ';
const parens = (head: string, parts: unknown[]) => {
  const inside = parts.filter((p) => p !== undefined && p !== '').join(', ');
  return inside ? `${head} (${inside})` : head;
};
const slug = (r: Reference | undefined) => r?.id;

/** Objects inside lists, flattened to one readable cell item each; the description goes into datapackage.json. */
const NESTED: Record<string, { format: (o: any) => string; describe: string }> = {
  organizations: { format: (o) => parens(o.organization.id, [o.role]), describe: 'organization slug (role)' },
  partnerMissions: { format: (m) => parens(m.mission.id, [m.role]), describe: 'mission slug (role)' },
  people: { format: (p) => parens(p.person.id, [p.role]), describe: 'person slug (role)' },
  places: { format: (p) => parens(p.name, [p.country.id]), describe: 'place name (country slug)' },
  positions: { format: (p) => parens(p.title, [slug(p.organization ?? p.mission), p.date]), describe: 'title (organization or mission slug, date)' },
  figures: {
    format: (f) => parens(`${f.counted}: ${f.approximate ? 'about ' : ''}${f.value}${f.unit ? ` ${f.unit}` : ''}`, [f.year]),
    describe: 'what was counted: value unit (year); "about" marks approximate figures',
  },
  quotes: { format: (q) => parens(`“${q.text}”`, [q.context, q.date]), describe: '“text” (context, date)' },
  disagreements: {
    format: (d) => `${d.about}: ${d.versions.map((v: any) => `${v.value} [${v.source.id}]`).join(' / ')}`,
    describe: 'what is disputed: each version [source slug], separated by " / "',
  },
};

function cell(field: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (isReference(value)) return value.id;
  if (Array.isArray(value)) return value.map((v) => (NESTED[field] && !isReference(v) ? NESTED[field].format(v) : cell(field, v))).join(LIST_SEPARATOR);
  if (typeof value === 'object') return JSON.stringify(resolveReferences(value)); // no such field today; keep it lossless
  return String(value);
}

/** Column names: slug and url, then the schema's fields in schema order, so empty columns still appear. */
export const csvColumns = (c: CollectionName) => ['slug', 'url', ...Object.keys(exportSchemas[c].shape)];

export const csvRows = (graph: Graph, c: CollectionName): Record<string, string>[] =>
  sortedEntries(graph).filter((e) => e.collection === c).map((e) => Object.fromEntries(
    csvColumns(c).map((col) => [col, col === 'slug' ? e.id : col === 'url' ? entryUrl(c, e.id) : cell(col, e.data[col])])));

export const toCsv = (rows: object[], columns: string[]) => stringify(rows, { header: true, columns });

// ---- JSON Schema: what authors write, and also what entries.json carries in `data`.

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const resolvedReference = (c: CollectionName) =>
  z.strictObject({ id: z.string().regex(new RegExp(`^${c}/${SLUG}$`)), url: z.string().regex(new RegExp(`^/${c}/${SLUG}/$`)) })
    .transform(({ id }) => ({ collection: c, id: id.slice(c.length + 1) }));

/** A slug as written in frontmatter, or the `{ id, url }` the data files resolve it to. */
const exportReference: ReferenceFactory = (c) =>
  z.union([plainReference(c), resolvedReference(c)]).describe(`an entry in ${c}: its slug, or { id, url } once resolved`);
/** The collection a JSON Schema property refers to, read back from the description above. */
const refTarget = (p: any): string | undefined => /^an entry in (\w+):/.exec(p?.description ?? '')?.[1];

const exportSchemas = makeSchemas(exportReference);

export const COUNTRY_CODE_NOTE = 'ISO 3166-1 alpha-2, with XK for Kosovo (a code the OSCE and the EU use; ISO has not assigned it)';
export const DATE_NOTE = 'a date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD';
export const SCHEMA_ID = 'https://civic-atlas.example.org/data/schema.json';

/** YAML reads an unquoted `2018` as a number and the build accepts it, so the schema does too. */
function describeDates({ zodSchema, jsonSchema }: { zodSchema: unknown; jsonSchema: Record<string, unknown> }) {
  if (zodSchema !== partialDate) return;
  const text = { ...jsonSchema };
  for (const k of Object.keys(jsonSchema)) delete jsonSchema[k];
  Object.assign(jsonSchema, { description: DATE_NOTE, anyOf: [text, { type: 'integer', minimum: 1000, maximum: 9999 }] });
}

export function jsonSchema() {
  const defs: Record<CollectionName, Record<string, any>> = Object.fromEntries(COLLECTIONS.map((c) => {
    // `io: 'input'` describes what authors write: fields with defaults are optional, references are slugs.
    const { $schema, ...schema } = z.toJSONSchema(exportSchemas[c], { io: 'input', override: describeDates }) as Record<string, any>;
    return [c, { title: COLLECTION_LABELS[c].plural, description: COLLECTION_LABELS[c].intro, ...schema }];
  })) as never;
  // zod cannot express the isCountryCode refinement; say it in words.
  defs.countries.properties.code.description = COUNTRY_CODE_NOTE;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'Civic Atlas frontmatter',
    description: [
      'One schema per collection under $defs, for the frontmatter of content/<collection>/<slug>.mdx and for the `data` object of each record in entries.json.',
      'References are slugs in frontmatter and { id: "<collection>/<slug>", url } in the data files.',
      'Dates are "YYYY", "YYYY-MM" or "YYYY-MM-DD", at the precision the source gives (frontmatter may give a bare year as a number; the data files always give text).',
      `Country codes are ${COUNTRY_CODE_NOTE}.`,
      'Not expressed here: an end date must not be before its start date, and every reference must name an existing entry.',
    ].join(' '),
    $defs: defs,
  };
}

// ---- Frictionless Data Package descriptor.

const FIELD_TYPES: Record<string, string> = { integer: 'integer', number: 'number', boolean: 'boolean' };

function csvFields(c: CollectionName, schema: Record<string, any>) {
  const props = schema.properties as Record<string, any>;
  return csvColumns(c).map((name) => {
    if (name === 'slug') return { name, type: 'string', description: 'the entry id within its collection; references in other files use it', constraints: { required: true, unique: true } };
    if (name === 'url') return { name, type: 'string', description: 'the entry page, relative to the site' };
    const p = props[name];
    const joined = `joined with "${LIST_SEPARATOR}"`;
    const description = NESTED[name] ? `list of ${NESTED[name].describe}, ${joined}`
      : refTarget(p) ? `slug in ${refTarget(p)}`
      : p.description === DATE_NOTE ? DATE_NOTE
      : p.type === 'array' ? (refTarget(p.items) ? `slugs in ${refTarget(p.items)}, ${joined}` : `list, ${joined}`)
      : p.description;
    const constraints = {
      ...(schema.required?.includes(name) && { required: true }),
      ...(p.enum && { enum: p.enum }),
    };
    return {
      name, type: FIELD_TYPES[p.type] ?? 'string',
      ...(description && { description }),
      ...(Object.keys(constraints).length && { constraints }),
    };
  });
}

export const LICENSE = { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' };

export const byteLength = (s: string) => new TextEncoder().encode(s).length;
const RELATION_FIELDS = [
  { name: 'from', type: 'string', description: 'id (<collection>/<slug>) of the entry that names the other' },
  { name: 'relation', type: 'string', description: 'the frontmatter field holding the reference, e.g. organizations.organization' },
  { name: 'role', type: 'string', description: 'the role or position title stated beside the reference, if any' },
  { name: 'to', type: 'string', description: 'id (<collection>/<slug>) of the entry named' },
];

export function dataPackage(files: DataFile[], created: string, schema = jsonSchema()) {
  const resource = (f: DataFile) => {
    const name = f.name.replace(/\.(csv|json)$/, '');
    const base = { name, path: f.name, description: f.description, mediatype: f.mediaType, encoding: 'utf-8', bytes: byteLength(f.body) };
    if (!f.name.endsWith('.csv')) return { ...base, format: 'json' };
    const fields = name === 'relations' ? RELATION_FIELDS : csvFields(name as CollectionName, schema.$defs[name as CollectionName]);
    return { ...base, format: 'csv', profile: 'tabular-data-resource', schema: { fields, ...(name !== 'relations' && { primaryKey: ['slug'] }) } };
  };
  return {
    profile: 'data-package', name: 'civic-atlas', title: 'Civic Atlas open data',
    description: 'OSCE civil-society work: missions, projects, subprojects and the organizations, people, countries, themes and sources that connect them.',
    homepage: 'https://civic-atlas.example.org/data/', created, licenses: [LICENSE],
    resources: files.map(resource),
  };
}

// ---- Every file under /data/, serialised once.

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
export const entryJson = (e: Entry) => json(exportEntry(e));

export function dataFiles(graph: Graph, created: string): DataFile[] {
  const schema = jsonSchema();
  const files: DataFile[] = [
    { name: 'entries.json', body: json(exportEntries(graph)), mediaType: 'application/json', description: 'Every entry of every collection, with its frontmatter and references resolved' },
    { name: 'relations.csv', body: toCsv(relationRows(graph), RELATION_FIELDS.map((f) => f.name)), mediaType: 'text/csv', description: 'Every link between entries, one row each' },
    ...COLLECTIONS.map((c) => ({
      name: `${c}.csv`, body: toCsv(csvRows(graph, c), csvColumns(c)), mediaType: 'text/csv',
      description: `${COLLECTION_LABELS[c].plural}, one row each`,
    })),
    { name: 'schema.json', body: json(schema), mediaType: 'application/schema+json', description: 'JSON Schema of each collection’s frontmatter' },
  ];
  const descriptor = json(dataPackage(files, created, schema));
  return [...files, { name: 'datapackage.json', body: descriptor, mediaType: 'application/json', description: 'Frictionless Data Package descriptor: the files, their fields and the licence' }];
}

