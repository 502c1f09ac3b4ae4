// Pages of long lists: what every paginated page shares (the collection indexes, a hub's full lists, the
// timelines). Astro's `paginate()` makes the pages and their URLs (/<list>/, then /<list>/2/, /<list>/3/ …);
// these pure helpers say how many to a page, which page numbers the pager links, and how a timeline's years
// are cut into pages of whole years.
import type { Page } from 'astro';
import { t } from '../i18n/index.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/langs.ts';

/**
 * Rows per page of a plain list (a collection index, a hub's full list): about 100 short rows keep a page
 * some 30–60 KB whatever the number of entries, and still show a small collection whole on one page.
 */
export const LIST_PAGE_SIZE = 100;

/** What the pager reads of Astro's page. */
export type PagerPage = Pick<Page, 'currentPage' | 'lastPage' | 'url'>;

/**
 * The address of page `n` of the same list. Astro gives only the previous, next, first and last; the pager
 * links a few more. With a rest parameter (`[...page]`) and trailing slashes, page 1 is the list's own address
 * and page n adds "n/" to it.
 */
export function pageHref(page: PagerPage, n: number): string {
  const first = page.url.first ?? page.url.current;
  return n === 1 ? first : `${first}${n}/`;
}

/**
 * The page numbers a pager shows: the first, the last, and `reach` either side of the current one, with
 * `null` where numbers are left out. At most 2 × reach + 5 items, so the pager stays small at any length.
 */
export function pageWindow(current: number, last: number, reach = 2): (number | null)[] {
  const shown = new Set([1, last]);
  for (let n = current - reach; n <= current + reach; n++) if (n >= 1 && n <= last) shown.add(n);
  const out: (number | null)[] = [];
  let previous = 0;
  for (const n of [...shown].sort((a, b) => a - b)) {
    // A gap of one number is shown as that number: "…" would take the same room and hide it.
    if (n - previous === 2) out.push(n - 1);
    else if (n - previous > 2) out.push(null);
    out.push(n);
    previous = n;
  }
  return out;
}

/**
 * The title of one page of a list: "Projects" alone, or "Projects, page 2 of 3" when there are more, followed
 * by what the page holds where that is given ("Timeline, page 2 of 5: 2017–2019").
 */
export const pagedTitle = (title: string, page: Pick<PagerPage, 'currentPage' | 'lastPage'>, span?: string, lang: Lang = DEFAULT_LANG) =>
  page.lastPage > 1 ? `${t(lang).entry.pagedTitle(title, page.currentPage, page.lastPage)}${span ? `: ${span}` : ''}` : title;

/** A run of items under one heading (a timeline's year). */
export interface Group<T> { key: string; items: T[] }
/** A group, or one part of a group too big for a page: part 1 of 1 is the whole group. */
export interface GroupPart<T> extends Group<T> { part: number; parts: number }

/** `items` in `parts` consecutive runs whose lengths differ by at most one (201 in 2 → 101 and 100). */
function splitEvenly<T>(items: T[], parts: number): T[][] {
  const base = Math.floor(items.length / parts);
  const longer = items.length % parts;
  const out: T[][] = [];
  for (let i = 0, start = 0; i < parts; i++) {
    const length = base + (i < longer ? 1 : 0);
    out.push(items.slice(start, start + length));
    start += length;
  }
  return out;
}

/**
 * Groups (in order) cut into pages of at most `size` items, keeping each group whole where it fits: a group
 * larger than a page is split into the fewest parts that fit, of even length, and parts are then packed like
 * groups, so every page but the last is well filled. Empty groups are dropped; no groups give one empty page,
 * so a list always has its first page.
 */
export function pagesOfGroups<T>(groups: Group<T>[], size: number): GroupPart<T>[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`a page must hold at least 1 item — got ${size}`);
  const parts = groups.filter((g) => g.items.length > 0).flatMap(({ key, items }) => {
    const count = Math.ceil(items.length / size);
    return splitEvenly(items, count).map((run, i) => ({ key, items: run, part: i + 1, parts: count }));
  });
  const pages: GroupPart<T>[][] = [[]];
  let filled = 0;
  for (const part of parts) {
    if (filled + part.items.length > size && filled > 0) {
      pages.push([]);
      filled = 0;
    }
    pages.at(-1)!.push(part);
    filled += part.items.length;
  }
  return pages;
}
