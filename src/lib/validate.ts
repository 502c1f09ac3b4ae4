// Checks every content file against the shared schemas and the links between entries.
// One function serves `npm run validate`, the build (which fails on any problem) and the tests.
import type { z } from 'astro/zod';
import { distance } from 'fastest-levenshtein';
import { makeSchemas } from '../schemas/collections.ts';
import { plainReference, type ReferenceFactory } from '../schemas/fields.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/vocabularies.ts';
import type { ContentFile } from './content-files.ts';
import { checkMdxBody } from './mdx-safety.ts';
import type { Reference } from './references.ts';

export interface Problem {
  file: string;
  line: number;
  /** Field path such as `organizations[1].role`; empty for whole-file problems. */
  field: string;
  message: string;
}

// The schemas are built with plainReference, remembering which zod node is a reference to what, so that
// reference fields can be found from the schemas themselves (see referencePaths) instead of a hand-kept list.
const referenceNodes = new WeakMap<object, CollectionName>();
const taggedReference: ReferenceFactory = (collection) => {
  const node = plainReference(collection);
  referenceNodes.set(node, collection);
  return node;
};
export const schemas = makeSchemas(taggedReference);

/** The collection a schema node refers to, if it is a reference field. */
export const referenceTarget = (node: unknown) => (node && typeof node === 'object' ? referenceNodes.get(node) : undefined);

// zod 4 keeps a schema's structure in `_zod.def`; only the few kinds our schemas use are read here.
interface Def { type: string; shape?: Record<string, unknown>; element?: unknown; innerType?: unknown; in?: unknown; out?: unknown; options?: unknown[] }
export const defOf = (node: unknown) => (node as { _zod: { def: Def } })._zod.def;

/** Marks "every item of a list" in a reference path pattern. */
const EACH = Symbol('each');
type Pattern = (string | typeof EACH)[];

/** Where a schema holds references: `[['sources', EACH], 'sources']`, `[['organizations', EACH, 'organization'], …]`. */
function referencePaths(node: unknown, at: Pattern = []): { pattern: Pattern; collection: CollectionName }[] {
  const collection = referenceTarget(node);
  if (collection) return [{ pattern: at, collection }];
  const def = defOf(node);
  switch (def.type) {
    case 'object': return Object.entries(def.shape!).flatMap(([key, field]) => referencePaths(field, [...at, key]));
    case 'array': return referencePaths(def.element, [...at, EACH]);
    case 'optional': case 'default': case 'nullable': case 'readonly': case 'prefault': case 'catch': case 'nonoptional':
      return referencePaths(def.innerType, at);
    case 'pipe': return [...referencePaths(def.in, at), ...referencePaths(def.out, at)];
    case 'union': return def.options!.flatMap((option) => referencePaths(option, at));
    default: return [];
  }
}
const REFERENCE_PATHS = Object.fromEntries(COLLECTIONS.map((c) => [c, referencePaths(schemas[c])])) as Record<CollectionName, ReturnType<typeof referencePaths>>;

/**
 * Every reference in frontmatter as written, valid or not: following the schema's reference paths
 * through the raw data lets one run check the links of entries that also have schema problems.
 */
export function rawReferences(collection: CollectionName, data: unknown): { path: PropertyKey[]; ref: Reference }[] {
  const found: { path: PropertyKey[]; ref: Reference }[] = [];
  const follow = (value: unknown, rest: Pattern, path: PropertyKey[], target: CollectionName) => {
    if (!rest.length) {
      if (typeof value === 'string') found.push({ path, ref: { collection: target, id: value } });
      return;
    }
    const [step, ...tail] = rest;
    if (step === EACH) {
      if (Array.isArray(value)) value.forEach((item, i) => follow(item, tail, [...path, i], target));
    } else if (value && typeof value === 'object' && !Array.isArray(value) && step in value) {
      follow((value as Record<string, unknown>)[step], tail, [...path, step], target);
    }
  };
  for (const { pattern, collection: target } of REFERENCE_PATHS[collection]) follow(data, pattern, [], target);
  return found;
}

/** `['organizations', 1, 'role']` → `organizations[1].role` */
export const formatPath = (p: readonly PropertyKey[]) =>
  p.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');

export const formatProblem = (p: Problem) => `${p.file}:${p.line} ${p.field ? `${p.field}: ` : ''}${p.message}`;

const show = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v) ?? String(v));

function valueAt(data: unknown, p: readonly PropertyKey[]) {
  return p.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);
}

/** Turns one zod issue into a sentence a writer can act on: what was expected, what was found. */
function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const found = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_value':
      return `expected one of ${issue.values.join(', ')} — got ${show(found)}`;
    case 'invalid_type':
      if (found === undefined) return `required field is missing (expected ${issue.expected})`;
      return `expected ${issue.expected} — got ${show(found)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} — check the spelling against CONTRIBUTING.md`;
    default:
      return found === undefined || typeof found === 'object' ? issue.message : `${issue.message} — got ${show(found)}`;
  }
}

function nearest(id: string, candidates: Iterable<string>) {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(id, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best && bestDistance <= Math.max(3, id.length / 3) ? best : undefined;
}

export interface ValidatedEntry { collection: CollectionName; id: string; file: string; data: Record<string, unknown> }

/** Titles and aliases are compared as readers would: ignoring case and spacing. */
const sameName = (name: string) => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Validates every file; returns the parsed entries and every problem, in file order. */
export function validateContent(files: ContentFile[]): { entries: ValidatedEntry[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const entries: ValidatedEntry[] = [];
  // Only .mdx files are published, so only they count as entries, link targets or citations.
  const published = files.filter((f) => f.file.endsWith('.mdx'));
  for (const f of files.filter((f) => !published.includes(f))) {
    problems.push({ file: f.file, line: 1, field: '', message: 'content files must end in .mdx; this file would not be published' });
  }
  for (const f of published) {
    problems.push(...f.syntaxErrors.map((e) => ({ file: f.file, line: e.line, field: '', message: e.message })));
    problems.push(...checkMdxBody(f.body, f.bodyLine).map((p) => ({ file: f.file, line: p.line, field: 'body', message: p.message })));
    if (f.data === undefined) continue;
    const result = schemas[f.collection].safeParse(f.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        // An unknown key is reported on its parent; point at the key itself.
        const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
        problems.push({ file: f.file, line: f.lineOf(at), field: formatPath(at), message: describeIssue(issue, f.data) });
      }
      continue;
    }
    entries.push({ collection: f.collection, id: f.id, file: f.file, data: result.data as Record<string, unknown> });
  }
  problems.push(...checkReferences(published, problems), ...checkNames(published));
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { entries, problems };
}

/**
 * Dangling references in every file whose frontmatter parsed (schema-valid or not), and sources
 * nothing cites. A field that already has a schema problem (say, not a slug) is not reported twice.
 */
function checkReferences(files: ContentFile[], schemaProblems: Problem[]): Problem[] {
  const problems: Problem[] = [];
  const reported = new Set(schemaProblems.map((p) => `${p.file} ${p.field}`));
  const ids = new Map(COLLECTIONS.map((c) => [c, new Set(files.filter((f) => f.collection === c).map((f) => f.id))]));
  const cited = new Set<string>();
  for (const f of files) {
    for (const { path, ref } of rawReferences(f.collection, f.data)) {
      if (ref.collection === 'sources') cited.add(ref.id);
      if (ids.get(ref.collection)!.has(ref.id) || reported.has(`${f.file} ${formatPath(path)}`)) continue;
      const guess = nearest(ref.id, ids.get(ref.collection)!);
      problems.push({
        file: f.file,
        line: f.lineOf(path),
        field: formatPath(path),
        message: `no entry "${ref.id}" in ${ref.collection}${guess ? ` — did you mean "${guess}"?` : ''}`,
      });
    }
  }
  for (const f of files) {
    if (f.collection === 'sources' && !cited.has(f.id)) {
      problems.push({ file: f.file, line: 1, field: '', message: 'no entry cites this source — add it to the sources of the entries that use it, or delete the file' });
    }
  }
  return problems;
}

/**
 * Two entries of one collection with the same title, or one entry's alias equal to another's title,
 * would be indistinguishable in lists and search. Two entries may share an alias: abbreviations are
 * ambiguous in life too ("MIA" is the Ministry of Internal Affairs of several countries). The later
 * file (by path) is reported, naming the earlier one, so the fix lands in one place.
 */
function checkNames(files: ContentFile[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, { file: string; isTitle: boolean }[]>();
  for (const f of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    const data = (f.data && typeof f.data === 'object' ? f.data : {}) as { title?: unknown; aliases?: unknown };
    const names: { name: unknown; path: PropertyKey[]; isTitle: boolean }[] = [
      { name: data.title, path: ['title'], isTitle: true },
      ...(Array.isArray(data.aliases) ? data.aliases.map((name, i) => ({ name, path: ['aliases', i], isTitle: false })) : []),
    ];
    for (const { name, path, isTitle } of names) {
      if (typeof name !== 'string' || !name.trim()) continue;
      const key = `${f.collection} ${sameName(name)}`;
      const earlier = seen.get(key) ?? [];
      const clash = earlier.find((e) => e.file !== f.file && (e.isTitle || isTitle));
      if (clash) {
        problems.push({
          file: f.file, line: f.lineOf(path), field: formatPath(path),
          message: `"${name}" is already ${clash.isTitle ? 'the title' : 'an alias'} of ${clash.file}; an entry's title must not be another ${f.collection} entry's title or alias`,
        });
      }
      seen.set(key, [...earlier, { file: f.file, isTitle }]);
    }
  }
  return problems;
}
