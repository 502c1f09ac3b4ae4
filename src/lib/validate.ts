// Checks every content file against the shared schemas and the links between entries.
// One function serves `npm run validate`, the build (which fails on any problem) and the tests.
import { COLLECTIONS, type CollectionName } from '../schemas/vocabularies.ts';
import type { ContentFile } from './content-files.ts';
import { checkFrontmatter, formatPath, missingReferences, rawReferences, sameName } from './frontmatter-check.ts';
import { checkMdxBody } from './mdx-safety.ts';
import { slugProblem } from './slug.ts';

// The per-entry checks live in frontmatter-check.ts (the entry editor runs them in the browser);
// they are re-exported so `npm run validate` and the tests find everything here.
export {
  checkFrontmatter, formatPath, missingReferences, rawReferences, sameName, schemas,
  type FieldIssue,
} from './frontmatter-check.ts';

export interface Problem {
  file: string;
  line: number;
  /** Field path such as `organizations[1].role`; empty for whole-file problems. */
  field: string;
  message: string;
}

export const formatProblem = (p: Problem) => `${p.file}:${p.line} ${p.field ? `${p.field}: ` : ''}${p.message}`;

export interface ValidatedEntry { collection: CollectionName; id: string; file: string; data: Record<string, unknown> }

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
    const badName = slugProblem(f.collection, f.id);
    if (badName) problems.push({ file: f.file, line: 1, field: '', message: badName });
    problems.push(...f.syntaxErrors.map((e) => ({ file: f.file, line: e.line, field: '', message: e.message })));
    problems.push(...checkMdxBody(f.body, f.bodyLine).map((p) => ({ file: f.file, line: p.line, field: 'body', message: p.message })));
    if (f.data === undefined) continue;
    const result = checkFrontmatter(f.collection, f.data);
    if (!result.success) {
      for (const { path: at, message } of result.issues) problems.push({ file: f.file, line: f.lineOf(at), field: formatPath(at), message });
      continue;
    }
    entries.push({ collection: f.collection, id: f.id, file: f.file, data: result.data });
  }
  problems.push(...checkReferences(published, problems), ...checkNames(published), ...checkBodyLinks(published));
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
    for (const { ref } of rawReferences(f.collection, f.data)) if (ref.collection === 'sources') cited.add(ref.id);
    for (const { path, message } of missingReferences(f.collection, f.data, ids)) {
      if (!reported.has(`${f.file} ${formatPath(path)}`)) problems.push({ file: f.file, line: f.lineOf(path), field: formatPath(path), message });
    }
  }
  for (const f of files) {
    if (f.collection === 'sources' && !cited.has(f.id)) {
      problems.push({ file: f.file, line: 1, field: '', message: 'no entry cites this source — add it to the sources of the entries that use it, or delete the file' });
    }
  }
  return problems;
}

/** A Markdown link or link definition to a site path: `](/projects/x/)`, `](</projects/x/>)`, `[a]: /projects/x/`. */
const BODY_LINK = /\]\(\s*<?(\/[^)\s>]*)|^[ \t]*\[[^\]]+\]:\s*<?(\/\S*?)>?(?:\s|$)/gm;
const ENTRY_PATH = /^\/([a-z]+)\/([^/#?]+)\/?(?:[#?].*)?$/;

/**
 * Links in a body to an entry (`[the Academy](/missions/osce-academy-in-bishkek/)`) are checked like
 * references: the entry must exist. Other site paths (/timeline/, /map/) and outside addresses pass.
 */
function checkBodyLinks(files: ContentFile[]): Problem[] {
  const ids = new Map(COLLECTIONS.map((c) => [c as string, new Set(files.filter((f) => f.collection === c).map((f) => f.id))]));
  const problems: Problem[] = [];
  for (const f of files) {
    for (const m of f.body.matchAll(BODY_LINK)) {
      const target = m[1] ?? m[2];
      const entry = ENTRY_PATH.exec(target);
      if (!entry || !ids.has(entry[1])) continue;
      const [, collection, id] = entry;
      if (ids.get(collection)!.has(id)) continue;
      const line = f.bodyLine + f.body.slice(0, m.index).split('\n').length - 1;
      problems.push({ file: f.file, line, field: 'body', message: `the link to ${target} names no entry: expected an existing ${collection} file, content/${collection}/<name>.mdx — got "${id}"` });
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
