// `npm run new -- <collection> "<Title>"` — starts a content file with every field of that collection's
// schema, each with a comment: what it is, required or optional, and the valid choices (vocabulary
// values and existing slugs). The fields are read by the entry editor's reader (describeCollection)
// from the JSON Schema that /data/schema.json publishes, made from the zod schemas: one reader of the
// schemas for the template, the editor and the open data, so none of them can drift.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { readContent, type ContentFile } from '../src/lib/content-files.ts';
import { jsonSchema } from '../src/lib/data-export.ts';
import { describeCollection, type FieldDescriptor } from '../src/lib/entry-form.ts';
import { FIELD_HELP } from '../src/lib/field-help.ts';
import { slugProblem, slugify } from '../src/lib/slug.ts';
import { COLLECTIONS, type CollectionName } from '../src/schemas/vocabularies.ts';

// Re-exported: tests/unit/new-entry.test.ts imports them from this module.
export { FIELD_HELP, slugify };

export interface Field {
  name: string;
  /** `parent.name` key used for FIELD_HELP, e.g. `organizations.role`. */
  key: string;
  help: string | undefined;
  required: boolean;
  /** Plain words: "text, at most 400 characters", "list of slugs of sources entries, at least 1". */
  type: string;
  kind: 'text' | 'date' | 'choice' | 'slug' | 'number' | 'boolean' | 'list' | 'object';
  choices?: string[];
  refersTo?: CollectionName;
  /** For lists: what each item is. */
  item?: Field;
  /** For objects (and lists of objects): their fields. */
  fields?: Field[];
}

/** A form field described in the words a template comment uses. */
export function fieldOf(d: FieldDescriptor): Field {
  const base = { name: d.name, key: d.key, help: d.help, required: d.required };
  switch (d.kind) {
    case 'reference': return { ...base, kind: 'slug', refersTo: d.refersTo, type: `slug of an entry in ${d.refersTo}` };
    case 'date': return { ...base, kind: 'date', type: 'date "YYYY", "YYYY-MM" or "YYYY-MM-DD" (quoted)' };
    case 'choice': {
      const choices = d.choices!.map((c) => c.value);
      return { ...base, kind: 'choice', choices, type: `one of: ${choices.join(', ')}` };
    }
    case 'text': case 'longtext': return { ...base, kind: 'text', type: d.maxLength ? `text, at most ${d.maxLength} characters` : 'text' };
    case 'integer': return { ...base, kind: 'number', type: 'whole number' };
    case 'number': return { ...base, kind: 'number', type: 'number' };
    case 'boolean': return { ...base, kind: 'boolean', type: 'true or false' };
    case 'group': return { ...base, kind: 'object', type: 'fields', fields: d.fields!.map(fieldOf) };
    case 'list': {
      const item = fieldOf(d.item!);
      const of = item.kind === 'object' ? 'items' : item.kind === 'slug' ? `slugs of ${item.refersTo} entries` : item.type;
      return { ...base, kind: 'list', item, fields: item.fields, type: `list of ${of}${d.minItems ? `, at least ${d.minItems}` : ''}` };
    }
  }
}

/** The fields of a collection, in schema order. */
export const fieldsOf = (collection: CollectionName): Field[] =>
  describeCollection(jsonSchema().$defs[collection]).map(fieldOf);

/** Existing slugs of a collection, shortened and wrapped so the comment stays readable. */
function slugLines(slugs: string[], pad: string): string[] {
  const shown = 20;
  const words = slugs.length <= shown + 4 ? slugs : [...slugs.slice(0, shown), `… and ${slugs.length - shown} more`];
  const lines: string[] = [];
  for (const [i, word] of words.entries()) {
    const item = i < words.length - 1 ? `${word},` : word;
    if (lines.length && `${lines.at(-1)} ${item}`.length <= 100) lines[lines.length - 1] += ` ${item}`;
    else lines.push(`${pad}    ${item}`);
  }
  return lines;
}

/** Comment lines for a field: what it is, its choices, and for lists of objects each item field and an example. */
function commentLines(f: Field, slugs: Record<string, string[]>, depth = 0): string[] {
  const pad = '    '.repeat(depth);
  const lines = [`${pad}${f.name} — ${f.required ? 'REQUIRED' : 'optional'} · ${f.type} · ${f.help ?? ''}`];
  const target = f.refersTo ?? f.item?.refersTo;
  if (target) lines.push(`${pad}  existing ${target} (content/${target}/):`, ...slugLines(slugs[target] ?? ['(none yet)'], pad));
  if (f.fields) {
    // A list of objects (organizations) or one object (dacSector).
    lines.push(`${pad}  ${f.kind === 'list' ? 'each item has' : 'it has'}:`, ...f.fields.flatMap((sub) => commentLines(sub, slugs, depth + 1)));
    if (depth === 0) lines.push('  for example:', ...stringify({ [f.name]: f.kind === 'list' ? [sample(f, slugs)] : sample(f, slugs) }).trimEnd().split('\n').map((l) => `    ${l}`));
  }
  return depth ? lines : lines.map((l) => `# ${l}`);
}

/** A filled-in item for the example in a comment: the required fields of an object, or one value. */
function sample(f: Field, slugs: Record<string, string[]>): unknown {
  if (f.fields) return Object.fromEntries(f.fields.filter((s) => s.required).map((s) => [s.name, s.kind === 'list' ? [sample(s.item!, slugs), sample(s.item!, slugs)] : sample(s, slugs)]));
  if (f.kind === 'slug') return slugs[f.refersTo!]?.[0] ?? 'a-slug';
  if (f.kind === 'choice') return f.choices![0];
  if (f.kind === 'date') return '2020';
  if (f.kind === 'number') return 1;
  if (f.kind === 'boolean') return false;
  return '…';
}

/** The value line as written: required values are left empty so validate flags them until filled. */
function valueLine(f: Field, title: string): string {
  if (f.name === 'title') return `title: ${JSON.stringify(title)}`;
  if (f.kind === 'list') return `${f.name}: []`;
  const empty = f.kind === 'number' || f.kind === 'object' ? '' : ' ""';
  // An optional field left empty would be read as null and fail; commented out, it is simply absent.
  return f.required ? `${f.name}:${empty}` : `# ${f.name}:${empty}`;
}

/** The text of a new entry. `slugs` holds the existing slugs of every collection, for the choice lists. */
export function entryTemplate(collection: CollectionName, title: string, slugs: Record<string, string[]>): string {
  const header = [
    `# A new entry in ${collection}. Fill in every REQUIRED field; fill in or delete the optional ones.`,
    '# A commented-out field ("# name: ...") is optional: remove the "# " to use it. Empty lists ([]) may stay.',
    '# Then run `npm run validate`. Fields, vocabularies and style: CONTRIBUTING.md.',
    ...(collection === 'sources' ? ['# Cite this source from the entries that use it (their sources: list), or validate reports it as uncited.'] : []),
    '# Below the closing "---", write the body in Markdown, in your own words.',
  ];
  const fields = fieldsOf(collection).flatMap((f) => [...commentLines(f, slugs), valueLine(f, title), '']);
  return `---\n${header.join('\n')}\n\n${fields.join('\n').trimEnd()}\n---\n\n`;
}

export const slugsByCollection = (files: ContentFile[]) =>
  Object.fromEntries(COLLECTIONS.map((c) => [c, files.filter((f) => f.collection === c).map((f) => f.id)]));

/** Runs the command; returns the exit code so tests can call it without a child process. */
export function main(args: string[], root: string, log = console.log, error = console.error): number {
  const [collection, title] = args;
  if (!collection || !title?.trim()) {
    error(`Usage: npm run new -- <collection> "<Title>"\nCollections: ${COLLECTIONS.join(', ')}`);
    return 1;
  }
  if (!(COLLECTIONS as readonly string[]).includes(collection)) {
    error(`Unknown collection "${collection}". Valid collections: ${COLLECTIONS.join(', ')}`);
    return 1;
  }
  const slug = slugify(title);
  if (!slug) {
    error(`Cannot make a file name from "${title}": the title needs some Latin letters or digits.`);
    return 1;
  }
  const refused = slugProblem(collection, slug);
  if (refused) {
    error(`Cannot make a file name from "${title}": ${refused} (a word in the title does it).`);
    return 1;
  }
  const file = path.posix.join('content', collection, `${slug}.mdx`);
  const text = entryTemplate(collection as CollectionName, title.trim(), slugsByCollection(readContent(root)));
  try {
    // 'wx' fails if the file exists, so an existing entry is never overwritten.
    fs.writeFileSync(path.join(root, file), text, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    error(`${file} already exists; not overwriting it. Edit it, or choose another title.`);
    return 1;
  }
  log(`Created ${file}\nFill in the REQUIRED fields, write the body, then run: npm run validate`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2), process.cwd());
}
