// File names of entries: a slug is the file name without `.mdx`, and the entry's address.
// One helper serves `npm run new` and the entry editor at /contribute/new/.

/** Latin letters that Unicode does not decompose into a base letter and an accent. */
const LETTERS: Record<string, string> = { đ: 'd', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', þ: 'th' };

/** "Women, Peace & Security: 2024 Forum" → "women-peace-and-security-2024-forum" */
export const slugify = (title: string) =>
  title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[đłøßæœıħþ]/g, (c) => LETTERS[c])
    .replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/** Lowercase letters and digits in hyphen-separated words, as the schemas' references expect. */
export const isSlug = (s: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s);

/**
 * Why a file name cannot be an entry's slug, or undefined if it can. A name of digits alone ("2019") is refused:
 * /<collection>/2019/ is the address of page 2019 of the collection's index (/projects/2/ is its second page),
 * so the entry would clash with a page of the list as soon as the collection had that many pages.
 */
export function slugProblem(collection: string, slug: string): string | undefined {
  if (/^\d+$/.test(slug)) {
    return `the file name "${slug}.mdx" is digits alone, but addresses like /${collection}/2/ are kept for the pages of the ${collection} list — add a word that names the entry, e.g. "forum-${slug}.mdx"`;
  }
  return undefined;
}
