// The words of the search: how text is cut into words and normalized, which spellings are one word
// (British/American, -ise/-ize, woman/women), which words a question carries that say nothing about what
// is sought, and what a query's syntax means ("exact phrase", OR, -exclusion). Pure functions: the index
// step (src/lib/search-index.ts) and the search page (src/scripts/search-page.ts) share them, so a word is
// folded the same way where it is indexed and where it is asked for.
import { eng, rus } from 'stopword';
import type { Lang } from '../i18n/langs.ts';

/**
 * Lower case, accents dropped (Dušanbe → dusanbe, as Pagefind folds them), apostrophes and possessives off.
 * In Cyrillic, ё is е (Russian writes either), but й stays й: it is a letter of its own, not и with an accent
 * (NFD would split it and drop the breve, and a correction would then read "самыи").
 */
export function normalizeWord(word: string): string {
  return word
    .replace(/й/g, '\uE000')
    .replace(/Й/g, '\uE001')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\uE000\uE001]/g, 'й')
    .toLowerCase()
    .replace(/[’'ʻʼ`]s$/u, '')
    .replace(/[’'ʻʼ`]/gu, '');
}

// The index step normalizes every word of every page, and a catalogue repeats its words: each spelling is
// normalized once (NFD and three replacements cost a second of a 1,000-entry build). Bounded, for a long-lived page.
const normalized = new Map<string, string>();
const NORMALIZED_KEPT = 200_000;
function normalizedWord(raw: string): string {
  let n = normalized.get(raw);
  if (n === undefined) {
    n = normalizeWord(raw);
    if (normalized.size < NORMALIZED_KEPT) normalized.set(raw, n);
  }
  return n;
}

/** The words of a text, normalized; hyphenated words also as one word and as their parts (co-operation). */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[’'ʻʼ-][\p{L}\p{N}]+)*/gu)) {
    const raw = m[0];
    if (raw.includes('-')) {
      out.push(normalizedWord(raw.replace(/-/g, '')));
      for (const part of raw.split('-')) if (part) out.push(normalizedWord(part));
    } else out.push(normalizedWord(raw));
  }
  return out;
}

/**
 * Spellings that are one word to a reader. Pairs the -ise/-ize and -yse/-yze rules below cannot derive:
 * the British and American forms in this catalogue's subject (OSCE and NGO texts mix both), and woman/women,
 * which stemming keeps apart. Each group is written once; every member finds the others. The first member
 * is the one a query searches for (queryForm): Pagefind also matches longer words that start with a query
 * word's stem, and "centre" (stem "centr") would find "central" too, where "center" finds only its own.
 */
const VARIANT_GROUPS: string[][] = [
  ['center', 'centre'], ['centers', 'centres'], ['centered', 'centred'],
  ['defense', 'defence'], ['defenses', 'defences'], ['offense', 'offence'], ['offenses', 'offences'],
  ['license', 'licence'], ['practice', 'practise'],
  ['program', 'programme'], ['programs', 'programmes'],
  ['cooperation', 'co-operation'], ['cooperate', 'co-operate'], ['cooperative', 'co-operative'],
  ['coordinator', 'co-ordinator'], ['coordination', 'co-ordination'], ['coordinate', 'co-ordinate'], ['coordinated', 'co-ordinated'],
  ['counseling', 'counselling'], ['counselor', 'counsellor'], ['counselors', 'counsellors'], ['counseled', 'counselled'],
  ['traveling', 'travelling'], ['modeling', 'modelling'], ['labeling', 'labelling'], ['canceled', 'cancelled'],
  ['enrollment', 'enrolment'], ['fulfill', 'fulfil'], ['judgment', 'judgement'], ['aging', 'ageing'],
  ['labor', 'labour'], ['behavior', 'behaviour'], ['behaviors', 'behaviours'], ['favor', 'favour'], ['honor', 'honour'],
  ['neighbor', 'neighbour'], ['neighbors', 'neighbours'], ['neighborhood', 'neighbourhood'], ['endeavor', 'endeavour'],
  ['harbor', 'harbour'], ['rumor', 'rumour'], ['color', 'colour'],
  ['catalog', 'catalogue'], ['theater', 'theatre'], ['meter', 'metre'], ['liter', 'litre'], ['fiber', 'fibre'],
  ['women', 'woman'], ['womens', 'womans'],
];

const GROUP_OF = new Map<string, string[]>();
for (const group of VARIANT_GROUPS) {
  const forms = group.map((w) => w.replace(/-/g, ''));
  for (const w of forms) GROUP_OF.set(w, forms);
}

/** Starts the block of other spellings the index adds after a page's own text; a sign no entry's prose uses. */
export const VARIANTS_MARK = '⸻';

/** The spelling a query searches for: the first of its group, else the word as typed (the index has both). */
export function queryForm(word: string): string {
  const w = normalizeWord(word).replace(/-/g, '');
  const group = GROUP_OF.get(w);
  // A word written with ё is searched with е: the index holds every ё-word in its е-spelling too (yoVariant).
  return group ? group[0] : /[ёЁ]/u.test(word) ? word.replace(/ё/g, 'е').replace(/Ё/g, 'Е') : word;
}

/** A word's spelling with е for ё (партнёр → партнер), which the index adds beside the page's own; undefined without ё. */
export const yoVariant = (word: string) => (/[ёЁ]/u.test(word) ? word.toLowerCase().replace(/ё/g, 'е') : undefined);

/** -ise/-ize and -yse/-yze endings (organisation/organization, analyse/analyze), with what follows them. */
const ISE = /^(.{3,}?)(is|iz|ys|yz)(e|es|ed|ing|ation|ations|ational|er|ers)$/u;

/** The other spellings of a normalized word (not the word itself); none for most words. */
export function variantsOf(word: string): string[] {
  const w = word.replace(/-/g, '');
  const out = new Set(GROUP_OF.get(w) ?? []);
  const m = ISE.exec(w);
  if (m) {
    const [, stem, mid, end] = m;
    const other = { is: 'iz', iz: 'is', ys: 'yz', yz: 'ys' }[mid as 'is'];
    // "-ise" alone is too common a plain ending (promise, exercise): only -isation, -ising and -ised, and -ise
    // after a stem long enough to be a derived verb (organise, criminalise, but not rise or wise).
    if (end !== 'e' || stem.length >= 5) out.add(stem + other + end);
  }
  out.delete(w);
  return [...out];
}

/**
 * Words that say nothing about what is sought ("how many", "when was", "the"): the `stopword` package's
 * English list, plus the question words it leaves out. A query drops them (unless it is nothing else),
 * since every word Pagefind is given must be on the page.
 */
export const STOPWORDS = new Set([...eng, 'when', 'why', 'does', 'whom', 'whose', 'stand', 'mean', 'means']);

/**
 * On a Russian page, the Russian ones too (the `stopword` package's list, ё folded as queries fold it, and the
 * question words it leaves out): «сколько», «когда», «в», «и». English stopwords stay (a Latin name's "of").
 */
const RUSSIAN_STOPWORDS = new Set([
  ...STOPWORDS, ...rus.map((w) => normalizeWord(w)),
  'сколько', 'какие', 'каких', 'каким', 'какое', 'каков', 'какова', 'каковы', 'который', 'которая', 'которое', 'которые', 'почему',
  'зачем', 'что', 'такое', 'чём', 'кем', 'кому', 'чья', 'чей', 'чьи', 'ли', 'также', 'это', 'значит', 'означает', 'расшифровывается',
]);
const stopwordsOf = (lang: Lang) => (lang === 'ru' ? RUSSIAN_STOPWORDS : STOPWORDS);
export interface ParsedQuery {
  /** Words every result must have (stopwords dropped, unless the query is nothing else). */
  words: string[];
  /** "Exact phrases", each to appear as written. */
  phrases: string[];
  /** Alternatives joined with OR: each group is a list of alternative word runs. */
  alternatives: string[][];
  /** Words after a minus: no result may contain them. */
  exclude: string[];
  /** The words that were dropped as stopwords. */
  dropped: string[];
}

/**
 * Reads the query syntax documented on the search page: "exact phrase", a OR b, -word. Anything else is a
 * plain word. `OR` must be written in capitals, as search engines have taught readers; a lone minus
 * inside a word (co-operation, 2018-2019) is part of the word.
 */
export function parseQuery(query: string, lang: Lang = 'en'): ParsedQuery {
  const phrases: string[] = [];
  const stopwords = stopwordsOf(lang);
  // Russian quotes as well («…», „…“); OR may be written ИЛИ on a Russian page.
  const QUOTES = lang === 'ru' ? /[“”„"«»]([^“”„"«»]+)[“”„"«»]?/gu : /[“”„"]([^“”„"]+)[“”„"]?/gu;
  const or = (w: string | undefined) => w === 'OR' || (lang === 'ru' && w === 'ИЛИ');
  const rest = query.replace(QUOTES, (_, phrase: string) => {
    if (phrase.trim()) phrases.push(phrase.trim());
    return ' ';
  });
  const tokens = rest.split(/\s+/u).filter(Boolean);
  const exclude: string[] = [];
  const kept: string[] = [];
  for (const token of tokens) {
    if (/^-[\p{L}\p{N}]/u.test(token)) exclude.push(token.slice(1));
    else kept.push(token);
  }
  // a OR b OR c: the words on either side of each OR form one group of alternatives.
  const alternatives: string[][] = [];
  const plain: string[] = [];
  for (let i = 0; i < kept.length; i++) {
    if (or(kept[i + 1]) && i + 2 < kept.length) {
      const group = [kept[i]];
      while (or(kept[i + 1]) && i + 2 < kept.length) {
        group.push(kept[i + 2]);
        i += 2;
      }
      alternatives.push(group);
    } else if (!or(kept[i])) plain.push(kept[i]);
  }
  const isStop = (w: string) => stopwords.has(normalizeWord(w.replace(/[^\p{L}\p{N}’'-]/gu, '')));
  const content = plain.filter((w) => !isStop(w));
  const keepAll = content.length === 0 && phrases.length === 0 && alternatives.length === 0;
  return {
    words: keepAll ? plain : content,
    phrases,
    alternatives,
    exclude,
    dropped: keepAll ? [] : plain.filter(isStop),
  };
}

/**
 * Russian case and number endings, longest first: what a noun or adjective in a reader's sentence carries
 * that its title does not («в Таджикистане» for «Таджикистан», «Академией» for «Академия»).
 */
const RUSSIAN_ENDINGS = [
  'иями', 'ями', 'ами', 'иях', 'ией', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими',
  'ях', 'ах', 'ой', 'ей', 'ий', 'ый', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ую', 'юю', 'ом', 'ем', 'ам', 'ям', 'ов', 'ев', 'ью', 'ия',
  'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь', 'й',
];

/**
 * A normalized Cyrillic word without its case ending, keeping at least three letters: «таджикистане» and
 * «таджикистан» are both «таджикистан», «академией» and «академия» «академи». A light cut for comparing a
 * query with a title and for a wider search (Pagefind matches words that begin with what it is given);
 * other words come back unchanged.
 */
export function russianBase(word: string): string {
  if (!/^[\p{Script=Cyrillic}]+$/u.test(word)) return word;
  for (const end of RUSSIAN_ENDINGS) if (word.endsWith(end) && word.length - end.length >= 3) return word.slice(0, -end.length);
  return word;
}

/** True when the query uses any syntax beyond plain words. */
export const usesSyntax = (p: ParsedQuery) => p.phrases.length > 0 || p.alternatives.length > 0 || p.exclude.length > 0;

// ---------------------------------------------------------------------------------------------------
// The vocabulary: every word the index holds, with how many pages hold it, written at build time and read
// by the search page only when a query word seems unknown.

/** Words the corrector considers: letters, three or more, not numbers (a year is never a typo). */
export const isVocabularyWord = (w: string) => w.length >= 3 && /^\p{L}[\p{L}\p{N}]*$/u.test(w);

/** Serializes page counts as "word count" lines, most frequent first (ties by word, for a stable file). */
export function serializeVocabulary(counts: Map<string, number>): string {
  return [...counts]
    .filter(([w]) => isVocabularyWord(w))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([w, n]) => `${w} ${n}`)
    .join('\n');
}

export type Vocabulary = Map<string, number>;

export function parseVocabulary(text: string): Vocabulary {
  const out: Vocabulary = new Map();
  for (const line of text.split('\n')) {
    const at = line.lastIndexOf(' ');
    if (at > 0) out.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return out;
}

/** How far a word may be from its correction: one edit for short words, two from six letters. */
export const maxEdits = (w: string) => (w.length <= 3 ? 0 : w.length <= 5 ? 1 : 2);

/** True when b is a with two neighbouring letters swapped. */
function swapsTwoNeighbours(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * The vocabulary word nearest a word the index does not hold: fewest edits (Levenshtein, a swap of two
 * neighbouring letters counted as one), then the word
 * more pages hold, then the one sharing the first letter. Undefined when the word is known or nothing is
 * near enough. `distance` is passed in (fastest-levenshtein), so this module stays free of it.
 */
export function correctWord(word: string, vocabulary: Vocabulary, distance: (a: string, b: string) => number): string | undefined {
  const w = normalizeWord(word);
  if (!isVocabularyWord(w) || vocabulary.has(w) || variantsOf(w).some((v) => vocabulary.has(v))) return undefined;
  const limit = maxEdits(w);
  let best: { word: string; d: number; n: number; first: boolean } | undefined;
  for (const [candidate, n] of vocabulary) {
    if (Math.abs(candidate.length - w.length) > limit) continue;
    const raw = distance(w, candidate);
    // Two letters swapped (ODHIR for ODIHR) are one slip, though Levenshtein counts two edits.
    const d = raw === 2 && swapsTwoNeighbours(w, candidate) ? 1 : raw;
    if (d > limit || d === 0) continue;
    const first = candidate[0] === w[0];
    if (!best || d < best.d || (d === best.d && (n > best.n || (n === best.n && first && !best.first)))) {
      best = { word: candidate, d, n, first };
    }
  }
  return best?.word;
}
