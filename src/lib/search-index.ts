// What the search index is given for one built entry page, and the vocabulary gathered on the way.
// The served page stays as built; Pagefind reads a copy cut down to the indexed part (the element marked
// data-pagefind-body, with the page's language) plus one metadata field, `variants`, holding the other
// spellings of the page's words (organisation → organization, centre → center, women → woman), so a reader
// finds the page whichever spelling they type. Pure: src/integrations/pagefind.ts does the file work.
import { isVocabularyWord, variantsOf, wordsOf } from './search-text.ts';

const BODY_MARK = 'data-pagefind-body';

/** Text of an HTML fragment: tags and comments dropped, the few entities the pages use decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi, (_, dec, hex, name) =>
      dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16))
        : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' } as Record<string, string>)[name.toLowerCase()]);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface PreparedPage {
  /** The HTML Pagefind indexes. */
  html: string;
  /** Every distinct normalized word of the indexed part, spelling variants included. */
  words: Set<string>;
}

/**
 * Cuts a built entry page down to what Pagefind reads: the `<html>` tag (its lang picks the index) and
 * everything from the data-pagefind-body element on, with the variant spellings of its words as metadata.
 * Throws when the page has no indexed part: an entry page without one would silently drop out of search.
 */
export function prepareForIndex(page: string, file: string): PreparedPage {
  const mark = page.indexOf(BODY_MARK);
  const start = mark < 0 ? -1 : page.lastIndexOf('<', mark);
  if (start < 0) throw new Error(`${file}: no element marked ${BODY_MARK}, so the page would not be searchable`);
  const htmlTag = /<html\b[^>]*>/i.exec(page)?.[0] ?? '<html>';
  const body = page.slice(start).replace(/<\/body>[\s\S]*$/i, '');
  const words = new Set(wordsOf(textOf(body)));
  const variants = new Set<string>();
  for (const w of words) for (const v of variantsOf(w)) if (!words.has(v)) variants.add(v);
  for (const v of variants) words.add(v);
  const meta = variants.size ? `<span data-pagefind-meta="variants">${escapeHtml([...variants].join(' '))}</span>` : '';
  return { html: `${htmlTag}<body>${meta}${body}</body></html>`, words };
}

/** Adds a page's words to the running page counts of the vocabulary (one count per page per word). */
export function countWords(counts: Map<string, number>, words: Iterable<string>) {
  for (const w of words) if (isVocabularyWord(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
}
