// Indexes the built pages with Pagefind: the second step of `npm run build` (scripts/index-search.ts), in
// processes of their own once `astro build` has exited, so the build's memory and Pagefind's indexers are never
// held at the same time. Each language is indexed in shards (src/integrations/search-shards.ts), of which a
// rebuild indexes again only those whose pages changed. Only elements marked data-pagefind-body are indexed
// (entry content, not navigation chrome), and only entry pages carry one.
import path from 'node:path';
import fs from 'node:fs';
import * as pagefind from 'pagefind';
import { pagefindInitFiles, SEARCH_INDEX_DIR, vocabularyFile, withSearchPreloads, type PagefindEntry } from '../lib/search-preload.ts';
import { COLLECTIONS } from '../schemas/vocabularies.ts';
import { countWords, prepareForIndex } from '../lib/search-index.ts';
import { searchRecordHtml, type SearchRecords } from '../lib/search-record.ts';
import { ENTRY_FILE, indexLanguageInShards, type IndexedPage, type ShardLogger } from './search-shards.ts';
import { mergedShardUrls } from '../lib/search-shards.ts';
import { DEFAULT_LANG, LANGS, type Lang } from '../i18n/langs.ts';

/**
 * Only entry pages carry data-pagefind-body, so only they are read: the overview pages (timeline, map,
 * statistics, quality, collection indexes) grow with the catalogue and would be parsed for nothing.
 */
export const ENTRY_PAGES_GLOB = `{${COLLECTIONS.join(',')}}/*/index.html`;

/** Where the search page finds the index's vocabulary (read only when a query word seems unknown): one file per language. */
export const VOCABULARY_FILE = vocabularyFile(DEFAULT_LANG);

/** Pages handed to Pagefind at a time: enough to keep its process busy, few enough to bound memory. */
const IN_FLIGHT = 32;

/** Where each language's shard states are kept between builds, beside the site's other build caches. */
export const searchCacheDir = (site: string) => path.join(path.dirname(site), 'node_modules', '.astro', 'civic-atlas-search');

/**
 * Indexes the entry pages of `lang` in the built site `site` in shards (src/integrations/search-shards.ts):
 * each changed shard is indexed again, shard 0 into `site/<primaryPart>` for mergeSearchIndexes to put into the
 * primary index, and the language's vocabulary and sort order are written. Each entry page is read and handed
 * to Pagefind cut down to its indexed part, with its words' other spellings added (src/lib/search-index.ts);
 * the words themselves become the vocabulary file the search page corrects typing errors against.
 * scripts/index-search.ts runs this once per language, side by side, and merges the parts; the search page's
 * preloads and shard list come last (addSearchPreloads).
 */
export async function indexForSearch(site: string, logger: ShardLogger, lang: Lang, primaryPart: string, pagesPerShard?: number) {
  const records = readSearchRecords(site, lang);
  const pages: IndexedPage[] = entryPages(site, [lang]).map(({ file }) => {
    const url = `/${path.relative(site, path.dirname(file)).split(path.sep).join('/')}/`;
    const record = records[url];
    if (!record) throw new Error(`${url}: the page has no search record in ${searchRecordsFile(lang)}, so search could not filter or sort it`);
    if (typeof record.family !== 'string') throw new Error(`${url}: its search record in ${searchRecordsFile(lang)} names no family, so its search shard is unknown (a site built by older code: run \`astro build\` again)`);
    return { file, url, record };
  });
  try {
    await indexLanguageInShards(site, lang, pages, logger, { cacheDir: searchCacheDir(site), primaryPart, pagesPerShard });
  } finally {
    await pagefind.close();
  }
}

/**
 * Puts the languages' indexes, each written on its own to a folder of `site` (`parts`), together as one
 * index in site/pagefind/, as one Pagefind run over every language writes it: every file of a language's
 * index is named for the language (en_…, wasm.ru.pagefind), the files every index has (pagefind.js, the
 * UI, the fallback WebAssembly) are the same in each and are checked to be, and pagefind-entry.json lists
 * the languages of all the parts. The parts' folders are removed. With `keep`, the index already there
 * keeps the languages no part replaces (a rebuild in which one language's primary shard changed), and its
 * shard folders.
 */
export function mergeSearchIndexes(site: string, parts: string[], { keep = false } = {}) {
  const target = path.join(site, SEARCH_INDEX_DIR);
  if (!keep) fs.rmSync(target, { recursive: true, force: true });
  const entries = parts.map((part) => JSON.parse(fs.readFileSync(path.join(site, part, ENTRY_FILE), 'utf8')) as PagefindEntry & { version?: string; include_characters?: string[] });
  const [first, ...rest] = entries;
  if (!first) return;
  for (const [i, e] of rest.entries()) {
    if (e.version !== first.version || JSON.stringify(e.include_characters) !== JSON.stringify(first.include_characters)) {
      throw new Error(`the search index parts ${parts[0]} and ${parts[i + 1]} were written by different Pagefind settings (version ${first.version} and ${e.version})`);
    }
  }
  const targetEntry = path.join(target, ENTRY_FILE);
  const kept = keep && fs.existsSync(targetEntry) ? (JSON.parse(fs.readFileSync(targetEntry, 'utf8')) as PagefindEntry).languages : {};
  const replaced = entries.flatMap((e) => Object.keys(e.languages));
  if (keep && fs.existsSync(target)) {
    // The replaced languages' files go first (their names hold their content's hash, so the new ones differ);
    // the shard folders (en-1/…) are the index step's to replace.
    for (const name of fs.readdirSync(target)) {
      const full = path.join(target, name);
      if (INDEX_FOLDERS.includes(name)) {
        for (const inner of fs.readdirSync(full)) if (replaced.some((lang) => isLanguageFile(inner, lang))) fs.rmSync(path.join(full, inner));
      } else if (replaced.some((lang) => isLanguageFile(name, lang))) fs.rmSync(full);
    }
  }
  const languages: Record<string, unknown> = {};
  for (const [lang, value] of Object.entries(kept)) if (!replaced.includes(lang)) languages[lang] = value;
  for (const e of entries) Object.assign(languages, e.languages);
  const sortedLanguages = Object.fromEntries(Object.entries(languages).sort(([a], [b]) => (a < b ? -1 : 1)));
  const shared = new Set<string>();
  for (const part of parts) {
    const from = path.join(site, part);
    for (const file of fs.readdirSync(from, { recursive: true, withFileTypes: true })) {
      if (!file.isFile() || (file.parentPath === from && file.name === ENTRY_FILE)) continue;
      const source = path.join(file.parentPath, file.name);
      const relative = path.relative(from, source);
      const destination = path.join(target, relative);
      if (fs.existsSync(destination)) {
        const same = fs.readFileSync(destination).equals(fs.readFileSync(source));
        // A part's shared file replaces the one kept from an earlier build (the same Pagefind wrote both, or
        // every shard was indexed again); two parts of this build must agree on it.
        if (!same && shared.has(relative)) throw new Error(`two parts of the search index hold different ${relative}`);
        shared.add(relative);
        if (same) continue;
      }
      shared.add(relative);
      fs.mkdirSync(path.dirname(destination), { recursive: true });
      fs.renameSync(source, destination);
    }
    fs.rmSync(from, { recursive: true, force: true });
  }
  fs.writeFileSync(targetEntry, JSON.stringify({ ...first, languages: sortedLanguages }));
}

/** The folders of a Pagefind index that hold every language's files side by side. */
const INDEX_FOLDERS = ['fragment', 'index', 'filter'];

/** Whether a file of a Pagefind index (by name) belongs to `lang`'s part of it: en_….pf_fragment, pagefind.en_….pf_meta, wasm.en.pagefind. */
const isLanguageFile = (name: string, lang: string) => name.startsWith(`${lang}_`) || name.startsWith(`pagefind.${lang}_`) || name === `wasm.${lang}.pagefind`;

/**
 * Hands every built entry page of `site`, in every language, to one Pagefind index, as the build did before
 * it cut the index into shards: the benchmark times this as Pagefind's cost for the whole catalogue at once.
 * Returns the page count of every word for each language's vocabulary.
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

/**
 * Lets each language's search page fetch its own index's metadata and WebAssembly with the page (see
 * search-preload.ts): /search/ the English files, /ru/search/ the Russian ones; and, for a sharded index,
 * tells it which shards to merge, and preloads their entry and metadata files too.
 */
export function addSearchPreloads(site: string) {
  const entry = JSON.parse(fs.readFileSync(path.join(site, SEARCH_INDEX_DIR, ENTRY_FILE), 'utf8')) as PagefindEntry;
  for (const lang of LANGS) {
    const page = path.join(site, lang === DEFAULT_LANG ? '' : lang, 'search', 'index.html');
    if (!fs.existsSync(page)) continue;
    const shards = mergedShardUrls(lang, shardsOf(site, lang), SEARCH_INDEX_DIR);
    const shardFiles = shards.flatMap((url) => {
      const shardEntry = JSON.parse(fs.readFileSync(path.join(site, url, ENTRY_FILE), 'utf8')) as PagefindEntry;
      // A merged shard's WebAssembly is the primary's (mergeIndex does not load its own).
      return [`${url}${ENTRY_FILE}`, ...pagefindInitFiles(shardEntry, url, lang, { wasm: false })];
    });
    fs.writeFileSync(page, withSearchPreloads(fs.readFileSync(page, 'utf8'), [...pagefindInitFiles(entry, `/${SEARCH_INDEX_DIR}/`, lang), ...shardFiles], shards));
  }
}

/** How many shards `lang`'s index has in the built site: the primary and its folders en-1, en-2…, numbered without a gap. */
function shardsOf(site: string, lang: Lang): number {
  let count = 1;
  while (fs.existsSync(path.join(site, SEARCH_INDEX_DIR, `${lang}-${count}`, ENTRY_FILE))) count++;
  return count;
}
