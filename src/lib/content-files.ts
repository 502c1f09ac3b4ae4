// The one reader of the content tree (no Astro), used by `npm run validate`, the build's content check
// and the tests. Content arrives from strangers, so the tree is not trusted as listed: this walks the
// folders itself and refuses, with a message each, what Astro's glob loader would silently skip or
// follow (symbolic links, subfolders, dotfiles, folders that are not collections, other file types), and
// file names whose id, derived as the loader derives it, is not the name itself.
//
// Frontmatter is cut out with Astro's own splitter (@astrojs/internal-helpers/frontmatter, what @astrojs/mdx
// and the glob loader call) and read with js-yaml, Astro's YAML parser, with its core schema: the same
// values, except that dates stay the strings they were written as (Astro's default schema turns an
// unquoted 2019-02-30 into 2 March; the check must see what the author wrote). Anchors and aliases are
// refused: a 465-byte alias bomb expands to gigabytes in whoever walks the data. Positions come from the
// `yaml` library, parsed only when a problem needs a line number.
import fs from 'node:fs';
import path from 'node:path';
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { distance } from 'fastest-levenshtein';
import { slug as githubSlug } from 'github-slugger';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { LineCounter, parseDocument, isNode, isAlias, visit, type Document } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../schemas/vocabularies.ts';
import { IMAGE_FOLDER } from './url-policy.ts';
import { slugify } from './slug.ts';
import { DEFAULT_LANG, LANGS, isLang, type Lang } from '../i18n/langs.ts';

export interface ContentFile {
  collection: CollectionName;
  /** The language of a translation (content/ru/<collection>/<id>.mdx); English entries have none. */
  lang?: Exclude<Lang, 'en'>;
  id: string;
  /** Path relative to the project root, as authors see it in a pull request. */
  file: string;
  /** Parsed frontmatter, or undefined when it could not be parsed. */
  data: unknown;
  body: string;
  /** Line of the file on which the body starts, so body problems can name file lines. */
  bodyLine: number;
  /** Line (1-based, in the file) of the value at a frontmatter path, or of its nearest parent. */
  lineOf(pathInData: readonly PropertyKey[]): number;
  /** Problems found while splitting and parsing the file. */
  syntaxErrors: { line: number; message: string }[];
}

/** A problem with the tree itself (a file that is not an entry), in validate's shape. */
export interface TreeProblem { file: string; line: number; field: string; message: string }

/** Bounds on what one file may hold: far above any real entry (the largest is 5 KB), far below harm. */
export const FILE_LIMITS = { fileBytes: 200_000, frontmatterBytes: 20_000 } as const;

const noFrontmatter = 'expected frontmatter at the top of the file: a line "---", the fields, and a line "---"';

/** Lines in a piece of text before `end`. */
const linesBefore = (text: string, end: number) => text.slice(0, end).split('\n').length;

export function parseContentFile(collection: CollectionName, file: string, text: string, id = path.basename(file).replace(/\.mdx?$/, '')): ContentFile {
  const fail = (line: number, message: string): ContentFile => ({
    collection, id, file, data: undefined, body: '', bodyLine: 1, lineOf: () => 1, syntaxErrors: [{ line, message }],
  });
  // Astro accepts a byte-order mark before the first "---" (and so do we: it is invisible in editors).
  const code = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const frontmatter = extractFrontmatter(code);
  if (frontmatter === undefined) return fail(1, /^(---|\+\+\+)[ \t]*\r?\n/.test(code) ? 'the frontmatter has no closing "---" line' : noFrontmatter);
  // Astro's splitter is lenient; we accept only the form whose two ends every tool agrees on:
  // "---" alone on the first line and alone on the closing line. Anything else Astro would still read,
  // differently from what an author (or GitHub's preview) sees, so it is named rather than guessed at.
  if (!code.startsWith('---')) {
    if (code.startsWith('+++')) return fail(1, 'frontmatter must be YAML between two "---" lines; "+++" (TOML) is not used here');
    return fail(1, 'the file must start with the "---" line; remove what comes before it');
  }
  const openEnd = 3 + frontmatter.length;
  if (!/^[ \t]*\r?\n/.test(frontmatter)) return fail(1, 'the first line must be "---" alone');
  const closing = code.slice(openEnd, openEnd + 3);
  const after = code.slice(openEnd + 3);
  const closingLine = linesBefore(code, openEnd);
  if (closing !== '---' || !/^[ \t]*(\r?\n|$)/.test(after)) {
    return fail(closingLine, `Astro ends the frontmatter at this line, which starts with "${closing}"; the closing line must be "---" alone (a value starting with "---" or "+++" needs quotes)`);
  }
  if (frontmatter.length > FILE_LIMITS.frontmatterBytes) {
    return fail(2, `the frontmatter is ${Math.round(frontmatter.length / 1000)} KB; at most ${FILE_LIMITS.frontmatterBytes / 1000} KB are allowed`);
  }
  const depth = nestingProblem(frontmatter);
  if (depth) return fail(depth.line, depth.message);
  const body = after.replace(/^[ \t]*\r?\n/, '');
  // Astro's cut keeps the newline before the closing "---"; without it, an error at the end of the YAML is
  // reported on the last field's line, not on the closing line.
  const yamlText = frontmatter.replace(/\r?\n$/, '');
  const bodyLine = closingLine + 1;
  // Frontmatter starts on line 1 of the file with the rest of the "---" line, so offsets map directly.
  let positions: Positions | undefined;
  const located = () => {
    if (!positions) {
      const lineCounter = new LineCounter();
      positions = { doc: parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true }), toFileLine: (offset) => lineCounter.linePos(offset).line };
    }
    return positions;
  };
  let data: unknown;
  let syntaxErrors: ContentFile['syntaxErrors'] = [];
  const aliases = /[&*]/.test(yamlText) ? aliasProblems(located()) : [];
  if (aliases.length) {
    syntaxErrors = aliases;
  } else {
    try {
      data = load(yamlText, { schema: CORE_SCHEMA }) ?? {};
      if (typeof data !== 'object' || Array.isArray(data)) syntaxErrors = [{ line: 2, message: `expected fields (name: value) between the "---" lines — got ${Array.isArray(data) ? 'a list' : JSON.stringify(data)}` }];
    } catch (e) {
      if (!(e instanceof YAMLException)) throw e;
      syntaxErrors = syntaxErrorsOf(e, located());
    }
  }
  const lineOf = (p: readonly PropertyKey[]) => {
    const { doc, toFileLine } = located();
    for (let n = p.length; n >= 0; n--) {
      const node = doc.getIn(p.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return toFileLine(node.range[0]);
      if (n > 0) {
        // A key with no value (`title:`) has a pair but no value node; point at the key.
        const parent = doc.getIn(p.slice(0, n - 1) as unknown[], true) as { items?: { key?: { value?: unknown; range?: number[] } }[] };
        const pair = parent?.items?.find((i) => i.key?.value === p[n - 1]);
        if (pair?.key?.range) return toFileLine(pair.key.range[0]);
      }
    }
    return 1;
  };
  return { collection, id, file, data: syntaxErrors.length ? undefined : data, body, bodyLine, lineOf, syntaxErrors };
}

/**
 * YAML parsers recurse on nesting: 5,000 "[" overflow their stacks. Frontmatter nests two levels deep
 * (a list of objects), so more than 16 brackets or 64 columns of indentation is refused before parsing.
 */
function nestingProblem(frontmatter: string): { line: number; message: string } | undefined {
  // Most frontmatter has a handful of brackets and shallow indentation: one pass each says so.
  // (Frontmatter as Astro cuts it starts with the newline ending the "---" line, so every line follows a "\n".)
  if (frontmatter.replace(/[^[{]+/g, '').length <= 16 && !/\n[ \t]{65}/.test(frontmatter)) return undefined;
  let depth = 0;
  let line = 1;
  let quote = '';
  for (let i = 0; i < frontmatter.length; i++) {
    const c = frontmatter[i];
    if (c === '\n') { line++; if (/^[ \t]{65}/.test(frontmatter.slice(i + 1, i + 66))) return { line: line, message: 'a line indented more than 64 columns; frontmatter nests a few levels, not dozens' }; continue; }
    if (quote) { if (c === quote) quote = ''; continue; }
    if (c === '"' || c === "'") { if (/[\s[{,:]/.test(frontmatter[i - 1] ?? ' ')) quote = c; continue; }
    if (c === '[' || c === '{') {
      if (++depth > 16) return { line, message: 'brackets nested more than 16 deep; frontmatter nests a few levels, not dozens' };
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/** The frontmatter parsed with positions, and how an offset in it becomes a line of the file. */
interface Positions { doc: Document; toFileLine: (offset: number) => number }

/** Every anchor (`&a`) and alias (`*a`), each on its line: refused outright, so no expansion can blow up. */
function aliasProblems({ doc, toFileLine }: Positions) {
  const found: { line: number; message: string }[] = [];
  visit(doc, (_key, node) => {
    if (found.length >= 5) return visit.BREAK;
    const at = (node as { range?: number[] }).range?.[0] ?? 0;
    if (isAlias(node)) found.push({ line: toFileLine(at), message: `YAML aliases (*${node.source}) are not allowed: write the value out` });
    else if (isNode(node) && node.anchor) found.push({ line: toFileLine(at), message: `YAML anchors (&${node.anchor}) are not allowed: write each value out where it is used` });
    return undefined;
  });
  return found;
}

/**
 * Syntax errors in the `yaml` library's words, which name the problem more plainly; where it accepts
 * what js-yaml rejects, js-yaml's own reason, at its line.
 */
function syntaxErrorsOf(rejected: YAMLException, { doc, toFileLine }: Positions) {
  if (doc.errors.length) return doc.errors.map((e) => ({ line: toFileLine(e.pos[0]), message: `YAML syntax: ${e.message.split('\n')[0]}` }));
  return [{ line: (rejected.mark?.line ?? 0) + 1, message: `YAML syntax: ${rejected.reason}` }];
}

/** Refuses bytes that are not UTF-8 instead of reading them as U+FFFD, as Node's 'utf8' reading would. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A name as it can be printed on one line: control characters (a newline in a file name) spelt out. */
const printable = (name: string) => name.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));

/** The id Astro's glob loader gives a file (github-slugger over the name without its extension). */
export const astroIdOf = (fileName: string) => githubSlug(fileName.replace(/\.[^.]*$/, ''));

const nearest = (name: string, candidates: readonly string[]) => {
  const best = [...candidates].sort((a, b) => distance(name, a) - distance(name, b))[0];
  return best && distance(name, best) <= 3 ? best : undefined;
};

/** What the reader found: the entries, the problems with the tree, and the images content may show. */
export interface ContentTree { files: ContentFile[]; problems: TreeProblem[]; images: Set<string> }

/** Every content file of every collection, in a stable order, with every problem in the tree. */
export function readContentTree(root: string): ContentTree {
  const problems: TreeProblem[] = [];
  const files: ContentFile[] = [];
  const refuse = (file: string, message: string) => problems.push({ file: printable(file), line: 1, field: '', message });
  const contentDir = path.join(root, 'content');
  const list = (dir: string) => fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  if (!fs.existsSync(contentDir)) return { files, problems, images: new Set() };
  if (fs.lstatSync(contentDir).isSymbolicLink()) {
    refuse('content', 'content/ must be a folder of the repository, not a symbolic link: what it points at would be published');
    return { files, problems, images: new Set() };
  }
  // content/<collection>/ holds the English entries; content/<lang>/<collection>/ their translations.
  const readCollection = (dir: string, where: string, collection: CollectionName, lang?: Exclude<Lang, 'en'>) => {
    const byId = new Map<string, string>();
    for (const entry of list(dir)) {
      const file = `${where}/${entry.name}`;
      if (entry.name.startsWith('.')) { refuse(file, 'hidden files are not published; remove it, or rename it without the leading "."'); continue; }
      if (entry.isSymbolicLink()) { refuse(file, 'symbolic links are not allowed: the file they point at, wherever it is, would be published; copy the content into a file here'); continue; }
      if (entry.isDirectory()) { refuse(`${file}/`, `folders inside a collection are not published; move its .mdx files up into ${where}/`); continue; }
      if (!entry.isFile()) { refuse(file, 'only plain .mdx files belong here'); continue; }
      if (!entry.name.endsWith('.mdx')) {
        refuse(file, `content files must end in .mdx; this file would not be published${/\.(md|markdown|MDX)$/.test(entry.name) ? ` — rename it to ${printable(entry.name.replace(/\.[^.]*$/, '.mdx'))}` : ''}`);
        continue;
      }
      const full = path.join(dir, entry.name);
      const stem = entry.name.slice(0, -'.mdx'.length);
      const id = astroIdOf(entry.name);
      if (id !== stem || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(stem)) {
        const better = slugify(stem);
        refuse(file, `file names must be lowercase words and digits joined by hyphens (the name is the entry's address and the id references use); Astro would publish this as "${printable(id)}"${better ? ` — rename it to ${better}.mdx` : ''}`);
      }
      const clash = byId.get(id);
      if (clash) { refuse(file, `becomes the same entry as ${printable(clash)} (both get the id "${printable(id)}"), and one of them would vanish`); continue; }
      byId.set(id, file);
      let text: string;
      try {
        const bytes = fs.readFileSync(full);
        if (bytes.length > FILE_LIMITS.fileBytes) { refuse(file, `the file is ${Math.round(bytes.length / 1000)} KB; at most ${FILE_LIMITS.fileBytes / 1000} KB are allowed`); continue; }
        text = UTF8.decode(bytes);
      } catch (e) {
        refuse(file, e instanceof TypeError ? 'the file is not valid UTF-8 text; save it as UTF-8' : `the file could not be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
        continue;
      }
      files.push({ ...parseContentFile(collection, printable(file), text, id), ...(lang ? { lang } : {}) });
    }
  };
  // A folder is acceptable only if it is a collection (or a translation tree of collections): anything
  // else would silently publish nothing, so it is named.
  const checkFolder = (top: fs.Dirent, where: string): boolean => {
    if (top.name.startsWith('.')) { refuse(where, 'hidden files and folders in content/ are not published; remove it'); return false; }
    if (top.isSymbolicLink()) { refuse(where, 'symbolic links are not allowed in content/: what they point at would be published'); return false; }
    if (!top.isDirectory()) { refuse(where, `only collection folders belong in ${path.posix.dirname(where)}/ (${COLLECTIONS.join(', ')})`); return false; }
    return true;
  };
  const notACollection = (name: string, where: string, extra = '') => {
    const guess = nearest(name, COLLECTIONS);
    refuse(`${where}/`, `"${name}" is not a collection, so nothing in it would be published — expected one of ${COLLECTIONS.join(', ')}${extra}${guess ? `; did you mean ${path.posix.dirname(where)}/${guess}/?` : ''}`);
  };
  for (const top of list(contentDir)) {
    const where = `content/${top.name}`;
    if (!checkFolder(top, where)) continue;
    if ((COLLECTIONS as readonly string[]).includes(top.name)) {
      readCollection(path.join(contentDir, top.name), where, top.name as CollectionName);
    } else if (isLang(top.name) && top.name !== DEFAULT_LANG) {
      const lang = top.name;
      for (const sub of list(path.join(contentDir, lang))) {
        const subWhere = `${where}/${sub.name}`;
        if (!checkFolder(sub, subWhere)) continue;
        if (!(COLLECTIONS as readonly string[]).includes(sub.name)) { notACollection(sub.name, subWhere); continue; }
        readCollection(path.join(contentDir, lang, sub.name), subWhere, sub.name as CollectionName, lang as Exclude<Lang, 'en'>);
      }
    } else {
      notACollection(top.name, where, ` (or a translation folder: ${LANGS.filter((l) => l !== DEFAULT_LANG).join(', ')})`);
    }
  }
  return { files, problems: [...problems, ...publicProblems(root)], images: listImages(root) };
}

/**
 * public/ is copied into the site as it is, so a symbolic link there would publish whatever it points at
 * (the build reads it). None are allowed, at any depth.
 */
function publicProblems(root: string): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const walk = (dir: string, rel: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = `${rel}/${entry.name}`;
      if (entry.isSymbolicLink()) problems.push({ file: printable(file), line: 1, field: '', message: 'symbolic links are not allowed in public/: the file they point at would be published' });
      else if (entry.isDirectory()) walk(path.join(dir, entry.name), file);
    }
  };
  walk(path.join(root, 'public'), 'public');
  return problems;
}

/** The plain files in public/images/ (names only): the images an entry may show. */
function listImages(root: string): Set<string> {
  const dir = path.join(root, IMAGE_FOLDER);
  if (!fs.existsSync(dir)) return new Set();
  return new Set(fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name));
}

/** The English content files of a tree (translations are the files with a language). */
export const englishFilesOf = (tree: ContentTree): ContentFile[] => tree.files.filter((f) => !f.lang);

/** Every English content file of every collection that the reader accepts, in a stable order. */
export const readContent = (root: string): ContentFile[] => englishFilesOf(readContentTree(root));

/**
 * A build reads the content tree once, in its content check (src/integrations/content-check.ts), and its other
 * readers (the prose links' index of names, for each language, in the loader and in the Markdown processor)
 * take that same reading: at 10,000 entries each reading parses 20,000 files' YAML. Kept on globalThis
 * because the config's integrations and the content config are loaded by different module loaders, each with
 * its own copy of this module. Only `astro build` keeps one (content does not change during a build); every
 * other caller reads the files.
 */
const BUILD_TREE = Symbol.for('civic-atlas.build-content-tree');
type Kept = { [BUILD_TREE]?: { root: string; tree: ContentTree } };

export function keepTreeForBuild(root: string, tree: ContentTree): void {
  (globalThis as Kept)[BUILD_TREE] = { root: path.resolve(root), tree };
}

/**
 * The build's reading of the tree under `root` if it kept one, else a fresh reading. The root may be
 * written either way (the config's root ends in a slash, the working directory does not).
 */
export function contentTreeOf(root: string): ContentTree {
  const kept = (globalThis as Kept)[BUILD_TREE];
  return kept?.root === path.resolve(root) ? kept.tree : readContentTree(root);
}
