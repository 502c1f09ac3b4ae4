// Checks every content file against the shared schemas and the links between entries.
// One function serves `npm run validate`, the build (which fails on any problem) and the tests.
import type { z } from 'astro/zod';
import { distance } from 'fastest-levenshtein';
import { makeSchemas } from '../schemas/collections.ts';
import { plainReference } from '../schemas/fields.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/vocabularies.ts';
import type { ContentFile } from './content-files.ts';
import { findReferences } from './references.ts';

export interface Problem {
  file: string;
  line: number;
  /** Field path such as `organizations[1].role`; empty for whole-file problems. */
  field: string;
  message: string;
}

export const schemas = makeSchemas(plainReference);

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

/** Validates every file; returns the parsed entries and every problem, in file order. */
export function validateContent(files: ContentFile[]): { entries: ValidatedEntry[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const entries: ValidatedEntry[] = [];
  for (const f of files) {
    if (!f.file.endsWith('.mdx')) {
      problems.push({ file: f.file, line: 1, field: '', message: 'content files must end in .mdx; this file would not be published' });
      continue;
    }
    problems.push(...f.syntaxErrors.map((e) => ({ file: f.file, line: e.line, field: '', message: e.message })));
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

  const ids = new Map(COLLECTIONS.map((c) => [c, new Set(files.filter((f) => f.collection === c).map((f) => f.id))]));
  const byFile = new Map(files.map((f) => [f.file, f]));
  for (const entry of entries) {
    for (const { path, ref } of findReferences(entry.data)) {
      if (ids.get(ref.collection)!.has(ref.id)) continue;
      const guess = nearest(ref.id, ids.get(ref.collection)!);
      problems.push({
        file: entry.file,
        line: byFile.get(entry.file)!.lineOf(path),
        field: formatPath(path),
        message: `no entry "${ref.id}" in ${ref.collection}${guess ? ` — did you mean "${guess}"?` : ''}`,
      });
    }
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { entries, problems };
}
