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
