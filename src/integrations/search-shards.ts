// One language's search index in shards (src/lib/search-shards.ts), each indexed again only when the
// pages it holds changed: what scripts/index-search.ts runs for each language, in a process of its own.
//
// Whether a shard changed is known in two steps, both from what the shard was built from, kept in the build
// cache (node_modules/.astro/civic-atlas-search/<lang>.json):
// 1. the digest of its built pages (the bytes of each, its search record, its address) and of the code that
//    turns them into Pagefind's input: when it is the same, nothing is read again;
// 2. otherwise its pages are prepared for Pagefind again, and the digest of that input, which is exactly what
//    Pagefind would index, decides: a page whose surroundings alone changed (a neighbour's title in its
//    navigation) leaves its shard as it was.
// A shard whose output is not where the cache says (a deleted dist/, an edited file) is indexed again.
//
// A shard prepared again keeps each of its pages' Pagefind input by the page's digest (<lang>-<k>.pages.json
// beside the states): after a one-page edit, one page of the shard is cut down again, not all of them.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { countWords, prepareForIndex } from '../lib/search-index.ts';
import { serializeVocabulary } from '../lib/search-text.ts';
import { searchRecordHtml, type SearchRecord } from '../lib/search-record.ts';
import { vocabularyFile, SEARCH_INDEX_DIR } from '../lib/search-preload.ts';
import { shardCount, shardFolder, shardOf, sortOrderFile, sortOrderOf, PAGES_PER_SHARD, type SortablePage } from '../lib/search-shards.ts';
import type { Lang } from '../i18n/langs.ts';
import { sourceDigestOf } from '../data/source-digest.ts';
import { readKeptFor, stampOf, stillStamped, writeKeptFor, type FileStamp } from '../data/build-cache.ts';

/** What indexing reports through. */
export interface ShardLogger { info(message: string): void }

/** Pagefind's list of an index's languages. */
export const ENTRY_FILE = 'pagefind-entry.json';

/** Pages handed to Pagefind at a time: enough to keep its process busy, few enough to bound memory. */
const IN_FLIGHT = 32;

/** One built entry page of the language, with its search record. */
export interface IndexedPage { file: string; url: string; record: SearchRecord }

/** What the cache keeps of a shard. */
interface ShardState {
  /** Digest of the built pages and the code (step 1). */
  built: string;
  /** Digest of Pagefind's input (step 2). */
  input: string;
  /** The shard's line in its pagefind-entry.json (`languages[lang]`): its output, as written. */
  output: string;
  /** Pages per word of the shard, for the language's vocabulary. */
  counts: [string, number][];
  /** Each page's Pagefind result id, for the sort order. */
  ids: Record<string, string>;
}
/** What is kept of a language, under the digest of the indexing code (codeDigest). */
interface ShardCache { shards: ShardState[]; files?: FileRecord }
/**
 * Each built page's bytes by digest, stamped with the page's size and time (build-cache.ts): a page still as
 * stamped is not read again to be digested, as src/integrations/write-files.ts does for its files. Astro leaves
 * the pages it skips untouched; a page it writes has a new time.
 */
type FileRecord = Record<string, FileStamp>;
/** A page's Pagefind input, kept: the page's digest (pageDigestOf), the HTML handed over and the page's words. */
type KeptPage = [digest: string, html: string, words: string[]];

export interface ShardOptions {
  /** Where the shard states are kept between builds. */
  cacheDir: string;
  /** Where shard 0, which the caller merges into the primary index, is written (relative to the site). */
  primaryPart: string;
  pagesPerShard?: number;
}

/**
 * Indexes `pages` (every entry page of `lang` in the built site `site`) in shards, writing each changed shard
 * (shard 0 to `primaryPart`, for the caller to merge; the others in place), the language's vocabulary and, when
 * there is more than one shard, its sort order. Returns what it did, for the log.
 */
export async function indexLanguageInShards(site: string, lang: Lang, pages: IndexedPage[], logger: ShardLogger, options: ShardOptions) {
  const count = shardCount(pages.length, options.pagesPerShard ?? PAGES_PER_SHARD);
  const shards: IndexedPage[][] = Array.from({ length: count }, () => []);
  for (const page of [...pages].sort((a, b) => (a.url < b.url ? -1 : 1))) shards[shardOf(page.record.family, count)].push(page);
  const cacheFile = path.join(options.cacheDir, `${lang}.json`);
  const version = codeDigest();
  // A cache cut short by a killed build, or kept by other code, is one missed.
  const cache = readKeptFor<ShardCache>(cacheFile, version);
  const states: ShardState[] = [];
  const files: FileRecord = {};
  /** The digest of what a page's Pagefind input is made from: its address, its search record and its built bytes. */
  const pageDigestOf = (p: IndexedPage): string => {
    const known = cache?.files?.[p.url];
    files[p.url] = stillStamped(p.file, known) ? known : stampOf(p.file, digest(fs.readFileSync(p.file)));
    return digest(p.url, JSON.stringify(p.record), files[p.url][0]);
  };
  let indexed = 0;
  let prepared = 0;
  for (const [k, shardPages] of shards.entries()) {
    const before = cache?.shards[k];
    const pageDigests = shardPages.map(pageDigestOf);
    const built = digest(version, ...pageDigests);
    const output = outputOf(site, lang, k);
    if (before && output && before.built === built && before.output === output) {
      states.push(before);
      continue;
    }
    prepared++;
    const pageCacheFile = path.join(options.cacheDir, `${lang}-${k}.pages.json`);
    const kept = readKeptFor<Record<string, KeptPage>>(pageCacheFile, version);
    const next: Record<string, KeptPage> = {};
    const counts = new Map<string, number>();
    const inputs = shardPages.map((p, i) => {
      let page = kept?.[p.url];
      if (page?.[0] !== pageDigests[i]) {
        const { html, words } = prepareForIndex(fs.readFileSync(p.file, 'utf8'), p.file, searchRecordHtml(p.record), p.record.placeNames);
        page = [pageDigests[i], html, [...words]];
      }
      next[p.url] = page;
      countWords(counts, page[2]);
      return { url: p.url, content: page[1] };
    });
    writeKeptFor(pageCacheFile, version, next);
    const input = digest(version, ...inputs.flatMap((i) => [i.url, i.content]));
    if (before && output && before.input === input && before.output === output) {
      states.push({ ...before, built });
      continue;
    }
    indexed++;
    const folder = k === 0 ? options.primaryPart : shardFolder(lang, k, SEARCH_INDEX_DIR);
    const ids = await writeShard(path.join(site, folder), lang, inputs, k > 0);
    states.push({ built, input, output: k === 0 ? '' : outputOf(site, lang, k), counts: [...counts], ids });
  }
  removeShardsPast(site, lang, count);
  removePageCachesPast(options.cacheDir, lang, count);
  writeVocabulary(site, lang, states);
  const order = path.join(site, sortOrderFile(lang, SEARCH_INDEX_DIR));
  if (count > 1) {
    const sortable: SortablePage[] = shards.flatMap((shardPages, k) => shardPages.map((p) => ({ id: states[k].ids[p.url], url: p.url, sort: p.record.sort })));
    fs.mkdirSync(path.dirname(order), { recursive: true });
    fs.writeFileSync(order, JSON.stringify(sortOrderOf(sortable)));
  } else fs.rmSync(order, { force: true });
  // Shard 0's output is known once the caller has merged it into the primary index (completeShardStates).
  writeKeptFor(cacheFile, version, { shards: states, files } satisfies ShardCache);
  logger.info(`${lang}: ${pages.length} pages in ${count} shard${count > 1 ? 's' : ''}; ${indexed} indexed, ${prepared - indexed} read again and unchanged, ${count - prepared} unchanged.`);
  return { indexed: indexed, count };
}

/**
 * Records, once shard 0 of `lang` has been merged into the primary index, its line there as the shard's
 * output; until then the shard counts as missing, and the next build indexes it again.
 */
export function completeShardStates(site: string, lang: Lang, cacheDir: string) {
  const file = path.join(cacheDir, `${lang}.json`);
  const version = codeDigest();
  const cache = readKeptFor<ShardCache>(file, version);
  if (!cache?.shards[0] || cache.shards[0].output) return;
  cache.shards[0] = { ...cache.shards[0], output: outputOf(site, lang, 0) };
  writeKeptFor(file, version, cache);
}

/** Indexes one shard's pages into `folder` (emptied first), and returns each page's result id. */
async function writeShard(folder: string, lang: Lang, inputs: { url: string; content: string }[], merged: boolean): Promise<Record<string, string>> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const failures: string[] = [];
  const pending = new Set<Promise<unknown>>();
  for (const input of inputs) {
    const adding = index.addHTMLFile(input).then((r) => {
      if (r.errors.length) failures.push(`${input.url}: ${r.errors.join('; ')}`);
    });
    pending.add(adding);
    void adding.finally(() => pending.delete(adding));
    if (pending.size >= IN_FLIGHT) await Promise.race(pending);
  }
  await Promise.all(pending);
  if (failures.length) throw new Error(`Pagefind indexing failed: ${failures.join('; ')}`);
  // A fresh folder: a file of an earlier build that this one does not write would linger.
  fs.rmSync(folder, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: folder });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  // A merged shard is read for its index alone: Pagefind's scripts, styles and WebAssembly come from the primary.
  if (merged) {
    for (const name of fs.readdirSync(folder)) {
      if (!(name === ENTRY_FILE || name.startsWith(`pagefind.${lang}_`) || ['fragment', 'index', 'filter'].includes(name))) fs.rmSync(path.join(folder, name), { recursive: true });
    }
  }
  return resultIds(folder, lang);
}

/** The result id of each page of a written index: its fragment's name, read from the fragment itself. */
function resultIds(folder: string, lang: Lang): Record<string, string> {
  const ids: Record<string, string> = {};
  const dir = path.join(folder, 'fragment');
  for (const name of fs.readdirSync(dir)) {
    if (!name.startsWith(`${lang}_`) || !name.endsWith('.pf_fragment')) continue;
    // gzip of "pagefind_dcd" and the fragment's JSON.
    const text = zlib.gunzipSync(fs.readFileSync(path.join(dir, name))).toString('utf8');
    const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
    ids[url] = name.slice(0, -'.pf_fragment'.length);
  }
  return ids;
}

/** A shard's line in the pagefind-entry.json it is read from, or '' when that file or line is missing. */
function outputOf(site: string, lang: Lang, k: number): string {
  const file = path.join(site, shardFolder(lang, k, SEARCH_INDEX_DIR), ENTRY_FILE);
  if (!fs.existsSync(file)) return '';
  const entry = JSON.parse(fs.readFileSync(file, 'utf8')) as { languages?: Record<string, unknown> };
  return entry.languages?.[lang] ? JSON.stringify(entry.languages[lang]) : '';
}

/** Removes the language's shard folders an earlier, larger catalogue had. */
function removeShardsPast(site: string, lang: Lang, count: number) {
  const root = path.join(site, SEARCH_INDEX_DIR);
  if (!fs.existsSync(root)) return;
  for (const name of fs.readdirSync(root)) {
    const k = new RegExp(`^${lang}-(\\d+)$`).exec(name)?.[1];
    if (k !== undefined && Number(k) >= count) fs.rmSync(path.join(root, name), { recursive: true, force: true });
  }
}

function writeVocabulary(site: string, lang: Lang, states: ShardState[]) {
  const counts = new Map<string, number>();
  for (const state of states) for (const [word, n] of state.counts) counts.set(word, (counts.get(word) ?? 0) + n);
  const file = path.join(site, vocabularyFile(lang));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, serializeVocabulary(counts));
}

/** Removes the kept pages of the language's shards an earlier, larger catalogue had. */
function removePageCachesPast(cacheDir: string, lang: Lang, count: number) {
  if (!fs.existsSync(cacheDir)) return;
  for (const name of fs.readdirSync(cacheDir)) {
    const k = new RegExp(`^${lang}-(\\d+)\\.pages\\.json$`).exec(name)?.[1];
    if (k !== undefined && Number(k) >= count) fs.rmSync(path.join(cacheDir, name), { force: true });
  }
}

const digest = (...parts: (string | Buffer)[]) => {
  const hash = crypto.createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};


let code: string | undefined;
/**
 * The digest of what turns built pages into the index: the source of this module and of every module it
 * imports from the project, found by following their imports, and Pagefind's version. A change to any of them
 * (the way pages are cut down, the spelling variants, the shard rule) indexes every shard again.
 */
export function codeDigest(): string {
  // Pagefind's entry is lib/index.js; its version is in the package.json above it.
  const pagefindPackage = path.resolve(path.dirname(fileURLToPath(import.meta.resolve('pagefind'))), '..', 'package.json');
  return (code ??= sourceDigestOf([fileURLToPath(import.meta.url)], [fs.readFileSync(pagefindPackage)]));
}
