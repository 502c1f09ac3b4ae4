// Open data: the link graph serialised as JSON, CSV, a JSON Schema and a Frictionless Data Package,
// plus the changelog from git. Pure functions of the graph (and the changelog), so the build's
// endpoints, the /data/ page (file sizes) and the tests all see byte-identical files.
// Where a vocabulary maps onto an open standard the CSV files carry the code beside our key:
// status_iati (IATI ActivityStatus), role_iati in relations.csv (IATI OrganisationRole), and the
// themes' OECD DAC CRS purpose code as dacSector_code and dacSector_name.
// The data is one dataset for every language: each record and each collection's CSV row also carries the
// Russian title and summary (title_ru, summary_ru) from the Russian graph, empty where no translation exists.
import { z } from 'astro/zod';
import { stringify } from 'csv-stringify/sync';
import { CSV_SAFE } from './csv-safe.ts';
import { makeSchemas } from '../schemas/collections.ts';
import { ROLE_NOTE, STATUS_NOTE, plainReference, type ReferenceFactory } from '../schemas/fields.ts';
import { COLLECTIONS, ORGANIZATION_ROLE_IATI, STATUS_IATI, type CollectionName } from '../schemas/vocabularies.ts';
import { CHANGELOG_COLUMNS, changelogRows, type Changelog } from './changelog.ts';
import { frontmatterOf, keyOf, type Entry, type Graph } from './graph.ts';
import { isReference, type Reference } from './references.ts';
import { COLLECTION_LABELS } from './labels.ts';
import { DATE_NOTE, FIELD_META_KEYWORDS, fieldMetaOf, referenceNote } from '../schemas/field-meta.ts';
import { entryUrl, titleOf } from './model.ts';

export interface ResolvedReference { id: string; url: string }
export interface ExportedEntry {
  /** `<collection>/<slug>`: stable across builds, unique across collections. */
  id: string;
  collection: CollectionName;
  url: string;
  title: string;
  /** The frontmatter summary: plain text, at most 400 characters. */
  summary: string;
  /** The Russian translation's title and summary; null where the entry has no translation. */
  title_ru: string | null;
  summary_ru: string | null;
  /** Every frontmatter field (defaults filled in), references resolved to { id, url }. */
  data: Record<string, unknown>;
}

/** The languages besides English whose words the data files carry, as `<field>_<lang>`. */
export const TRANSLATED_LANGS = ['ru'] as const;
/**
 * An entry's translated title and summary, from another language's graph (loadCatalogue('ru')): only where
 * the entry has a translation (a missing one's words are English there, which the data must not call Russian).
 */
export type TranslatedWords = (e: Pick<Entry, 'collection' | 'id'>) => { title: string; summary: string } | undefined;
export const translatedWordsOf = (translated: Graph | undefined): TranslatedWords => (e) => {
  const t = translated?.get(e);
  return t && t.translation !== 'missing' ? { title: titleOf(t), summary: String(t.data.summary) } : undefined;
};
const NO_TRANSLATIONS: TranslatedWords = () => undefined;
export interface RelationRow { from: string; relation: string; role: string; role_iati: string; to: string }
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

/** Fields kept for maintainers only: a source's seed file name means nothing outside the project. */
const INTERNAL_FIELDS = new Set(['document']);
const publicData = (data: Record<string, unknown>) => Object.fromEntries(Object.entries(data).filter(([k]) => !INTERNAL_FIELDS.has(k)));

export const exportEntry = (e: Entry, ru: TranslatedWords = NO_TRANSLATIONS): ExportedEntry => ({
  id: keyOf(e), collection: e.collection, url: entryUrl(e.collection, e.id),
  title: titleOf(e), summary: String(e.data.summary),
  title_ru: ru(e)?.title ?? null, summary_ru: ru(e)?.summary ?? null,
  data: resolveReferences(publicData(frontmatterOf(e))) as Record<string, unknown>,
});

export const exportEntries = (graph: Graph, ru: TranslatedWords = NO_TRANSLATIONS) => sortedEntries(graph).map((e) => exportEntry(e, ru));

/** The relations whose role is an ORGANIZATION_ROLES key (people's roles and position titles are free text). */
export const ROLE_RELATIONS = ['organizations.organization', 'partnerMissions.mission'];
const iatiCode = (mapping: Record<string, number | null>, key: unknown) => {
  const code = typeof key === 'string' && Object.hasOwn(mapping, key) ? mapping[key] : null;
  return code === null ? '' : String(code);
};

/** One row per link, in the graph's own terms: the field path is the relation, the stated role rides along. */
export const relationRows = (graph: Graph): RelationRow[] =>
  sortedEntries(graph).flatMap((e) =>
    graph.outgoing(e).map((l) => ({
      from: keyOf(e), relation: l.field, role: l.role ?? '',
      role_iati: ROLE_RELATIONS.includes(l.field) ? iatiCode(ORGANIZATION_ROLE_IATI, l.role) : '',
      to: keyOf(l.to),
    })));

// ---- CSV: one flat row per entry; lists joined with "; ", references as slugs.

export const LIST_SEPARATOR = '; ';
const parens = (head: string, parts: unknown[]) => {
  const inside = parts.filter((p) => p !== undefined && p !== '').join(', ');
  return inside ? `${head} (${inside})` : head;
};
const slug = (r: Reference | undefined) => r?.id;
/** An item's inference, inside its parentheses: "inferred: <reason>". */
const inferredPart = (o: { inferred?: string }) => (o.inferred ? `inferred: ${o.inferred}` : undefined);

/** An item of the list field F, as the schemas type it (in whichever collections have F). */
type ListItem<F extends keyof Entry['data']> = NonNullable<Entry['data'][F]> extends readonly (infer I)[] ? I : never;
type NestedField = 'organizations' | 'partnerMissions' | 'people' | 'places' | 'positions' | 'figures' | 'events' | 'quotes' | 'disagreements';

/** Objects inside lists, flattened to one readable cell item each; the description goes into datapackage.json. */
const NESTED: { [F in NestedField]: { format: (o: ListItem<F>) => string; describe: string } } = {
  organizations: { format: (o) => parens(o.organization.id, [o.role, inferredPart(o)]), describe: 'organization slug (role, inferred: reason)' },
  partnerMissions: { format: (m) => parens(m.mission.id, [m.role, inferredPart(m)]), describe: 'mission slug (role, inferred: reason)' },
  people: { format: (p) => parens(p.person.id, [p.role, inferredPart(p)]), describe: 'person slug (role, inferred: reason)' },
  places: { format: (p) => parens(p.name, [p.country.id, inferredPart(p)]), describe: 'place name (country slug, inferred: reason)' },
  positions: { format: (p) => parens(p.title, [slug(p.organization ?? p.mission), p.date, inferredPart(p)]), describe: 'title (organization or mission slug, date, inferred: reason)' },
  figures: {
    format: (f) => parens(`${f.counted}: ${f.approximate ? 'about ' : ''}${f.value}${f.unit ? ` ${f.unit}` : ''}`, [f.year, inferredPart(f)]),
    describe: 'what was counted: value unit (year, inferred: reason); "about" marks approximate figures',
  },
  events: {
    format: (e) => parens(`${e.end ? `${e.date}/${e.end}` : e.date}: ${e.what}`, [inferredPart(e)]),
    describe: 'date (or date/end for a period): what happened (inferred: reason)',
  },
  quotes: { format: (q) => parens(`“${q.text}”`, [q.context, q.date]), describe: '“text” (context, date)' },
  disagreements: {
    format: (d) => `${d.about}: ${d.versions.map((v) => `${v.value} [${v.source.id}]`).join(' / ')}`,
    describe: 'what is disputed: each version [source slug], separated by " / "',
  },
};

/**
 * The list field's item format, looked up by the field's name. cell() walks whatever value a field holds, and
 * hands the items of a NESTED field (each an object of that field's schema) to its format: the one place the
 * item is taken to be of its field's type.
 */
const nestedOf = (field: string): { format: (o: unknown) => string; describe: string } | undefined =>
  Object.hasOwn(NESTED, field) ? (NESTED[field as NestedField] as { format: (o: unknown) => string; describe: string }) : undefined;

function cell(field: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  // Field-level inferences: "kind: <reason>; parent: <reason>" (the items' own are inside their cells).
  if (field === 'inferred') return Object.entries(value as Record<string, string>).map(([k, reason]) => `${k}: ${reason}`).join(LIST_SEPARATOR);
  if (isReference(value)) return value.id;
  if (Array.isArray(value)) return value.map((v) => { const nested = nestedOf(field); return nested && !isReference(v) ? nested.format(v) : cell(field, v); }).join(LIST_SEPARATOR);
  if (typeof value === 'object') return JSON.stringify(resolveReferences(value)); // no such field today; keep it lossless
  return String(value);
}

/** Columns computed from a field rather than written: the field's code in an open standard, after the field. */
const DERIVED: Record<string, { column: string; value: (v: unknown) => string }> = {
  status: { column: 'status_iati', value: (v) => iatiCode(STATUS_IATI, v) },
};

// zod 4 keeps a schema's structure in `_zod.def`; only what objectKeys reads is declared.
interface ZodDef { type: string; innerType?: { _zod: { def: ZodDef } }; shape?: Record<string, unknown> }

/** A field holding one object (not a list), such as dacSector: its keys, each of which gets a column `<field>_<key>`. */
function objectKeys(node: unknown): string[] | undefined {
  let def = (node as { _zod: { def: ZodDef } })._zod.def;
  while (['optional', 'default', 'prefault', 'nullable'].includes(def.type)) def = def.innerType!._zod.def;
  return def.type === 'object' ? Object.keys(def.shape!) : undefined;
}

/** A field named like a fixed column (a source's own `url`, its public address) gets a column of its own name. */
const FIXED_COLUMNS = new Set(['slug', 'url']);
const columnNameOf = (field: string) => (FIXED_COLUMNS.has(field) ? `document_${field}` : field);

/** One CSV column: its name, and how to fill it from an entry's data. */
interface Column { name: string; field?: string; value: (e: Entry, ru: TranslatedWords) => string }

const columnsOf = (c: CollectionName): Column[] => [
  { name: 'slug', value: (e) => e.id },
  { name: 'url', value: (e) => entryUrl(c, e.id) },
  ...Object.entries(exportSchemas[c].shape as Record<string, unknown>).filter(([field]) => !INTERNAL_FIELDS.has(field)).flatMap(([field, node]): Column[] => {
    const keys = objectKeys(node);
    if (keys) return keys.map((k) => ({ name: `${field}_${k}`, field, value: (e) => { const v = frontmatterOf(e)[field]; return cell(field, v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined); } }));
    const own: Column = { name: columnNameOf(field), field, value: (e) => cell(field, frontmatterOf(e)[field]) };
    const derived = DERIVED[field];
    return derived ? [own, { name: derived.column, field, value: (e) => derived.value(frontmatterOf(e)[field]) }] : [own];
  }),
  // Last, so every column before them keeps its place.
  { name: 'title_ru', value: (e, ru) => ru(e)?.title ?? '' },
  { name: 'summary_ru', value: (e, ru) => ru(e)?.summary ?? '' },
];

/**
 * Column names: slug and url, then the schema's fields in schema order, so empty columns still appear.
 * A field holding one object becomes one column per key (dacSector_code, dacSector_name); a field with a
 * code in an open standard is followed by that code (status, status_iati).
 */
export const csvColumns = (c: CollectionName) => columnsOf(c).map((col) => col.name);

export const csvRows = (graph: Graph, c: CollectionName, ru: TranslatedWords = NO_TRANSLATIONS): Record<string, string>[] => {
  const columns = columnsOf(c);
  return sortedEntries(graph).filter((e) => e.collection === c).map((e) => Object.fromEntries(columns.map((col) => [col.name, col.value(e, ru)])));
};

export const toCsv = (rows: object[], columns: string[]) => stringify(rows, { header: true, columns, ...CSV_SAFE });

// ---- JSON Schema: what authors write, and also what entries.json carries in `data`.

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const resolvedReference = <C extends CollectionName>(c: C) =>
  z.strictObject({ id: z.string().regex(new RegExp(`^${c}/${SLUG}$`)), url: z.string().regex(new RegExp(`^/${c}/${SLUG}/$`)) })
    .transform(({ id }): Reference<C> => ({ collection: c, id: id.slice(c.length + 1) }));

/** A slug as written in frontmatter, or the `{ id, url }` the data files resolve it to. */
const exportReference: ReferenceFactory = (c) =>
  z.union([plainReference(c), resolvedReference(c)]).describe(referenceNote(c));

const exportSchemas = makeSchemas(exportReference);

export const COUNTRY_CODE_NOTE = 'ISO 3166-1 alpha-2, with XK for Kosovo (a code the OSCE and the EU use; ISO has not assigned it)';
export { DATE_NOTE };
/** A name for the schema, not an address: the same in every deployment, so tools that cache by $id keep working. */
export const SCHEMA_ID = 'urn:civic-atlas:data:schema';

/** The open standards the data follows or carries codes from, for the /data/ and /contribute/ pages. */
export const STANDARDS = {
  iso3166: { name: 'ISO 3166-1', url: 'https://www.iso.org/iso-3166-country-codes.html' },
  iatiOrganisationRole: { name: 'IATI OrganisationRole', url: 'https://iatistandard.org/en/iati-standard/203/codelists/organisationrole/' },
  iatiActivityStatus: { name: 'IATI ActivityStatus', url: 'https://iatistandard.org/en/iati-standard/203/codelists/activitystatus/' },
  dacPurpose: { name: 'OECD DAC CRS purpose codes', url: 'https://iatistandard.org/en/iati-standard/203/codelists/sector/' },
  dataPackage: { name: 'Frictionless Data Package', url: 'https://specs.frictionlessdata.io/data-package/' },
  jsonSchema: { name: 'JSON Schema (draft 2020-12)', url: 'https://json-schema.org/draft/2020-12' },
} as const;

/**
 * YAML reads an unquoted `2018` as a number and the build accepts it, so the schema does too: a date field (its
 * `x-kind`) is its text form or a year, its annotations (description, help) kept outside the two.
 */
function describeDates({ jsonSchema }: { jsonSchema: Record<string, unknown> }) {
  // A date field with help of its own is a clone of partialDate (`.meta()`), whose node zod has already
  // rewritten here and then merges into the clone's: rewritten once, it is left alone.
  if (fieldMetaOf(jsonSchema).kind !== 'date' || jsonSchema.anyOf) return;
  const { type, pattern, ...annotations } = jsonSchema;
  for (const k of Object.keys(jsonSchema)) delete jsonSchema[k];
  Object.assign(jsonSchema, { ...annotations, anyOf: [{ type, pattern }, { type: 'integer', minimum: 1000, maximum: 9999 }] });
}

/** The parts of a JSON Schema (z.toJSONSchema's output) the data package reads back; the rest passes through. */
interface JsonSchemaNode {
  type?: string; description?: string; enum?: unknown[]; items?: JsonSchemaNode;
  properties?: Record<string, JsonSchemaNode>; required?: string[];
  [keyword: string]: unknown;
}

export function jsonSchema() {
  const defs = Object.fromEntries(COLLECTIONS.map((c): [CollectionName, JsonSchemaNode] => {
    // `io: 'input'` describes what authors write: fields with defaults are optional, references are slugs.
    const { $schema, ...schema } = z.toJSONSchema(exportSchemas[c], { io: 'input', override: describeDates }) as JsonSchemaNode;
    return [c, { title: COLLECTION_LABELS[c].plural, description: COLLECTION_LABELS[c].intro, ...schema }];
  })) as Record<CollectionName, JsonSchemaNode>;
  // zod cannot express the isCountryCode refinement; say it in words.
  defs.countries.properties!.code.description = COUNTRY_CODE_NOTE;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'Civic Atlas frontmatter',
    description: [
      'One schema per collection under $defs, for the frontmatter of content/<collection>/<slug>.mdx and for the `data` object of each record in entries.json.',
      'References are slugs in frontmatter and { id: "<collection>/<slug>", url } in the data files.',
      'Dates are "YYYY", "YYYY-MM" or "YYYY-MM-DD", at the precision the source gives (frontmatter may give a bare year as a number; the data files always give text).',
      `Country codes are ${COUNTRY_CODE_NOTE}.`,
      `Each field's x- keywords are annotations for authoring tools (${FIELD_META_KEYWORDS.join(', ')}): what the field is for, its label and hint in the entry editor, whether it is a date, and the collection a reference points into; a validator in a strict mode needs them declared (Ajv: addVocabulary).`,
      'Organization roles are aligned with the IATI OrganisationRole codelist and project statuses with the IATI ActivityStatus codelist (each field’s description gives the codes); a theme may give its OECD DAC CRS purpose code (dacSector).',
      'Not expressed here: an end date must not be before its start date, and every reference must name an existing entry.',
    ].join(' '),
    $defs: { ...defs, record: RECORD_SCHEMA },
  };
}

/** One record of entries.json (and of each /<collection>/<slug>.json), as `$defs.record`. */
const RECORD_SCHEMA = {
  title: 'A record of entries.json',
  description: 'One entry: its id, collection, page, title and summary in English and in Russian, and its data (described per collection under $defs).',
  type: 'object',
  required: ['id', 'collection', 'url', 'title', 'summary', 'title_ru', 'summary_ru', 'data'],
  properties: {
    id: { type: 'string', description: 'the entry id, "<collection>/<slug>"' },
    collection: { type: 'string', enum: [...COLLECTIONS] },
    url: { type: 'string', description: 'the English entry page, relative to the site; the Russian page is the same path under /ru/' },
    title: { type: 'string', description: 'the title (English)' },
    summary: { type: 'string', description: 'the summary (English), plain text' },
    title_ru: { type: ['string', 'null'], description: 'the title of the Russian translation (content/ru/<collection>/<slug>.mdx); null where the entry has none yet' },
    summary_ru: { type: ['string', 'null'], description: 'the summary of the Russian translation, plain text; null where the entry has none yet' },
    data: { type: 'object', description: 'every frontmatter field, with defaults filled in and references resolved to { id, url }: see $defs.<collection>' },
  },
};

// ---- Frictionless Data Package descriptor.

const FIELD_TYPES: Record<string, string> = { integer: 'integer', number: 'number', boolean: 'boolean' };

/** The codes a mapping uses, for a Frictionless enum constraint. */
const codesOf = (mapping: Record<string, number | null>) => [...new Set(Object.values(mapping).filter((v) => v !== null))].sort((a, b) => a! - b!);

const IATI_COLUMNS: Record<string, { description: string; constraints: { enum: number[] } }> = {
  status_iati: {
    description: `the IATI ActivityStatus code of status; empty where the status has no IATI equivalent. ${STATUS_NOTE}`,
    constraints: { enum: codesOf(STATUS_IATI) as number[] },
  },
  role_iati: {
    description: `the IATI OrganisationRole code of role, on ${ROLE_RELATIONS.join(' and ')} rows; empty on other rows and where the role has no IATI equivalent. ${ROLE_NOTE}`,
    constraints: { enum: codesOf(ORGANIZATION_ROLE_IATI) as number[] },
  },
};

function csvFields(c: CollectionName, schema: JsonSchemaNode) {
  const props = schema.properties!;
  return columnsOf(c).map(({ name, field }) => {
    if (name === 'slug') return { name, type: 'string', description: 'the entry id within its collection; references in other files use it', constraints: { required: true, unique: true } };
    if (name === 'url') return { name, type: 'string', description: 'the entry page, relative to the site' };
    if (name === 'title_ru') return { name, type: 'string', description: 'the title of the Russian translation (content/ru/<collection>/<slug>.mdx); empty where the entry has none yet' };
    if (name === 'summary_ru') return { name, type: 'string', description: 'the summary of the Russian translation, plain text; empty where the entry has none yet' };
    if (IATI_COLUMNS[name]) return { name, type: 'integer', ...IATI_COLUMNS[name] };
    if (field && name !== columnNameOf(field)) {
      // One key of an object field, e.g. dacSector_code: described by that key's own schema.
      const key = name.slice(field.length + 1);
      const description = [props[field].properties![key].description, `${field}.${key} in entries.json; empty where the entry has no ${field}`].filter(Boolean).join('. ');
      return { name, type: 'string', description };
    }
    const p = props[field ?? name];
    const { refersTo, kind } = fieldMetaOf(p);
    const itemRefersTo = fieldMetaOf(p.items).refersTo;
    const joined = `joined with "${LIST_SEPARATOR}"`;
    const description = field === 'inferred' ? `the fields whose value no source states, each as "field: reason", ${joined}`
      : nestedOf(name) ? `list of ${nestedOf(name)!.describe}, ${joined}`
      : refersTo ? `slug in ${refersTo}`
      : kind === 'date' ? DATE_NOTE
      : p.type === 'array' ? (itemRefersTo ? `slugs in ${itemRefersTo}, ${joined}` : `list, ${joined}`)
      : p.description;
    const constraints = {
      ...(schema.required?.includes(field ?? name) && { required: true }),
      ...(p.enum && { enum: p.enum }),
    };
    return {
      name, type: FIELD_TYPES[p.type ?? ''] ?? 'string',
      ...(description && { description }),
      ...(Object.keys(constraints).length && { constraints }),
    };
  });
}

export const LICENSE = { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' };

/** A text's size in bytes as UTF-8, as the file holding it has (counted, not encoded: the data files are megabytes). */
export const byteLength = (s: string) => Buffer.byteLength(s, 'utf8');
const RELATION_FIELDS = [
  { name: 'from', type: 'string', description: 'id (<collection>/<slug>) of the entry that names the other' },
  { name: 'relation', type: 'string', description: 'the frontmatter field holding the reference, e.g. organizations.organization' },
  { name: 'role', type: 'string', description: 'the role or position title stated beside the reference, if any' },
  { name: 'role_iati', type: 'integer', ...IATI_COLUMNS.role_iati },
  { name: 'to', type: 'string', description: 'id (<collection>/<slug>) of the entry named' },
];

const CHANGELOG_FIELDS: { name: (typeof CHANGELOG_COLUMNS)[number]; type: string; description: string; constraints?: object }[] = [
  { name: 'date', type: 'string', description: 'the commit’s date (committer date, ISO 8601 with the committer’s UTC offset)' },
  { name: 'commit', type: 'string', description: 'the commit’s full git hash' },
  { name: 'subject', type: 'string', description: 'the first line of the commit message' },
  { name: 'change', type: 'string', description: 'what the commit did to the entry’s file', constraints: { enum: ['added', 'modified', 'deleted', 'renamed'] } },
  { name: 'id', type: 'string', description: 'id (<collection>/<slug>) of the entry as the commit left it' },
  { name: 'previous', type: 'string', description: 'for a rename: the id before it' },
  { name: 'current', type: 'string', description: 'when a later commit renamed the entry: its id now' },
  { name: 'exists', type: 'boolean', description: 'whether the entry (under its current id) is in this build; false once it has been deleted' },
  { name: 'title', type: 'string', description: 'the entry’s title in this build; empty when it no longer exists' },
  { name: 'url', type: 'string', description: 'the entry’s page, relative to the site; empty when it no longer exists' },
];
const TABLES: Record<string, { fields: object[]; primaryKey?: string[] }> = {
  relations: { fields: RELATION_FIELDS },
  changelog: { fields: CHANGELOG_FIELDS },
};

export function dataPackage(files: DataFile[], created: string, schema = jsonSchema(), site?: string | URL) {
  const baseName = (f: DataFile) => f.name.replace(/\.(csv|json)$/, '');
  const resource = (f: DataFile) => {
    // Resource names must be unique: where a JSON file shares its name with a CSV one (changelog), it says so.
    const shared = !f.name.endsWith('.csv') && files.some((o) => o !== f && o.name.endsWith('.csv') && baseName(o) === baseName(f));
    const name = shared ? `${baseName(f)}-json` : baseName(f);
    const base = { name, path: f.name, description: f.description, mediatype: f.mediaType, encoding: 'utf-8', bytes: byteLength(f.body) };
    if (!f.name.endsWith('.csv')) return { ...base, format: 'json' };
    const table = TABLES[name] ?? { fields: csvFields(name as CollectionName, schema.$defs[name as CollectionName]), primaryKey: ['slug'] };
    return { ...base, format: 'csv', profile: 'tabular-data-resource', schema: table };
  };
  return {
    profile: 'data-package', name: 'civic-atlas', title: 'Civic Atlas open data',
    description: 'OSCE civil-society work: missions, projects, subprojects and the organizations, people, countries, themes and sources that connect them.',
    // The homepage is an absolute address, so it is only given when the build knows the site's (SITE_URL).
    ...(site ? { homepage: new URL('/data/', site).href } : {}), created, licenses: [LICENSE],
    resources: files.map(resource),
  };
}

// ---- Every file under /data/, serialised once.

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
export const entryJson = (e: Entry, ru: TranslatedWords = NO_TRANSLATIONS) => json(exportEntry(e, ru));

/**
 * `/<collection>/<slug>.json` beside each entry page, cut from the built entries.json: the build writes
 * them in one pass after Astro (an Astro route costs about a millisecond of pipeline per file, for
 * output that is only a slice of a file already built), and they hold the same records by construction.
 */
export const entryJsonFiles = (entries: ExportedEntry[]) => entries.map((e) => ({ file: `${e.id}.json`, body: json(e) }));

/**
 * Every /data/ file. `changelog` comes from git (changelog.ts); the rest from the graph alone, and the
 * Russian words (title_ru, summary_ru) from the Russian graph when it is given.
 */
export function dataFiles(graph: Graph, created: string, changelog: Changelog, site?: string | URL, russian?: Graph): DataFile[] {
  const schema = jsonSchema();
  const ru = translatedWordsOf(russian);
  const files: DataFile[] = [
    { name: 'entries.json', body: json(exportEntries(graph, ru)), mediaType: 'application/json', description: 'Every entry of every collection, with its frontmatter and references resolved, and its Russian title and summary (title_ru, summary_ru)' },
    { name: 'relations.csv', body: toCsv(relationRows(graph), RELATION_FIELDS.map((f) => f.name)), mediaType: 'text/csv', description: 'Every link between entries, one row each' },
    ...COLLECTIONS.map((c) => ({
      name: `${c}.csv`, body: toCsv(csvRows(graph, c, ru), csvColumns(c)), mediaType: 'text/csv',
      description: `${COLLECTION_LABELS[c].plural}, one row each`,
    })),
    { name: 'changelog.json', body: json(changelog), mediaType: 'application/json', description: 'Changes to entries from the git history: every commit that added, changed, renamed or deleted an entry, newest first' },
    { name: 'changelog.csv', body: toCsv(changelogRows(changelog), [...CHANGELOG_COLUMNS]), mediaType: 'text/csv', description: 'The changelog, one row per change to an entry' },
    { name: 'schema.json', body: json(schema), mediaType: 'application/schema+json', description: 'JSON Schema of each collection’s frontmatter' },
  ];
  const descriptor = json(dataPackage(files, created, schema, site));
  return [...files, { name: 'datapackage.json', body: descriptor, mediaType: 'application/json', description: 'Frictionless Data Package descriptor: the files, their fields and the licence' }];
}

