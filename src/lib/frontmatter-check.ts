// One entry's frontmatter against the shared schemas: schema problems in the words `npm run validate`
// prints, references to entries that do not exist, and the helpers behind them. No Node APIs and no
// MDX parser, so the entry editor's browser script (/contribute/new/) can load it on its own;
// validate.ts builds the whole-catalogue checks on top of it.
import { z } from 'astro/zod';
import { distance } from 'fastest-levenshtein';
import { makeSchemas } from '../schemas/collections.ts';
import { plainReference } from '../schemas/fields.ts';
import { fieldMetaOf } from '../schemas/field-meta.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/vocabularies.ts';
import type { Reference } from './references.ts';

// Reference fields are found from the schemas themselves (see referencePaths), not a hand-kept list: each
// says which collection it takes in its metadata (makeSchemas, src/schemas/field-meta.ts).
export const schemas = makeSchemas(plainReference);

/** The collection a schema node refers to, if it is a reference field. */
export const referenceTarget = (node: unknown) =>
  fieldMetaOf(node && typeof node === 'object' ? z.globalRegistry.get(node as z.ZodType) : undefined).refersTo as CollectionName | undefined;

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

/** A value as the author wrote it, near enough: YAML's .inf and .nan are not JSON (JSON.stringify says null). */
const show = (v: unknown): string => {
  if (v === undefined) return 'nothing';
  if (typeof v === 'number' && !Number.isFinite(v)) return Number.isNaN(v) ? '.nan (not a number)' : `${v < 0 ? '-' : ''}.inf (infinity)`;
  return JSON.stringify(v) ?? String(v);
};

/** The object keys a schema allows at a path into the data (through lists, optionals and refinements). */
function keysAt(node: unknown, at: readonly PropertyKey[]): string[] {
  const def = defOf(node);
  switch (def.type) {
    case 'object':
      return at.length ? (def.shape![String(at[0])] ? keysAt(def.shape![String(at[0])], at.slice(1)) : []) : Object.keys(def.shape!);
    case 'array': return at.length ? keysAt(def.element, at.slice(1)) : [];
    case 'optional': case 'default': case 'nullable': case 'readonly': case 'prefault': case 'catch': case 'nonoptional':
      return keysAt(def.innerType, at);
    case 'pipe': return keysAt(def.in, at);
    default: return [];
  }
}

const didYouMean = (got: unknown, candidates: readonly string[]) => {
  const guess = typeof got === 'string' ? nearest(got, candidates) : undefined;
  return guess ? ` — did you mean "${guess}"?` : '';
};

function valueAt(data: unknown, p: readonly PropertyKey[]) {
  return p.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);
}

/** Turns one zod issue into a sentence a writer can act on: what was expected, what was found. */
function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const found = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_value':
      return `expected one of ${issue.values.join(', ')} — got ${show(found)}${didYouMean(found, issue.values.map(String))}`;
    case 'invalid_type':
      if (found === undefined) return `required field is missing (expected ${issue.expected})`;
      return `expected ${issue.expected} — got ${show(found)}`;
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

/** A problem in one entry's frontmatter: where (a path into the data) and what, in validate's words. */
export interface FieldIssue { path: PropertyKey[]; message: string }

/**
 * One entry's frontmatter against its collection's schema. Pure and free of Node APIs, so the entry
 * editor at /contribute/new/ runs it in the browser and says what `npm run validate` would say.
 */
export function checkFrontmatter(collection: CollectionName, data: unknown):
  { success: true; data: Record<string, unknown> } | { success: false; issues: FieldIssue[] } {
  const result = schemas[collection].safeParse(data);
  if (result.success) return { success: true, data: result.data as Record<string, unknown> };
  return {
    success: false,
    issues: result.error.issues.flatMap((issue) => {
      if (issue.code !== 'unrecognized_keys') return [{ path: issue.path, message: describeIssue(issue, data) }];
      // Unknown keys are reported together on their parent; each gets its own line, at the key, with a guess.
      const allowed = keysAt(schemas[collection], issue.path);
      return issue.keys.map((key) => ({
        path: [...issue.path, key],
        message: `unknown field "${key}"${didYouMean(key, allowed) || ' — check the spelling against CONTRIBUTING.md'}`,
      }));
    }),
  };
}

/** References in one entry's frontmatter that name no entry in `ids`, with a guess at the intended one. */
export function missingReferences(collection: CollectionName, data: unknown, ids: ReadonlyMap<CollectionName, ReadonlySet<string>>): FieldIssue[] {
  return rawReferences(collection, data)
    .filter(({ ref }) => !ids.get(ref.collection)?.has(ref.id))
    .map(({ path, ref }) => {
      const guess = nearest(ref.id, ids.get(ref.collection) ?? []);
      return { path, message: `no entry "${ref.id}" in ${ref.collection}${guess ? ` — did you mean "${guess}"?` : ''}` };
    });
}

