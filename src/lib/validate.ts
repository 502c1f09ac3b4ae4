// Checks every content file against the shared schemas and the links between entries.
// One function serves `npm run validate`, the build (which fails on any problem) and the tests.
import { COLLECTIONS, type CollectionName } from '../schemas/vocabularies.ts';
import type { ContentFile, ContentTree } from './content-files.ts';
import type { Entry } from './graph.ts';
import { checkFrontmatter, formatPath, missingReferences, rawReferences } from './frontmatter-check.ts';
import { checkMdxBody } from './mdx-safety.ts';
import { checkTranslations } from './translation-check.ts';
import { slugProblem } from './slug.ts';
import { isAddressKey, linkProblem } from './url-policy.ts';

// The per-entry checks live in frontmatter-check.ts (the entry editor runs them in the browser);
// they are re-exported so `npm run validate` and the tests find everything here.
export {
  checkFrontmatter, formatPath, missingReferences, rawReferences, schemas,
  type FieldIssue,
} from './frontmatter-check.ts';
import { sameName } from './model.ts';

export interface Problem {
  file: string;
  line: number;
  /** Field path such as `organizations[1].role`; empty for whole-file problems. */
  field: string;
  message: string;
}

export const formatProblem = (p: Problem) => `${p.file}:${p.line} ${p.field ? `${p.field}: ` : ''}${p.message}`;

/** An English entry whose frontmatter passed its collection's schema: a graph entry (its data that schema's output) and its file. */
export type ValidatedEntry = Entry & { file: string };

/**
 * Validates every file; returns the parsed entries and every problem, in file order. Given the whole tree
 * (readContentTree), its problems are reported too and images are checked against public/images/.
 */
export function validateContent(allFiles: ContentFile[], tree?: Pick<ContentTree, 'problems' | 'images'>): { entries: ValidatedEntry[]; problems: Problem[] } {
  const problems: Problem[] = [...(tree?.problems ?? [])];
  const entries: ValidatedEntry[] = [];
  const images = tree?.images ?? new Set<string>();
  // Translations are checked against the English entries they translate; everything else below is English.
  const translations = allFiles.filter((f) => f.lang);
  const files = allFiles.filter((f) => !f.lang);
  for (const f of translations) {
    problems.push(...f.syntaxErrors.map((e) => ({ file: f.file, line: e.line, field: '', message: e.message })));
    problems.push(...checkMdxBody(f.body, f.bodyLine, { images }).map((p) => ({ file: f.file, line: p.line, field: 'body', message: p.message })));
    if (f.data !== undefined) problems.push(...checkAddresses(f));
  }
  problems.push(...checkTranslations(translations, files), ...checkBodyLinks(translations, files));
  for (const lang of new Set(translations.map((f) => f.lang))) problems.push(...checkNames(translations.filter((f) => f.lang === lang)));
  for (const f of files) {
    const badName = slugProblem(f.collection, f.id);
    if (badName) problems.push({ file: f.file, line: 1, field: '', message: badName });
    problems.push(...f.syntaxErrors.map((e) => ({ file: f.file, line: e.line, field: '', message: e.message })));
    problems.push(...checkMdxBody(f.body, f.bodyLine, { images }).map((p) => ({ file: f.file, line: p.line, field: 'body', message: p.message })));
    if (f.data === undefined) continue;
    problems.push(...checkAddresses(f));
    const result = checkFrontmatter(f.collection, f.data);
    if (!result.success) {
      for (const { path: at, message } of result.issues) problems.push({ file: f.file, line: f.lineOf(at), field: formatPath(at), message });
      continue;
    }
    // checkFrontmatter parsed the data with f.collection's own schema, so it is that collection's data.
    entries.push({ collection: f.collection, id: f.id, file: f.file, data: result.data } as ValidatedEntry);
  }
  problems.push(...checkReferences(files, problems), ...checkNames(files), ...checkBodyLinks(files), ...checkStructure(files));
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { entries, problems };
}

/** Frontmatter values under an address-like key (`url`, `website`…) follow the body's link rule. */
function checkAddresses(f: ContentFile): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, at: PropertyKey[]) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...at, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...at, k]);
    else if (typeof value === 'string' && at.some((k) => typeof k === 'string' && isAddressKey(k))) {
      const why = linkProblem(value);
      if (why) problems.push({ file: f.file, line: f.lineOf(at), field: formatPath(at), message: why });
    }
  };
  walk(f.data, []);
  return problems;
}

/** The field naming an entry's parent, where a collection has one: following it must never come back. */
const PARENT_FIELD: Partial<Record<CollectionName, string>> = { missions: 'parent', organizations: 'parent', projects: 'partOf' };

/**
 * An entry that names itself (as its parent, successor, source…) and a chain of parents that comes back
 * to where it started would make pages that contain themselves; both fail validate, at the field.
 */
function checkStructure(files: ContentFile[]): Problem[] {
  const problems: Problem[] = [];
  const byKey = new Map(files.map((f) => [`${f.collection}/${f.id}`, f]));
  for (const f of files) {
    for (const { path, ref } of rawReferences(f.collection, f.data)) {
      if (ref.collection === f.collection && ref.id === f.id) {
        problems.push({ file: f.file, line: f.lineOf(path), field: formatPath(path), message: `names this entry itself ("${f.id}"); an entry cannot be its own ${formatPath(path).replace(/\[\d+\]/g, '')}` });
      }
    }
    const field = PARENT_FIELD[f.collection];
    if (!field) continue;
    const parentOf = (g: ContentFile) => {
      const v = (g.data as Record<string, unknown> | undefined)?.[field];
      return typeof v === 'string' && v !== g.id ? byKey.get(`${g.collection}/${v}`) : undefined;
    };
    const chain = [f.id];
    const seen = new Set<string>();
    for (let p = parentOf(f); p && !seen.has(p.id); p = parentOf(p)) {
      if (p.id === f.id) {
        problems.push({ file: f.file, line: f.lineOf([field]), field, message: `the chain of ${field} comes back to this entry: ${[...chain, f.id].join(' → ')}` });
        break;
      }
      seen.add(p.id);
      chain.push(p.id);
    }
  }
  return problems;
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
function checkBodyLinks(files: ContentFile[], targets = files): Problem[] {
  const ids = new Map(COLLECTIONS.map((c) => [c as string, new Set(targets.filter((f) => f.collection === c).map((f) => f.id))]));
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
