// What the search index is given for one built entry page, and the vocabulary gathered on the way.
// The served page stays as built; Pagefind reads a copy cut down to the indexed part (the element marked
// data-pagefind-body, with the page's language) plus, after it, the other spellings of the page's words (organisation → organization, centre → center, women → woman), so a reader
// finds the page whichever spelling they type. Pure: src/integrations/pagefind.ts does the file work.
import { VARIANTS_MARK, isVocabularyWord, variantsOf, wordsOf, yoVariant } from './search-text.ts';
import { escapeHtml } from './html-escape.ts';

const BODY_MARK = 'data-pagefind-body';
const IGNORE_MARK = 'data-pagefind-ignore';

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


export interface PreparedPage {
  /** The HTML Pagefind indexes. */
  html: string;
  /** Every distinct normalized word of the indexed part, spelling variants included. */
  words: Set<string>;
}

/**
 * Cuts a built entry page down to what Pagefind reads: the `<html>` tag (its lang picks the index) and
 * the data-pagefind-body element without the parts that are not the entry's own text, with the variant spellings of its words after it and
 * `record`, the HTML of its search record (filters, metadata, sort keys: searchRecordHtml), which the
 * served page does not carry; `otherNames`, the page's places as other languages write them (searchRecordOf),
 * join the variant spellings. Throws when the page has no indexed part: an entry page without one would
 * silently drop out of search.
 */
export function prepareForIndex(page: string, file: string, record = '', otherNames: string[] = []): PreparedPage {
  const mark = page.indexOf(BODY_MARK);
  const start = mark < 0 ? -1 : page.lastIndexOf('<', mark);
  if (start < 0) throw new Error(`${file}: no element marked ${BODY_MARK}, so the page would not be searchable`);
  const htmlTag = /<html\b[^>]*>/i.exec(page)?.[0] ?? '<html>';
  // The page's own part: the surroundings (navigation, connections, the rail, the citation) cut out, not
  // merely marked ignored. Pagefind would skip them anyway, and handing it half the bytes halves what its
  // pipe carries and it parses; no filter or metadata lives in them (the record carries those). The words
  // are read from the same part, so that a spelling found only around it does not stop its other spelling being added.
  const body = withoutSurroundings(elementAt(page, start, file), file);
  const text = textOf(body);
  const words = new Set(wordsOf(text));
  const variants = new Set<string>();
  for (const w of words) for (const v of variantsOf(w)) if (!words.has(v)) variants.add(v);
  // Russian ё-words also in their е-spelling (партнёр → партнер), which queries search for (queryForm).
  const written = new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  for (const w of written) {
    const e = yoVariant(w);
    if (e && !written.has(e)) variants.add(e);
  }
  // The page's places as other languages write them (searchRecordOf): words of the page, like its variants.
  for (const w of wordsOf(otherNames.join(' '))) if (!words.has(w)) variants.add(w);
  for (const v of variants) words.add(v);
  // In the body, not in metadata: Pagefind stems body words but matches metadata words as written, so only
  // in the body does "organization" (stem "organ") find what "organisation" finds. They follow the page's
  // own text, after VARIANTS_MARK, where excerpts stop (src/lib/search-excerpt.ts).
  const extra = variants.size ? `<p>${VARIANTS_MARK} ${escapeHtml([...variants].join(' '))}</p>` : '';
  return { html: `${htmlTag}<body><div data-pagefind-body>${record}${weighted(body).replace(BODY_MARK, 'data-indexed')}${extra}</div></body></html>`, words };
}

/**
 * How much a match counts where it is found, and what a result shows: the title most, then the other names,
 * then the summary, which is also each result's text. Added here, in the copy Pagefind reads, for the same
 * reason as the ignored parts below: the served page does not carry search attributes.
 */
const WEIGHTED: { tag: RegExp; attributes: string }[] = [
  { tag: /<h1\b/, attributes: 'data-pagefind-weight="10"' },
  { tag: /<p class="aliases"/, attributes: 'data-pagefind-weight="8" data-pagefind-meta="aliases"' },
  { tag: /<p class="summary"/, attributes: 'data-pagefind-weight="3" data-pagefind-meta="summary"' },
];
/** The body with each WEIGHTED element's attributes on its first occurrence (the entry's head). */
const weighted = (body: string) => WEIGHTED.reduce((html, { tag, attributes }) => html.replace(tag, (open) => `${open} ${attributes}`), body);

/**
 * Parts of an entry page that are not its own text: the trail to it and the navigation around it, its
 * connections and related entries, the rail of facts and sources, the interface's words (the type above
 * the title, the facts line, "On this page", the citation formats, notices and print-only lines). Cut out
 * here, from the copy Pagefind reads, so that a page does not score for the names it links to or for
 * the interface's words. Marking them in the templates would cost every entry page bytes against its 30 KB
 * budget (some 460 bytes for the 22 marks a page needed).
 */
const NOT_ITS_OWN_TEXT = [
  'breadcrumbs', 'section-nav', 'eyebrow', 'facts-line', 'explore', 'translation-notice', 'callout-disagree',
  'inferences', 'connections', 'cited-by', 'related', 'prev-next', 'cite', 'print-only', 'page-meta', 'entry-rail',
];
// An element that is not the page's own text: one of those classes, or marked data-pagefind-ignore.
const NOT_ITS_OWN_TEXT_TAG = new RegExp(`<[a-z][a-z0-9-]*\\b(?=[^>]*(?:\\b${IGNORE_MARK}\\b|\\bclass="(?:[^"]*\\s)?(?:${NOT_ITS_OWN_TEXT.join('|')})(?:\\s[^"]*)?"))`, 'gi');

/** The HTML without the elements that are not the page's own text (NOT_ITS_OWN_TEXT, data-pagefind-ignore), in one pass. */
function withoutSurroundings(html: string, file: string): string {
  let out = '';
  let from = 0;
  NOT_ITS_OWN_TEXT_TAG.lastIndex = 0;
  for (let m = NOT_ITS_OWN_TEXT_TAG.exec(html); m; m = NOT_ITS_OWN_TEXT_TAG.exec(html)) {
    const element = elementAt(html, m.index, file);
    out += html.slice(from, m.index);
    from = m.index + element.length;
    NOT_ITS_OWN_TEXT_TAG.lastIndex = from;
  }
  return out + html.slice(from);
}

/** The element starting at `start`, to its matching end tag (the same tag name, nesting counted). */
function elementAt(page: string, start: number, file: string): string {
  const name = /^<([a-z][a-z0-9-]*)/i.exec(page.slice(start))?.[1];
  if (!name) throw new Error(`${file}: the ${BODY_MARK} element has no tag name`);
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(page); m; m = tags.exec(page)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return page.slice(start, m.index + m[0].length);
  }
  throw new Error(`${file}: the ${BODY_MARK} element is never closed`);
}

/** Adds a page's words to the running page counts of the vocabulary (one count per page per word). */
export function countWords(counts: Map<string, number>, words: Iterable<string>) {
  for (const w of words) if (isVocabularyWord(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
}
