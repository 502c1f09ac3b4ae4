// Entry bodies as the content loader rendered them (src/data/entry-loader.ts), kept out of Astro's content
// store: one small JSON file per body, named by the body's digest, in the build cache
// (node_modules/.astro/civic-atlas-bodies/<loader base>/<digest>.json), read by the entry page that shows it.
//
// Why not in the store with the rest of the entry: Astro writes its store as one string on every content
// sync, and bundles it into the build. With every body's HTML in it, at 50,000 entries that string passes
// V8's longest ("Invalid string length"); the store's chunked writer (experimental.collectionStorage) gets
// past that, but it measures the text one character at a time through a TextEncoder, about 2 µs a
// character: 28 s of a 1,000-entry rebuild's 54 s went on rewriting a store in which one body had changed.
// Without the HTML the store is small enough to be written as one string, and read and bundled faster.
import fs from 'node:fs';
import path from 'node:path';
import type { MarkdownHeading } from 'astro';
import { buildCacheDir, readKeptFor, writeKept, writeKeptFor } from './build-cache.ts';

/** What an entry page needs of its body: the HTML, and the headings for "On this page". */
export interface RenderedBody {
  html: string;
  headings: MarkdownHeading[];
}

/** An entry file as the content store holds it: where it is, and the digest its rendered body is kept by. */
export type StoredEntry = { filePath?: string; digest?: string | number };

/** The folder of one loader's bodies (its base is a folder of the content tree, e.g. content/projects). */
export function renderedBodiesDir(root: string, base: string): string {
  return path.join(buildCacheDir(root, 'civic-atlas-bodies'), ...base.split('/'));
}

/**
 * The loader an entry file belongs to, from the first two parts of its path: content/<collection>/<id>.mdx
 * to the loader of content/<collection>, a translation's content/<lang>/<collection>/<id>.mdx to that of content/<lang>.
 */
function loaderBaseOf(filePath: string): string {
  const parts = filePath.split('/');
  return parts.slice(0, 2).join('/');
}

function bodyFile(root: string, base: string, digest: string): string {
  if (!/^[0-9a-f]+$/.test(digest)) throw new Error(`A body digest should be hexadecimal; found "${digest}".`);
  return path.join(renderedBodiesDir(root, base), `${digest}.json`);
}

export function hasRenderedBody(root: string, base: string, digest: string): boolean {
  return fs.existsSync(bodyFile(root, base, digest));
}

export function writeRenderedBody(root: string, base: string, digest: string, body: RenderedBody): void {
  writeKept(bodyFile(root, base, digest), JSON.stringify(body));
}

/**
 * The body an entry page shows. The loader has written it in this same build's content sync (or kept it
 * from an earlier one, having checked it is there), so a missing file is a broken cache, said as such.
 */
export function readRenderedBody(root: string, { filePath, digest }: StoredEntry): RenderedBody {
  if (!filePath || digest === undefined) throw new Error(`An entry without a file or digest has no rendered body (file ${filePath ?? 'unknown'}); its loader is not src/data/entry-loader.ts.`);
  const file = bodyFile(root, loaderBaseOf(filePath), String(digest));
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as RenderedBody;
  } catch (error) {
    throw new Error(`The rendered body of ${filePath} is missing from the build cache (${path.relative(root, file)}): ${(error as Error).message}. Delete node_modules/.astro and build again.`, { cause: error });
  }
}

/** Where a loader's body digests are kept: beside the bodies' folders, not in one (their sweep keeps bodies alone). */
const digestsFile = (root: string, base: string) => path.join(buildCacheDir(root, 'civic-atlas-body-digests'), `${base.split('/').join('+')}.json`);

/**
 * The digest each entry file of a loader had in the last build, by the digest of its text, as long as
 * `context` (the renderer's version and the catalogue's names, on which the digest also depends) is the same;
 * and the record of this build's, filled by the loader (`next`) and written by `save`.
 */
export function readBodyDigests(root: string, base: string, context: string) {
  const file = digestsFile(root, base);
  // None yet, or cut short by a killed build, or another context: every digest is worked out again.
  const digests = new Map<string, [text: string, digest: string]>(readKeptFor<[string, [string, string]][]>(file, context) ?? []);
  const next = new Map<string, [text: string, digest: string]>();
  const same = () => next.size === digests.size && [...next].every(([id, [text, digest]]) => digests.get(id)?.[0] === text && digests.get(id)?.[1] === digest);
  return {
    digests,
    next,
    save() {
      if (!same()) writeKeptFor(file, context, [...next]);
    },
  };
}

/** Removes the bodies of a loader's folder that no entry has now (an edited body leaves its old digest behind). */
export function sweepRenderedBodies(root: string, base: string, keep: ReadonlySet<string>): void {
  const dir = renderedBodiesDir(root, base);
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) if (!keep.has(name.replace(/\.json$/, ''))) fs.rmSync(path.join(dir, name), { force: true });
}
