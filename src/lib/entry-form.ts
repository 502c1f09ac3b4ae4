// The entry editor's pure half (/contribute/new/): the fields of a collection read from its JSON Schema
// (the one /data/schema.json publishes), the form's values turned into frontmatter, frontmatter into the
// MDX file, and the checks `npm run validate` would make of that file. No DOM and no Node APIs: the
// page runs describeCollection at build time, and its browser script runs the rest. The body's MDX
// check is passed in (checkMdxBody), so the script can load the MDX parser after the form is up.
import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../schemas/vocabularies.ts';
import { PARTIAL_DATE } from '../schemas/fields.ts';
import { COLLECTION_LABELS, KIND_LABELS, ROLE_LABELS, STATUS_LABELS } from './labels.ts';
import type { BodyProblem } from './mdx-safety.ts';
import { fieldMetaOf } from '../schemas/field-meta.ts';
import { isSlug, slugProblem, slugify } from './slug.ts';
import { checkFrontmatter, formatPath, missingReferences, schemas } from './frontmatter-check.ts';
import { entryFile, entryUrl, sameName, titleOf } from './model.ts';

export type FieldKind = 'text' | 'longtext' | 'date' | 'choice' | 'reference' | 'number' | 'integer' | 'boolean' | 'list' | 'group';

/** One form control (or group of controls), described from the JSON Schema. */
export interface FieldDescriptor {
  /** The frontmatter key. */
  name: string;
  /** `parent.name`: `organizations.role`. */
  key: string;
  /** What the form shows: "Host country"; for list items, one of them: "Source". */
  label: string;
  /** What the field is for (its schema's `help`); a list's items share their list's. */
  help?: string;
  /** The editor's wording of it, where `help` speaks of the file's syntax. */
  editorHelp?: string;
  required: boolean;
  kind: FieldKind;
  choices?: { value: string; label: string }[];
  refersTo?: CollectionName;
  maxLength?: number;
  /** Lists: how many items the schema asks for at least. */
  minItems?: number;
  /** Lists: what each item is. */
  item?: FieldDescriptor;
  /** Groups (the objects inside lists): their fields, in schema order. */
  fields?: FieldDescriptor[];
}

/** The part of JSON Schema that zod's toJSONSchema emits for our schemas. */
interface JsonSchema {
  type?: string;
  enum?: string[];
  maxLength?: number;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  required?: string[];
}

const CHOICE_LABELS: Record<string, string> = { ...KIND_LABELS, ...ROLE_LABELS, ...STATUS_LABELS };

/** Words that are abbreviations, written in capitals in labels. */
const ACRONYMS = new Set(['dac', 'eu', 'iati', 'iso', 'ngo', 'osce', 'un']);

/** `hostCountry` → "Host country", `dacSector` → "DAC sector" */
export const labelOf = (name: string) => {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(' ').map((w) => (ACRONYMS.has(w) ? w.toUpperCase() : w)).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** "Partner missions" → "Partner mission", "Countries" → "Country", "People" → "Person" */
export const singular = (label: string) =>
  /people$/i.test(label) ? label.replace(/eople$/i, 'erson')
    : /ies$/.test(label) ? label.replace(/ies$/, 'y')
      : /(s|x|ch|sh)es$/.test(label) ? label.slice(0, -2)
        : label.replace(/s$/, '');

function describeProperty(name: string, key: string, p: JsonSchema, required: boolean, list?: Pick<FieldDescriptor, 'help' | 'editorHelp'>): FieldDescriptor {
  const meta = fieldMetaOf(p);
  const help = meta.help ?? list?.help;
  const editorHelp = meta.editorHelp ?? list?.editorHelp;
  const base = { name, key, label: meta.label ?? labelOf(name), required, ...(help !== undefined && { help }), ...(editorHelp !== undefined && { editorHelp }) };
  if (meta.refersTo) return { ...base, kind: 'reference', refersTo: meta.refersTo as CollectionName };
  if (meta.kind === 'date') return { ...base, kind: 'date' };
  if (p.enum) return { ...base, kind: 'choice', choices: p.enum.map((value) => ({ value, label: CHOICE_LABELS[value] ?? value })) };
  switch (p.type) {
    // Short text is one line; text that may run to sentences (the summary) gets a text area.
    case 'string': return { ...base, kind: (p.maxLength ?? 0) > 120 ? 'longtext' : 'text', ...(p.maxLength && { maxLength: p.maxLength }) };
    case 'integer': return { ...base, kind: 'integer' };
    case 'number': return { ...base, kind: 'number' };
    case 'boolean': return { ...base, kind: 'boolean' };
    case 'object': return { ...base, kind: 'group', fields: describeProperties(p, name) };
    case 'array': {
      const item = describeProperty(name, key, p.items ?? {}, true, base);
      return { ...base, kind: 'list', item: { ...item, label: singular(base.label) }, ...(p.minItems && { minItems: p.minItems }) };
    }
    default: throw new Error(`the entry editor does not know how to edit field ${key} (JSON Schema ${JSON.stringify(p).slice(0, 80)})`);
  }
}

/**
 * A map of free keys (the field-level `inferred: { <field>: <reason> }`) has no fixed controls; the form leaves
 * it out and CONTRIBUTING.md explains how to add one in the file. Items' own `inferred` reasons are ordinary text.
 */
const isFreeMap = (p: JsonSchema) => p.type === 'object' && !p.properties && p.additionalProperties !== undefined;

function describeProperties(schema: JsonSchema, parent?: string): FieldDescriptor[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).filter(([, p]) => !isFreeMap(p)).map(([name, p]) => describeProperty(name, parent ? `${parent}.${name}` : name, p, required.has(name)));
}

/** The form fields of a collection, from its JSON Schema (`jsonSchema().$defs[collection]`), in schema order. */
export const describeCollection = (schema: object): FieldDescriptor[] => describeProperties(schema as JsonSchema);

// ---- Form values → frontmatter → MDX

/** What the form holds: text as typed, ticked boxes, lists of rows, and the fields of each row. */
export type FormValue = string | boolean | FormValue[] | { [name: string]: FormValue };
export type FormValues = Record<string, FormValue>;

/** The value of a new, empty control or row. */
export const emptyValue = (d: FieldDescriptor): FormValue =>
  d.kind === 'list' ? [] : d.kind === 'group' ? {} : d.kind === 'boolean' ? false : '';

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** One value as frontmatter; undefined leaves the field out. */
function convert(d: FieldDescriptor, v: FormValue | undefined): unknown {
  switch (d.kind) {
    case 'list': {
      const rows = Array.isArray(v) ? v : [];
      // An empty row stays (as "" or {}) so the problem it causes points at that row, as validate would.
      return rows.length ? rows.map((row) => convert(d.item!, row) ?? emptyData(d.item!)) : undefined;
    }
    case 'group': {
      const data = fieldsToData(d.fields!, v && typeof v === 'object' && !Array.isArray(v) ? v : {});
      return Object.keys(data).length ? data : undefined;
    }
    case 'boolean': return v === true ? true : undefined; // the one boolean, `approximate`, defaults to false
    case 'number': case 'integer': {
      const text = typeof v === 'string' ? v.trim() : '';
      // Not a number: kept as typed, so the check says "expected number — got "1,200"".
      return text === '' ? undefined : NUMBER.test(text) ? Number(text) : text;
    }
    default: {
      const text = typeof v === 'string' ? v.trim() : '';
      return text === '' ? undefined : text;
    }
  }
}

const emptyData = (d: FieldDescriptor) => (d.kind === 'group' ? {} : '');

function fieldsToData(fields: FieldDescriptor[], values: Record<string, FormValue>) {
  const data: Record<string, unknown> = {};
  for (const f of fields) {
    const v = convert(f, values[f.name]);
    if (v !== undefined) data[f.name] = v;
  }
  return data;
}

/**
 * The frontmatter the form's values stand for: fields in schema order, empty fields and empty lists left
 * out (the schemas make them optional), text trimmed, numbers as numbers.
 */
export const toFrontmatter = (fields: FieldDescriptor[], values: FormValues): Record<string, unknown> => fieldsToData(fields, values);

/**
 * YAML in the style of the content files and `npm run new`: free text in double quotes, slugs and
 * vocabulary keys bare, lists as indented blocks, no line folding. Dates are text, so they are quoted
 * too (a bare 2018 would be read as a number).
 */
function yamlNode(d: FieldDescriptor | undefined, v: unknown): Scalar | YAMLSeq | YAMLMap {
  if (Array.isArray(v)) {
    const seq = new YAMLSeq();
    seq.items = v.map((item) => yamlNode(d?.item, item));
    return seq;
  }
  if (v && typeof v === 'object') {
    const map = new YAMLMap();
    for (const [k, value] of Object.entries(v)) map.items.push(new Pair(new Scalar(k), yamlNode(d?.fields?.find((f) => f.name === k), value)));
    return map;
  }
  const scalar = new Scalar(v);
  if (typeof v === 'string' && d?.kind !== 'choice' && d?.kind !== 'reference') scalar.type = Scalar.QUOTE_DOUBLE;
  return scalar;
}

/** The whole file: frontmatter between two `---` lines, a blank line, then the body. */
export function toMdx(fields: FieldDescriptor[], data: Record<string, unknown>, body: string): string {
  const doc = new Document();
  doc.contents = yamlNode({ kind: 'group', fields } as FieldDescriptor, data) as YAMLMap;
  const text = body.replace(/^(\s*\n)+/, '').trimEnd();
  return `---\n${doc.toString({ lineWidth: 0 })}---\n\n${text ? `${text}\n` : ''}`;
}

// ---- The checks of `npm run validate`, for one entry

/** An entry that exists: the editor offers its id as a choice and checks names against its title. */
export interface KnownEntry { collection: CollectionName; id: string; title: string; aliases: string[] }

export interface EditorProblem {
  /** The file name, a frontmatter field, or the body. */
  place: 'file' | 'frontmatter' | 'body';
  /** Path into the frontmatter (for `frontmatter`), e.g. `['organizations', 0, 'role']`. */
  path: PropertyKey[];
  /** As validate prints it: `organizations[0].role`, `body`, `file name`. */
  field: string;
  message: string;
  /** For a title or alias that another entry already has: that entry. */
  clash?: KnownEntry;
}

/**
 * What `npm run validate` would report about this entry among the known ones: the schema, references to
 * entries that do not exist, titles and aliases that clash, and, given `checkBody` (mdx-safety.ts's
 * checkMdxBody), the body's MDX safety. Also the file name, which `npm run new` checks. (A new source
 * that nothing cites yet is not reported here.)
 */
export function checkEntry(input: {
  collection: CollectionName; slug: string; data: Record<string, unknown>; body: string; known: readonly KnownEntry[];
  checkBody?: (body: string) => BodyProblem[];
}): EditorProblem[] {
  const { collection, slug, data, body, known, checkBody } = input;
  const problems: EditorProblem[] = [];
  const file = (message: string) => problems.push({ place: 'file', path: [], field: 'file name', message });
  if (!slug) file('required: the name of the file, made from the title (lowercase letters, digits and hyphens)');
  else if (!isSlug(slug)) file(`expected a lowercase slug like "osce-mission-in-kosovo" — got ${JSON.stringify(slug)}`);
  else if (slugProblem(collection, slug)) file(slugProblem(collection, slug)!);
  else if (known.some((e) => e.collection === collection && e.id === slug)) {
    file(`${entryFile(collection, slug)} already exists; choose another file name, or edit that entry instead`);
  }

  const schema = checkFrontmatter(collection, data);
  const issues = schema.success ? [] : schema.issues;
  // As in validate, a field with a schema problem is not reported again as a missing entry.
  const reported = new Set(issues.map((i) => formatPath(i.path)));
  const ids = new Map(COLLECTIONS.map((c) => [c, new Set(known.filter((e) => e.collection === c).map((e) => e.id))]));
  const frontmatter = [
    ...issues,
    ...missingReferences(collection, data, ids).filter((i) => !reported.has(formatPath(i.path))),
    ...nameClashes(collection, data, known),
  ];
  // In form order: the fields as the schema lists them.
  const order = Object.keys(schemas[collection].shape);
  const rank = (p: PropertyKey[]) => (order.includes(String(p[0])) ? order.indexOf(String(p[0])) : order.length);
  frontmatter.sort((a, b) => rank(a.path) - rank(b.path));
  problems.push(...frontmatter.map((i) => ({
    place: 'frontmatter' as const, path: i.path, field: formatPath(i.path), message: i.message, ...('clash' in i && { clash: i.clash as KnownEntry }),
  })));

  for (const p of checkBody?.(body) ?? []) problems.push({ place: 'body', path: [], field: 'body', message: `line ${p.line}: ${p.message}` });
  return problems;
}

/** validate's name rule: a title may not be another entry's title or alias, nor an alias another's title. */
function nameClashes(collection: CollectionName, data: Record<string, unknown>, known: readonly KnownEntry[]) {
  const others = known.filter((e) => e.collection === collection);
  const names = [
    { name: data.title, path: ['title'] as PropertyKey[], isTitle: true },
    ...(Array.isArray(data.aliases) ? data.aliases.map((name, i) => ({ name, path: ['aliases', i] as PropertyKey[], isTitle: false })) : []),
  ];
  return names.flatMap(({ name, path, isTitle }) => {
    if (typeof name !== 'string' || !name.trim()) return [];
    const same = (n: string) => sameName(n) === sameName(name);
    const asTitle = others.find((e) => same(e.title));
    const asAlias = isTitle ? others.find((e) => e.aliases.some(same)) : undefined;
    const clash = asTitle ?? asAlias;
    if (!clash) return [];
    const what = asTitle ? 'the title' : 'an alias';
    return [{ path, clash, message: `"${name}" is already ${what} of ${entryFile(collection, clash.id)}; an entry's title must not be another ${collection} entry's title or alias` }];
  });
}

/** What /contribute/new/ embeds for its script: each collection's fields, and the entries that exist. */
export interface EditorData {
  collections: { name: CollectionName; label: string; fields: FieldDescriptor[] }[];
  entries: KnownEntry[];
}

/** The existing entries the editor offers as references and checks names against, sorted by title. */
export function knownEntries(entries: { collection: CollectionName; id: string; data: { title: string; aliases?: string[] } }[]): KnownEntry[] {
  return entries
    .map((e) => ({ collection: e.collection, id: e.id, title: titleOf(e), aliases: e.data.aliases ?? [] }))
    .sort((a, b) => a.title.localeCompare(b.title, 'en'));
}

// ---- The same problems in plain words, for the editor's readers (subject experts, not developers)

/** A problem as the editor shows it: where, in the form's own labels, and what to do, in plain words. */
export interface PlainProblem extends EditorProblem {
  /** The field in the form's words: "Title", "Organization 1, role", "Web address name", "Main text". */
  where: string;
  /** One sentence saying what to do, shown beside the field and in the error summary. */
  text: string;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const articleFor = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');
const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five'];

/** "the title", but "what was counted" for labels that are already a phrase. */
const phraseOf = (label: string) => (/^(what|who|where|when|which|how)\b/i.test(label) ? lowerFirst(label) : `the ${lowerFirst(label)}`);

/** A collection's entry in a sentence: "theme", "organization". */
const entryNoun = (c: CollectionName) => COLLECTION_LABELS[c].singular.toLowerCase();

/**
 * An existing entry's web address name, to show as an example in a field that refers to its collection:
 * a theme field's example is a real theme. The first by title (known entries come sorted), so stable.
 */
export const exampleFor = (collection: CollectionName, known: readonly KnownEntry[]): string | undefined =>
  known.find((e) => e.collection === collection)?.id;

/** The descriptor at a path into the frontmatter, with the labels along the way ("Organization 1", "Role"). */
export function fieldAt(fields: readonly FieldDescriptor[], path: readonly PropertyKey[]): { field?: FieldDescriptor; trail: string[] } {
  const trail: string[] = [];
  let current: FieldDescriptor | undefined;
  let level: readonly FieldDescriptor[] | undefined = fields;
  for (const step of path) {
    if (typeof step === 'number') {
      if (current?.kind !== 'list') return { trail };
      current = current.item!;
      trail[trail.length - 1] = `${current.label} ${step + 1}`;
    } else {
      current = level?.find((f) => f.name === step);
      if (!current) return { trail };
      trail.push(current.label);
    }
    level = current.fields;
  }
  return { field: current, trail };
}

const valueAtPath = (data: unknown, p: readonly PropertyKey[]) =>
  p.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);

/** The hint under a field: what it is for, and the format it takes, with an example that fits the field. */
export function fieldHint(d: FieldDescriptor, known: readonly KnownEntry[]): string {
  const parts = [d.editorHelp ?? d.help];
  if (d.kind === 'date') parts.push('a year (2019), a month (2019-06) or a day (2019-06-15), as precise as the source is');
  if (d.kind === 'number') parts.push('a number, like 1200, without commas or spaces');
  if (d.kind === 'integer') parts.push('a whole number, like 3');
  if (d.kind === 'reference') {
    const example = exampleFor(d.refersTo!, known);
    parts.push(`the web address name of ${articleFor(entryNoun(d.refersTo!))} ${entryNoun(d.refersTo!)} in the atlas${example ? `, e.g. ${example}` : ''}`, 'start typing its name to see suggestions');
  }
  if (d.minItems) parts.push(`add at least ${NUMBER_WORDS[d.minItems] ?? d.minItems}`);
  return parts.filter((p): p is string => !!p).map((p) => `${upperFirst(p)}.`).join(' ');
}

/** validate's "expected X — got Y" as "Code must be X"; a file's quoting rules do not apply to a form. */
const mustBe = (label: string, message: string) => {
  const expected = /^expected (.+?) — got .*$/s.exec(message)?.[1];
  return expected ? `${label} must be ${expected.replace(' in double quotes', '')}` : upperFirst(message);
};

/** A body problem from mdx-safety.ts, with its technical terms in plain words. */
function plainBodyMessage(message: string): string {
  return message
    .replace(/^not valid MDX: (.*)$/, 'the text cannot be read as it is ($1); look for an unclosed < or {')
    .replace('write Markdown instead; content may not use HTML tags or components', 'tags cannot be used in the text; write plain text, with ## for a heading and - for a list item')
    .replace(/^JavaScript expressions are not allowed — got (.*); to show a brace, write \\\{$/, 'curly braces cannot be used in the text (found $1); to show a brace, write \\{');
}

/**
 * Each problem in the editor's words: the field as the form labels it and one sentence saying what to do,
 * in the style of GOV.UK's error messages ("Enter the summary", "Choose the kind"). The words depend on
 * the field's kind and what it holds, not on parsing validate's message, except for the guess validate
 * makes for a mistyped reference, which is kept.
 */
export function explainProblems(problems: readonly EditorProblem[], input: {
  collection: CollectionName; fields: readonly FieldDescriptor[]; data: Record<string, unknown>; slug: string; known: readonly KnownEntry[];
}): PlainProblem[] {
  const { collection, fields, data, slug, known } = input;
  const noun = entryNoun(collection);
  return problems.map((p) => {
    if (p.place === 'file') {
      const where = 'Web address name';
      const example = slugify(slug) || exampleFor(collection, known) || 'women-peace-and-security-forum';
      const text = !slug ? (typeof data.title === 'string' ? 'Enter the web address name' : 'Enter the title: the web address name is made from it')
        : !isSlug(slug) ? `The web address name can only use lowercase letters, digits and hyphens, like ${example}`
          : slugProblem(collection, slug) ? `The web address name cannot be digits alone, because addresses like /${collection}/2/ are the pages of the list: add a word, like forum-${slug}`
            : `There is already ${articleFor(noun)} ${noun} at ${entryUrl(collection, slug)}: choose another web address name, or edit that entry instead`;
      return { ...p, where, text };
    }
    if (p.place === 'body') {
      const [, line, rest] = /^line (\d+): (.*)$/s.exec(p.message) ?? [undefined, undefined, p.message];
      return { ...p, where: 'Main text', text: `Main text${line ? `, line ${line}` : ''}: ${plainBodyMessage(rest!)}` };
    }
    const { field, trail } = fieldAt(fields, p.path);
    const where = trail.map((t, i) => (i ? lowerFirst(t) : t)).join(', ') || p.field;
    const isRow = typeof p.path.at(-1) === 'number';
    const own = (isRow ? field?.label : trail.at(-1)) ?? p.field;
    // Inside a list, the sentence says which row: "Organization 1: choose the role", "Source 2: enter …".
    const rowTrail = isRow ? trail : trail.slice(0, -1);
    const within = (sentence: string) => (rowTrail.length ? `${rowTrail.join(', ')}: ${lowerFirst(sentence)}` : sentence);
    const value = valueAtPath(data, p.path);
    const empty = value === undefined || value === '' || (typeof value === 'object' && value !== null && !Array.isArray(value) && !Object.keys(value).length);
    const say = (sentence: string) => ({ ...p, where, text: within(sentence) });
    if (p.clash) {
      return say(`Another ${noun} is already called "${String(value)}" (${entryUrl(collection, p.clash.id)}): choose a different ${lowerFirst(own)}, or edit that entry instead`);
    }
    if (p.message.startsWith('no entry ')) {
      const guess = /did you mean "([^"]+)"\?$/.exec(p.message)?.[1];
      const target = field?.refersTo ? entryNoun(field.refersTo) : 'entry';
      return say(`There is no ${target} with the web address name ${String(value)} in the atlas${guess ? `: did you mean ${guess}?` : `: choose one of the suggestions, or add the ${target} first`}`);
    }
    if (!field) return say(upperFirst(p.message));
    const example = field.refersTo ? exampleFor(field.refersTo, known) : undefined;
    switch (field.kind) {
      case 'list': {
        const n = field.minItems ?? 1;
        return say(`Add at least ${NUMBER_WORDS[n] ?? n} ${lowerFirst(n === 1 ? field.item!.label : field.label)}`);
      }
      case 'choice':
        return say(empty ? `Choose ${phraseOf(own)}` : `Choose ${phraseOf(own)} from the list`);
      case 'reference':
        return say(empty
          ? `Enter the web address name of ${articleFor(entryNoun(field.refersTo!))} ${entryNoun(field.refersTo!)}${example ? `, e.g. ${example}` : ''}`
          : `Enter a web address name: lowercase letters, digits and hyphens${example ? `, like ${example}` : ''}`);
      case 'date':
        // A well-formed date can only be refused for its order (the schema's end-after-start rule).
        if (!empty && typeof value === 'string' && PARTIAL_DATE.test(value)) return say(`${own} must not be before the start`);
        return say(`Enter ${phraseOf(own)} as a year (2019), a month (2019-06) or a day (2019-06-15)`);
      case 'number': case 'integer':
        return say(empty ? `Enter ${phraseOf(own)}`
          : `Enter ${phraseOf(own)} as ${field.kind === 'integer' ? 'a whole number, like 3' : 'a number, like 1200 or 1.5, without commas or spaces'}`);
      case 'text': case 'longtext':
        if (field.maxLength && typeof value === 'string' && value.length > field.maxLength) {
          return say(`${own} must be ${field.maxLength} characters or fewer (it has ${value.length}): put the detail in the main text`);
        }
        if (empty) return say(`Enter ${phraseOf(own)}`);
        return say(mustBe(own, p.message));
      case 'group':
        return say(empty ? `Fill in ${phraseOf(own)}` : upperFirst(p.message));
      default:
        return say(upperFirst(p.message));
    }
  });
}
