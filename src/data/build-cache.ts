// Files this build keeps between builds, beside Astro's own cache (node_modules/.astro), so that whatever
// keeps that folder between runs (CI does) keeps these too. A file is written whole or not at all: under
// another name, then renamed, so a build stopped halfway never leaves half a file to be read; and one that
// cannot be read (none yet, or an older format) is a cache missed, never an error.
import fs from 'node:fs';
import path from 'node:path';

/** The folder of one of this build's caches, under the project at `root`. */
export const buildCacheDir = (root: string, name: string) => path.join(root, 'node_modules', '.astro', name);

/** `file`'s text, or undefined when there is none to read. */
export function readKept(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** `file`'s JSON, or undefined when there is none or it is cut short (a build killed while writing it). */
export function readKeptJson(file: string): unknown {
  const text = readKept(file);
  try {
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/**
 * The data kept in `file` for `digest` (writeKeptFor), or undefined when it was kept for another digest or not at
 * all. The digest names what the data was made from, the code that made it included, so data of another digest
 * (another shape, perhaps) is never read as this one's.
 */
export function readKeptFor<T>(file: string, digest: string): T | undefined {
  const kept = readKeptJson(file) as { for?: unknown; data?: T } | undefined;
  return kept?.for === digest ? kept.data : undefined;
}

/** Keeps `data` in `file` for `digest`, whole (writeKept). */
export const writeKeptFor = (file: string, digest: string, data: unknown) => writeKept(file, JSON.stringify({ for: digest, data }));

/** Writes `text` to `file` whole (its folder made if need be). */
export function writeKept(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}

/**
 * A file's digest with the size and modification time the file had when it was taken. While the file still has
 * that size and time, no one has written it since, and the digest stands without the file being read again.
 */
export type FileStamp = [digest: string, size: number, mtimeMs: number];

/** `file`'s stamp for `digest` (the digest of what it holds), as it is now. */
export function stampOf(file: string, digest: string): FileStamp {
  const { size, mtimeMs } = fs.statSync(file);
  return [digest, size, mtimeMs];
}

/** Whether `file` is still as `stamp` found it (the same size and time), so its digest still holds. */
export function stillStamped(file: string, stamp: FileStamp | undefined): stamp is FileStamp {
  if (!stamp) return false;
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return !!stat && stat.size === stamp[1] && stat.mtimeMs === stamp[2];
}
