// The search index of a large catalogue is cut into shards, each a Pagefind index of its own, so that a
// rebuild indexes again only the shards whose pages changed (Pagefind cannot update an index: every run
// indexes every page it is given). The search page merges them at search time with Pagefind's `mergeIndex`.
//
// Each language's shard 0 is the primary index in pagefind/ (both languages' merged there, as one Pagefind
// run writes them); shard k > 0 of a language is pagefind/<lang>-<k>/. A page's shard is a function of its
// family, the work it belongs to (a subproject's project), so that renaming a project, which its own parts
// show as their parent, changes one shard rather than several. A small catalogue has one shard: the index
// is then what one Pagefind run writes, and the search page merges nothing.
//
// Pagefind sorts each index's results on its own and then orders the merged list by score, which undoes a
// sort by title or date; for those, the index step writes each language's order (SortOrder) and the search
// page applies it to the merged results (orderResults).
import { DEFAULT_LANG, type Lang } from '../i18n/langs.ts';

/**
 * Entry pages of a language per shard. Below twice this a language has one shard. The real catalogue's
 * 130-odd pages a language stay in one; at 1,000 entries (1,130 pages a language) four; the number is capped by
 * MAX_SHARDS, since every shard costs the search page a request for its metadata, and one more per word searched.
 */
export const PAGES_PER_SHARD = 280;
export const MAX_SHARDS = 8;

/** How many shards a language of `pages` entry pages is cut into (at least one). */
export function shardCount(pages: number, pagesPerShard = PAGES_PER_SHARD): number {
  if (!Number.isInteger(pagesPerShard) || pagesPerShard < 1) throw new Error(`pages per search shard must be a positive whole number, not ${pagesPerShard}`);
  return Math.max(1, Math.min(MAX_SHARDS, Math.floor(pages / pagesPerShard)));
}

/**
 * The shard of a page whose family is `family` (an entry key, "projects/…"), among `count`: FNV-1a of the key,
 * so the same page lands in the same shard on every machine and in every build.
 */
export function shardOf(family: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < family.length; i++) {
    hash ^= family.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}

/** The folder of shard `k` of `lang`'s index, relative to the site ("/"-separated): the primary for shard 0. */
export const shardFolder = (lang: Lang, k: number, primary = 'pagefind') => (k === 0 ? primary : `${primary}/${lang}-${k}`);

/** The shards the search page of `lang` merges into the primary, as the URLs Pagefind's `mergeIndex` takes. */
export const mergedShardUrls = (lang: Lang, count: number, primary = 'pagefind') =>
  Array.from({ length: count - 1 }, (_, i) => `/${shardFolder(lang, i + 1, primary)}/`);

/**
 * Where the index step writes a sharded language's sort order, and where its search page reads it (only
 * when a reader sorts by title or date).
 */
export const sortOrderFile = (lang: Lang, primary = 'pagefind') => `${primary}/sort.${lang === DEFAULT_LANG ? DEFAULT_LANG : lang}.json`;

/**
 * A language's pages in each order the search page offers, by their Pagefind result ids ("en_1a2b3c4"):
 * `title`, every page by its title; `date`, the pages with a date, oldest first (Pagefind's date sort leaves
 * out the pages without one, and so does this).
 */
export interface SortOrder { title: string[]; date: string[] }

/** One page as the sort order is made from: its result id and its record's sort keys. */
export interface SortablePage { id: string; url: string; sort: Record<string, string> }

/**
 * The order of `pages` by title and by date, as Pagefind sorts text (by code point; ties by address, so
 * the order does not depend on which shard a page is in).
 */
export function sortOrderOf(pages: SortablePage[]): SortOrder {
  const by = (key: string) => (a: SortablePage, b: SortablePage) => compare(a.sort[key] ?? '', b.sort[key] ?? '') || compare(a.url, b.url);
  return {
    title: [...pages].sort(by('title')).map((p) => p.id),
    date: pages.filter((p) => p.sort.date).sort(by('date')).map((p) => p.id),
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Results merged from several shards put back in the order the reader asked for (`sortBy` as Pagefind takes it,
 * `{ title: 'asc' }`, `{ date: 'desc' }`): results the order does not hold (a page without a date) are left
 * out, as Pagefind's own sort leaves them out.
 */
export function orderResults<R extends { id: string }>(results: R[], order: SortOrder, sortBy: Record<string, 'asc' | 'desc'>): R[] {
  const [[key, direction]] = Object.entries(sortBy);
  const list = key === 'title' || key === 'date' ? order[key] : undefined;
  if (!list) throw new Error(`no sort order for "${key}" in the sharded search index`);
  const rank = new Map(list.map((id, i) => [id, i]));
  const sign = direction === 'desc' ? -1 : 1;
  return results.filter((r) => rank.has(r.id)).sort((a, b) => sign * (rank.get(a.id)! - rank.get(b.id)!));
}
