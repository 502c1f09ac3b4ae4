// The search page's first query waits on a chain: page → pagefind.js → pagefind-entry.json → the
// language's metadata and WebAssembly → an index chunk → result fragments. The metadata and
// WebAssembly file names are known only once Pagefind has written its index, so the build adds
// preload hints for them to the built search page afterwards: both then download with the page,
// in parallel with the script, instead of two round trips later.

/** The parts of Pagefind's `pagefind-entry.json` this reads. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
}

import { DEFAULT_LANG, LANGS, type Lang } from '../i18n/langs.ts';

/**
 * Where the build writes the vocabulary of each language's index (src/integrations/pagefind.ts), which that
 * language's search page corrects typing errors against: a Russian typo from the Russian pages' words.
 */
export const vocabularyFile = (lang: Lang) => (lang === DEFAULT_LANG ? 'search/vocabulary.txt' : `${lang}/search/vocabulary.txt`);

/** The search index's folder in the built site, which the index step replaces whole on every build. */
export const SEARCH_INDEX_DIR = 'pagefind';

/**
 * Whether a file of the built site (relative to it, "/"-separated) is the index step's: the index and each
 * language's vocabulary, which scripts/index-search.ts writes after `astro build` on every build.
 */
export const isSearchIndexOutput = (file: string) => file.startsWith(`${SEARCH_INDEX_DIR}/`) || LANGS.some((lang) => file === vocabularyFile(lang));

/** Pagefind's script, where the build writes it: the search page preloads it and its script imports it. */
export const PAGEFIND_SCRIPT = `/${SEARCH_INDEX_DIR}/pagefind.js`;

/** The anchor the hints go after: the search page's own preload of Pagefind's script. */
export const SCRIPT_PRELOAD = `<link rel="modulepreload" href="${PAGEFIND_SCRIPT}">`;

/**
 * Files Pagefind fetches on init for a page in `lang`: that language's index when it has one, else the one
 * with the most pages (Pagefind falls back to the largest index when the page's language has none).
 */
export function pagefindInitFiles(entry: PagefindEntry, base = '/pagefind/', lang?: string, { wasm = true } = {}): string[] {
  const languages = Object.values(entry.languages ?? {});
  if (!languages.length) throw new Error('pagefind-entry.json lists no language: the search index is empty');
  const main = (lang && entry.languages[lang]) || languages.reduce((a, b) => (b.page_count > a.page_count ? b : a));
  const files = [`${base}pagefind.${main.hash}.pf_meta`];
  if (wasm && main.wasm) files.push(`${base}wasm.${main.wasm}.pagefind`);
  return files;
}

/**
 * `as="fetch"` with `crossorigin` (credentials "same-origin") matches the plain `fetch()` Pagefind
 * makes, so the browser reuses the preloaded response rather than downloading the file twice.
 */
export function preloadLinks(hrefs: string[]): string {
  return hrefs.map((href) => `<link rel="preload" as="fetch" crossorigin href="${href}">`).join('');
}

/** The name of the search page's list of the index shards it merges into the primary (src/lib/search-shards.ts). */
export const SHARDS_META = 'search-shards';

/**
 * The search page with the hints after its script preload, and the list of `shards` to merge when there are
 * any, in place of those an earlier run of the index step put there (a page Astro kept from the last build
 * still has them); throws if the anchor is missing.
 */
export function withSearchPreloads(html: string, hrefs: string[], shards: string[] = []): string {
  const at = html.indexOf(SCRIPT_PRELOAD);
  if (at < 0) throw new Error(`the search page has no ${SCRIPT_PRELOAD} to put Pagefind's preload hints after`);
  const end = at + SCRIPT_PRELOAD.length;
  const earlier = new RegExp(`^(?:<meta name="${SHARDS_META}" content="[^"]*">|<link rel="preload" as="fetch" crossorigin href="[^"]*">)*`).exec(html.slice(end))![0];
  const list = shards.length ? `<meta name="${SHARDS_META}" content="${shards.join(' ')}">` : '';
  return html.slice(0, end) + list + preloadLinks(hrefs) + html.slice(end + earlier.length);
}
