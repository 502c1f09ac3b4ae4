// citeproc's output kept between builds, per item: a rebuild formats only the citations whose CSL item changed.
// The thread's cost is mostly fixed (about 1.5 s of a core per language for the real catalogue, most of it
// compiling the APA style before the first item), so a rebuild in which no cited title, address or date changed
// now starts no thread at all. Kept in the build cache (node_modules/.astro/civic-atlas-citeproc/), which
// `rm -rf node_modules/.astro` clears with the rest, and which CI keeps between runs the same way.
//
// Each item is formatted on its own (one bibliography per item, citeproc-thread.ts), so its HTML depends only on
// the item and the formatter: the key is a digest of the item's CSL-JSON, in a file named by a digest of the
// style, the options, the thread's code and the citation packages' versions. Any of those changing starts a
// new file; the old one is removed.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { CslItem } from '../lib/citation.ts';
import { buildCacheDir, readKeptJson, writeKept } from './build-cache.ts';

const require = createRequire(import.meta.url);

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);
const versionOf = (pkg: string) => (JSON.parse(fs.readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;

/** What the formatter's output depends on besides the item: the name of its cache file. */
export function formatterDigest(parts: unknown[]): string {
  return digest(JSON.stringify([...parts, ['@citation-js/core', '@citation-js/plugin-csl', 'citeproc'].map(versionOf)]));
}

type Format = (items: CslItem[]) => Promise<Map<string, string>>;

/**
 * `format` (items → HTML by id), asked only for the items this cache has not seen formatted by the same
 * formatter (`formatter`: formatterDigest of what its output depends on), in the build cache under `root`.
 * `name` keeps one caller's items apart from another's (each language's citations are made side by side).
 */
export function cachedFormat(format: Format, { name, formatter, root = process.cwd() }: { name: string; formatter: string; root?: string }): Format {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`a citeproc cache name is lowercase letters, digits and hyphens; got "${name}"`);
  return async (items) => {
    const dir = buildCacheDir(root, 'civic-atlas-citeproc');
    const own = `${name}.${formatter}.json`;
    const file = path.join(dir, own);
    // No cache yet, or an unreadable one: format everything.
    const known = (readKeptJson(file) ?? {}) as Record<string, string>;
    const digestOf = new Map(items.map((item) => [item.id, digest(JSON.stringify(item))]));
    const missing = items.filter((item) => known[digestOf.get(item.id)!] === undefined);
    const formatted = missing.length ? await format(missing) : new Map<string, string>();
    const out = new Map<string, string>();
    const kept: Record<string, string> = {};
    for (const item of items) {
      const key = digestOf.get(item.id)!;
      const html = formatted.get(item.id) ?? known[key];
      if (html === undefined) throw new Error(`citation: citeproc returned nothing for ${item.id}`);
      out.set(item.id, html);
      kept[key] = html;
    }
    // Only what this build used is kept, so the file does not grow with every edit; written under another
    // name and renamed, so a build stopped halfway never leaves half a file.
    if (missing.length || Object.keys(known).length !== Object.keys(kept).length) {
      writeKept(file, JSON.stringify(kept));
      // An older formatter's file of the same name is of no further use.
      for (const other of fs.readdirSync(dir)) if (other !== own && other.startsWith(`${name}.`) && other.endsWith('.json')) fs.rmSync(path.join(dir, other), { force: true });
    }
    return out;
  };
}
