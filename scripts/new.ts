// `npm run new -- <collection> "<Title>"` — starts a content file with every field of that collection's
// schema, each with a comment: what it is, required or optional, and the valid choices (vocabulary
// values and existing slugs). The fields are read by the entry editor's reader (describeCollection)
// from the JSON Schema that /data/schema.json publishes, made from the zod schemas with each field's help
// as their metadata (src/schemas/field-meta.ts): one reader of the schemas for the template, the editor and
// the open data, so none of them can drift.
//
// `npm run new -- --translate <collection>/<id> [--lang ru]` starts a translation of an existing entry
// instead (or re-stamps one): the same code as `npm run translate` (src/lib/translate.ts).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { readContent, type ContentFile } from '../src/lib/content-files.ts';
import { jsonSchema } from '../src/lib/data-export.ts';
import { describeCollection, type FieldDescriptor } from '../src/lib/entry-form.ts';
import { slugProblem, slugify } from '../src/lib/slug.ts';
import { COLLECTIONS, type CollectionName } from '../src/schemas/vocabularies.ts';
import { startTranslations, translationLangOf } from '../src/lib/translate.ts';

// Re-exported: tests/unit/new-entry.test.ts imports it from this module.
export { slugify };

/** The fields of a collection, in schema order: the entry editor's own descriptors. */
export const fieldsOf = (collection: CollectionName): FieldDescriptor[] => describeCollection(jsonSchema().$defs[collection]);

/** What a field holds, in the words a template comment uses: "text, at most 400 characters", "list of slugs of sources entries, at least 1". */
export function typeWording(f: FieldDescriptor): string {
  switch (f.kind) {
    case 'reference': return `slug of an entry in ${f.refersTo}`;
    case 'date': return 'date "YYYY", "YYYY-MM" or "YYYY-MM-DD" (quoted)';
    case 'choice': return `one of: ${f.choices!.map((c) => c.value).join(', ')}`;
    case 'text': case 'longtext': return f.maxLength ? `text, at most ${f.maxLength} characters` : 'text';
    case 'integer': return 'whole number';
    case 'number': return 'number';
    case 'boolean': return 'true or false';
    case 'group': return 'fields';
    case 'list': {
      const item = f.item!;
      const of = item.kind === 'group' ? 'items' : item.kind === 'reference' ? `slugs of ${item.refersTo} entries` : typeWording(item);
      return `list of ${of}${f.minItems ? `, at least ${f.minItems}` : ''}`;
    }
  }
}

/** The fields inside a field: a group's, or those of each item of a list of groups. */
const subfields = (f: FieldDescriptor) => f.fields ?? f.item?.fields;

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
function commentLines(f: FieldDescriptor, slugs: Record<string, string[]>, depth = 0): string[] {
  const pad = '    '.repeat(depth);
  const lines = [`${pad}${f.name} — ${f.required ? 'REQUIRED' : 'optional'} · ${typeWording(f)} · ${f.help ?? ''}`];
  const target = f.refersTo ?? f.item?.refersTo;
  if (target) lines.push(`${pad}  existing ${target} (content/${target}/):`, ...slugLines(slugs[target] ?? ['(none yet)'], pad));
  const fields = subfields(f);
  if (fields) {
    // A list of objects (organizations) or one object (dacSector).
    lines.push(`${pad}  ${f.kind === 'list' ? 'each item has' : 'it has'}:`, ...fields.flatMap((sub) => commentLines(sub, slugs, depth + 1)));
    if (depth === 0) lines.push('  for example:', ...stringify({ [f.name]: f.kind === 'list' ? [sample(f.item!, slugs)] : sample(f, slugs) }).trimEnd().split('\n').map((l) => `    ${l}`));
  }
  return depth ? lines : lines.map((l) => `# ${l}`);
}

/** A filled-in item for the example in a comment: the required fields of an object, or one value. */
function sample(f: FieldDescriptor, slugs: Record<string, string[]>): unknown {
  switch (f.kind) {
    case 'group': return Object.fromEntries(f.fields!.filter((s) => s.required).map((s) => [s.name, sample(s, slugs)]));
    case 'list': return [sample(f.item!, slugs), sample(f.item!, slugs)];
    case 'reference': return slugs[f.refersTo!]?.[0] ?? 'a-slug';
    case 'choice': return f.choices![0].value;
    case 'date': return '2020';
    case 'integer': case 'number': return 1;
    case 'boolean': return false;
    case 'text': case 'longtext': return '…';
  }
}

/** The value line as written: required values are left empty so validate flags them until filled. */
function valueLine(f: FieldDescriptor, title: string): string {
  if (f.name === 'title') return `title: ${JSON.stringify(title)}`;
  if (f.kind === 'list') return `${f.name}: []`;
  const empty = f.kind === 'number' || f.kind === 'integer' || f.kind === 'group' ? '' : ' ""';
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
  if (args.includes('--translate')) {
    const chosen = translationLangOf(args);
    if ('problem' in chosen) {
      error(chosen.problem);
      return 1;
    }
    const targets = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--lang');
    if (!targets.length) {
      error('Usage: npm run new -- --translate <collection>/<id> [--lang ru]');
      return 1;
    }
    return startTranslations(root, chosen.lang, targets, { log, error });
  }
  const [collection, title] = args;
  if (!collection || !title?.trim()) {
    error(`Usage: npm run new -- <collection> "<Title>"\n       npm run new -- --translate <collection>/<id>   (start a translation of an entry)\nCollections: ${COLLECTIONS.join(', ')}`);
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
