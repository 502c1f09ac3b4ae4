// A result's excerpt, cut from the page text Pagefind returns with each result: the sentence of the entry's
// own prose where the query's words are thickest, starting where the sentence starts; when the words are
// only in the title, other names or summary, the summary. Pure, so the rules are tested without a browser.
import { VARIANTS_MARK } from './search-text.ts';
import { escapeHtml } from './html-escape.ts';

export interface ExcerptInput {
  /** The indexed text, as Pagefind returns it (`content`): title, other names, summary, then the prose. */
  content: string;
  /** Word positions of matches in `content` (Pagefind's `locations`). */
  locations: number[];
  title?: string;
  aliases?: string;
  summary?: string;
}

/** Pagefind counts words between runs of whitespace (its own `word_separators`). */
const splitWords = (text: string) => text.split(/[^\S\uFEFF]+/).filter(Boolean);
const SENTENCE_END = /[.!?]["”’)\]]*$/u;
/** A sentence longer than this is cut around the match. */
const MAX_WORDS = 38;


function render(words: string[], from: number, to: number, marked: Set<number>, lead: boolean, tail: boolean) {
  const out: string[] = [];
  for (let i = from; i < to; i++) out.push(marked.has(i) ? `<mark>${escapeHtml(words[i])}</mark>` : escapeHtml(words[i]));
  return `${lead ? '… ' : ''}${out.join(' ')}${tail ? ' …' : ''}`;
}

/** The excerpt as HTML: page text escaped, matches in <mark>. */
export function excerptOf({ content, locations, title = '', aliases = '', summary = '' }: ExcerptInput): string {
  const all = splitWords(content);
  // The index adds other spellings after the page's own text (src/lib/search-index.ts): never excerpted.
  const mark = all.lastIndexOf(VARIANTS_MARK);
  const words = mark >= 0 ? all.slice(0, mark) : all;
  locations = locations.filter((l) => l < words.length);
  const marked = new Set(locations);
  // The head of the indexed text is the title, the "Also known as" line and the summary, in that order.
  const headLength = splitWords(title).length + splitWords(aliases).length;
  const summaryLength = splitWords(summary).length;
  const proseStart = Math.min(words.length, headLength + summaryLength);
  const prose = locations.filter((l) => l >= proseStart).sort((a, b) => a - b);
  if (prose.length === 0) {
    const from = Math.min(headLength, words.length);
    const to = Math.min(words.length, proseStart || words.length);
    if (to > from) return render(words, from, to, marked, false, false);
    return escapeHtml(summary);
  }
  // Sentences of the prose, each scored by its distinct matches; the best one, the first on a tie.
  let best = { start: proseStart, end: proseStart, hits: -1 };
  let start = proseStart;
  let hits = 0;
  for (let i = proseStart; i < words.length; i++) {
    if (marked.has(i)) hits++;
    if (SENTENCE_END.test(words[i]) || i === words.length - 1) {
      if (hits > best.hits) best = { start, end: i + 1, hits };
      start = i + 1;
      hits = 0;
    }
  }
  if (best.end - best.start <= MAX_WORDS) return render(words, best.start, best.end, marked, false, false);
  // A long sentence: from its start when the first match is early in it, else a window around the match.
  const first = prose.find((l) => l >= best.start && l < best.end) ?? best.start;
  const from = first - best.start < MAX_WORDS - 8 ? best.start : Math.max(best.start, first - 8);
  const to = Math.min(best.end, from + MAX_WORDS);
  return render(words, from, to, marked, from > best.start, to < best.end);
}
