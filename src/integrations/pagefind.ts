// Indexes the built pages with Pagefind: the second step of `npm run build` (scripts/index-search.ts), in a
// process of its own once `astro build` has exited, so the build's memory and Pagefind's indexer (2.6 GB at
// 10,000 entries) are never held at the same time. Only elements marked data-pagefind-body are indexed (entry content, not navigation chrome),
// and only entry pages carry one.
import type { AstroIntegrationLogger } from 'astro';
import path from 'node:path';
import fs from 'node:fs';
import * as pagefind from 'pagefind';
import v8 from 'node:v8';
import vm from 'node:vm';
import { pagefindInitFiles, SEARCH_INDEX_DIR, vocabularyFile, withSearchPreloads, type PagefindEntry } from '../lib/search-preload.ts';
import { COLLECTIONS } from '../schemas/vocabularies.ts';
import { countWords, prepareForIndex } from '../lib/search-index.ts';
import { serializeVocabulary } from '../lib/search-text.ts';
import { searchRecordHtml, type SearchRecords } from '../lib/search-record.ts';
import { DEFAULT_LANG, LANGS, type Lang } from '../i18n/langs.ts';

/**
 * Only entry pages carry data-pagefind-body, so only they are read: the overview pages (timeline, map,
 * statistics, quality, collection indexes) grow with the catalogue and would be parsed for nothing.
 */
export const ENTRY_PAGES_GLOB = `{${COLLECTIONS.join(',')}}/*/index.html`;

/** Where the search page finds the index's vocabulary (read only when a query word seems unknown): one file per language. */
export const VOCABULARY_FILE = vocabularyFile(DEFAULT_LANG);

/** What indexing reports through: Astro's integration logger, or the console's in scripts/index-search.ts. */
export type SearchLogger = Pick<AstroIntegrationLogger, 'info' | 'debug'>;

/** Pagefind's list of an index's languages, which the search page reads first. */
const ENTRY_FILE = 'pagefind-entry.json';

/** Pages handed to Pagefind at a time: enough to keep its process busy, few enough to bound memory. */
const IN_FLIGHT = 32;

/**
 * Indexes the entry pages of `langs` in the built site `site` into `site/<outputDir>`, and writes each of those
 * languages' vocabularies. Each entry page is read here and handed to Pagefind cut down to its indexed part,
 * with its words' other spellings added (src/lib/search-index.ts); the words themselves become the
 * vocabulary file the search page corrects typing errors against. scripts/index-search.ts runs this once per
 * language, one after the other, and merges the parts (mergeSearchIndexes); the search page's preloads come last
 * (addSearchPreloads), from the whole index.
 */
export async function indexForSearch(site: string, logger: SearchLogger, { langs = LANGS, outputDir = SEARCH_INDEX_DIR }: { langs?: readonly Lang[]; outputDir?: string } = {}) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const { pages, countsByLang } = await addEntryPages(index, site, () => releaseMemory(logger), langs);
  // A fresh folder: Pagefind leaves a file it would write again unchanged, so an earlier build's index would
  // look stale to the sweep that follows (stale-output.ts), and one it no longer writes would linger.
  fs.rmSync(path.join(site, outputDir), { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: path.join(site, outputDir) });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  const sizes: string[] = [];
  for (const [lang, counts] of countsByLang) {
    const vocabulary = serializeVocabulary(counts);
    const file = path.join(site, vocabularyFile(lang));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, vocabulary);
    sizes.push(`${lang} ${counts.size} words (${Math.round(Buffer.byteLength(vocabulary) / 1024)} KB)`);
  }
  logger.info(`Pagefind indexed ${pages} pages; vocabularies: ${sizes.join(', ')}.`);
  await pagefind.close();
}

/**
 * Puts the languages' indexes, each written on its own to a folder of `site` (`parts`), together as one
 * index in site/pagefind/, as one Pagefind run over every language writes it: every file of a language's
 * index is named for the language (en_…, wasm.ru.pagefind), the files every index has (pagefind.js, the
 * UI, the fallback WebAssembly) are the same in each and are checked to be, and pagefind-entry.json lists
 * the languages of all the parts. The parts' folders are removed.
 */
export function mergeSearchIndexes(site: string, parts: string[]) {
  const target = path.join(site, SEARCH_INDEX_DIR);
  fs.rmSync(target, { recursive: true, force: true });
  const entries = parts.map((part) => JSON.parse(fs.readFileSync(path.join(site, part, ENTRY_FILE), 'utf8')) as PagefindEntry & { version?: string; include_characters?: string[] });
  const [first, ...rest] = entries;
  for (const [i, e] of rest.entries()) {
    if (e.version !== first.version || JSON.stringify(e.include_characters) !== JSON.stringify(first.include_characters)) {
      throw new Error(`the search index parts ${parts[0]} and ${parts[i + 1]} were written by different Pagefind settings (version ${first.version} and ${e.version})`);
    }
  }
  const languages: Record<string, unknown> = {};
  for (const e of entries) Object.assign(languages, e.languages);
  for (const part of parts) {
    const from = path.join(site, part);
    for (const file of fs.readdirSync(from, { recursive: true, withFileTypes: true })) {
      if (!file.isFile() || (file.parentPath === from && file.name === ENTRY_FILE)) continue;
      const source = path.join(file.parentPath, file.name);
      const destination = path.join(target, path.relative(from, source));
      if (fs.existsSync(destination)) {
        if (!fs.readFileSync(destination).equals(fs.readFileSync(source))) throw new Error(`two parts of the search index hold different ${path.relative(target, destination)}`);
        continue;
      }
      fs.mkdirSync(path.dirname(destination), { recursive: true });
      fs.renameSync(source, destination);
    }
    fs.rmSync(from, { recursive: true, force: true });
  }
  fs.writeFileSync(path.join(target, ENTRY_FILE), JSON.stringify({ ...first, languages }));
}

/**
 * Hands every built entry page of `site`, in every language, to a Pagefind index, as the build does (the
 * benchmark times this same step), and returns the page count of every word for each language's vocabulary.
 * Pagefind reads each page's <html lang> and keeps one index per language (Russian pages get its Russian
 * stemming); the search page of a language queries that language's index. `whileIndexing` runs once
 * Pagefind has its first batch to work on.
 */
export async function addEntryPages(index: pagefind.PagefindIndex, site: string, whileIndexing: () => void = () => {}, langs: readonly Lang[] = LANGS) {
  const countsByLang = new Map<Lang, Map<string, number>>();
  const failures: string[] = [];
  const pending = new Set<Promise<unknown>>();
  const records = new Map<Lang, SearchRecords>();
  let pages = 0;
  for (const { file, lang } of entryPages(site, langs)) {
    if (!records.has(lang)) records.set(lang, readSearchRecords(site, lang));
    const url = `/${path.relative(site, path.dirname(file)).split(path.sep).join('/')}/`;
    const record = records.get(lang)![url];
    if (!record) throw new Error(`${url}: the page has no search record in ${searchRecordsFile(lang)}, so search could not filter or sort it`);
    const prepared = prepareForIndex(fs.readFileSync(file, 'utf8'), file, searchRecordHtml(record), record.placeNames);
    if (!countsByLang.has(lang)) countsByLang.set(lang, new Map());
    countWords(countsByLang.get(lang)!, prepared.words);
    const adding = index.addHTMLFile({ url, content: prepared.html }).then((r) => {
      if (r.errors.length) failures.push(`${url}: ${r.errors.join('; ')}`);
    });
    pending.add(adding);
    void adding.finally(() => pending.delete(adding));
    pages++;
    // Once Pagefind has a batch to index in its own process, this one can spend a moment collecting.
    if (pages === IN_FLIGHT) whileIndexing();
    if (pending.size >= IN_FLIGHT) await Promise.race(pending);
  }
  await Promise.all(pending);
  if (failures.length) throw new Error(`Pagefind indexing failed: ${failures.join('; ')}`);
  return { pages, countsByLang, counts: countsByLang.get(DEFAULT_LANG) ?? new Map<string, number>() };
}

/** Where a language's search records are built (src/pages/search/records.json.ts), relative to the site. */
export const searchRecordsFile = (lang: Lang) => path.join(lang === DEFAULT_LANG ? '' : lang, 'search', 'records.json');

function readSearchRecords(site: string, lang: Lang): SearchRecords {
  const file = path.join(site, searchRecordsFile(lang));
  if (!fs.existsSync(file)) throw new Error(`${searchRecordsFile(lang)} was not built, so the ${lang} entry pages cannot be indexed with their filters`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as SearchRecords;
}

/** How many entry pages of `site` the index will hold, in every language (what each indexer's memory grows with). */
export const countEntryPages = (site: string, langs: readonly Lang[] = LANGS) => entryPages(site, langs).length;

/**
 * The built entry pages, as ENTRY_PAGES_GLOB names them (one directory per entry under each collection), for
 * each language: English at the root, every other language under its prefix (/ru/projects/<slug>/).
 */
function entryPages(site: string, langs: readonly Lang[]): { file: string; lang: Lang }[] {
  const out: { file: string; lang: Lang }[] = [];
  for (const lang of langs) {
    const root = lang === DEFAULT_LANG ? site : path.join(site, lang);
    for (const file of entryPagesUnder(root)) out.push({ file, lang });
  }
  return out;
}

function entryPagesUnder(root: string): string[] {
  const out: string[] = [];
  for (const collection of COLLECTIONS) {
    const dir = path.join(root, collection);
    if (!fs.existsSync(dir)) continue;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      // A name of digits alone is a further page of the collection's index (/projects/2/): entry names never are.
      if (!entry.isDirectory() || /^\d+$/.test(entry.name)) continue;
      const file = path.join(dir, entry.name, 'index.html');
      if (fs.existsSync(file)) out.push(file);
    }
  }
  return out;
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

/** Smaller builds (1,000 entries: about 1.5 GB) are far from the 8 GB budget; collecting would only cost time. */
const RELEASE_ABOVE_BYTES = 2 * 2 ** 30;

/**
 * Pagefind indexes in a process of its own (about 2.6 GB at 10,000 entries) while this one waits. The
 * build's garbage from rendering pages (2 GB at that size) would otherwise stay resident beside it, and the
 * two peaks stack: a memory-reducing collection ('last-resort': it compacts and hands free pages back to
 * the system, which a plain gc() does not) brings them under 7 GB. It runs while Pagefind reads the
 * pages, on the other core; small builds skip it (it costs about 0.5 s at 1,000 entries, for nothing).
 * Node offers gc() only behind a flag, which V8 lets a running process set for itself.
 */
function releaseMemory(logger: SearchLogger) {
  const before = process.memoryUsage.rss();
  if (before < RELEASE_ABOVE_BYTES) return;
  const started = performance.now();
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as (options: object) => void)({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  logger.debug(`memory while Pagefind indexes: ${mb(before)} → ${mb(process.memoryUsage.rss())} MB after a full collection (${Math.round(performance.now() - started)} ms)`);
}

/**
 * Lets each language's search page fetch its own index's metadata and WebAssembly with the page (see
 * search-preload.ts): /search/ the English files, /ru/search/ the Russian ones.
 */
export function addSearchPreloads(site: string) {
  const entry = JSON.parse(fs.readFileSync(path.join(site, SEARCH_INDEX_DIR, ENTRY_FILE), 'utf8')) as PagefindEntry;
  for (const lang of LANGS) {
    const page = path.join(site, lang === DEFAULT_LANG ? '' : lang, 'search', 'index.html');
    if (!fs.existsSync(page)) continue;
    fs.writeFileSync(page, withSearchPreloads(fs.readFileSync(page, 'utf8'), pagefindInitFiles(entry, `/${SEARCH_INDEX_DIR}/`, lang)));
  }
}
