// The search page's behaviour: Pagefind queries as the reader types, with the query syntax of the page's
// help ("phrase", OR, -word), corrections of words the index does not hold, a fallback to most of the words
// when all of them match nothing, facet checkboxes with live counts, sort, and the whole state mirrored in
// the URL. Loaded only by /search/.
import {
  FACETS, PAGE_SIZE, parseSearchState, serializeSearchState, toPagefindFilters, toPagefindSort,
  type Facet, type SearchState,
} from '../lib/search-state.ts';
import { PAGEFIND_SCRIPT, SHARDS_META } from '../lib/search-preload.ts';
import { orderResults, sortOrderFile, type SortOrder } from '../lib/search-shards.ts';
import {
  correctWord, normalizeWord, parseQuery, parseVocabulary, queryForm, russianBase, usesSyntax, variantsOf, wordsOf, type ParsedQuery, type Vocabulary,
} from '../lib/search-text.ts';
import { excerptOf } from '../lib/search-excerpt.ts';
import { namesOf, placeInQuery, placeWorksFirst } from '../lib/search-rank.ts';
import { escapeHtml } from '../lib/html-escape.ts';
import type { Dictionary } from '../i18n/index.ts';
import { formatNumber, pluralForm, type PluralForms } from '../i18n/format.ts';

type Counts = Record<string, Record<string, number>>;
interface ResultData {
  url: string; content: string; excerpt: string; locations: number[]; meta: Record<string, string>; filters?: Record<string, string[]>;
}
interface PagefindResult { id: string; score: number; data: () => Promise<ResultData> }
interface Pagefind {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, o?: object): Promise<void>;
  preload(q: string, o?: object): Promise<void>;
  filters(): Promise<Counts>;
  search(q: string | null, o: object): Promise<{ results: PagefindResult[]; filters: Counts; totalFilters: Counts } | null>;
}

/**
 * The page's language, its words (the dictionary's search.client, src/i18n/<lang>/search.ts) and its index's
 * vocabulary, from the form's data-search-config: the script is one for every language.
 */
interface Config { lang: 'en' | 'ru'; words: Dictionary['search']['client']; vocabulary: string }
let config: Config;
let FACET_LABELS: Record<Facet, string>;
/** A template's {placeholders} filled in. */
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
/** A count's words, in the form the count takes ("Найдено 5 результатов"). */
const counted = (forms: PluralForms, n: number) =>
  fill(pluralForm(config.lang, n, forms), { n: formatNumber(n, config.lang) });
/** Fewer results than this for a longer query are followed by those with most of its words. */
const FEW = 5;
/** A facet with more values than this gets a box to narrow its list by typing. */
const NARROW_FROM = 10;

/**
 * Ranking, tuned on the labelled queries (tests/search-queries.ts): a page's length counts for less than
 * Pagefind's default (short stubs outranked the main records), and a match in an entry's title or other
 * names counts for more than one in its text; the facts kept as metadata (type, countries, dates…) are
 * searchable but do not lift a page.
 */
export const RANKING = {
  pageLength: 0.1,
  termFrequency: 0.6,
  metaWeights: { title: 8, aliases: 12, summary: 0.5, variants: 0, parent: 0, countries: 0, dates: 0, places: 0 },
};

/**
 * The shards of a large catalogue's index to merge into the primary one (src/lib/search-shards.ts), which
 * the index step lists in the page's head; none for a small one.
 */
const shards = () => document.querySelector<HTMLMetaElement>(`meta[name="${SHARDS_META}"]`)?.content.split(' ').filter(Boolean) ?? [];

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind() {
  // A runtime path: the index is written after Astro's bundling, so the bundler must not resolve it.
  // noWorker: Pagefind's web worker is a second 43 KB script that must boot before it fetches the index;
  // searching on the main thread costs a few milliseconds per query and makes the first result arrive sooner.
  pagefind ??= import(/* @vite-ignore */ PAGEFIND_SCRIPT).then(async (pf: Pagefind) => {
    await pf.options({ noWorker: true, ranking: RANKING });
    await pf.init();
    // Each shard is ranked with the same weights as the primary; they share its WebAssembly.
    await Promise.all(shards().map((url) => pf.mergeIndex(url, { ranking: RANKING })));
    return pf;
  });
  return pagefind;
}

let sortOrder: Promise<SortOrder> | undefined;
/** A sharded index's order by title and date, loaded when a reader first sorts by one. */
function loadSortOrder() {
  sortOrder ??= fetch(`/${sortOrderFile(config.lang)}`).then((r) => {
    if (!r.ok) throw new Error(`the search index's sort order could not be loaded (${r.status})`);
    return r.json() as Promise<SortOrder>;
  });
  return sortOrder;
}

let vocabulary: Promise<{ words: Vocabulary; distance: (a: string, b: string) => number }> | undefined;
/** The vocabulary and the edit-distance code load only when a query word seems unknown. */
function loadVocabulary() {
  vocabulary ??= Promise.all([
    fetch(config.vocabulary).then((r) => (r.ok ? r.text() : '')),
    import('fastest-levenshtein'),
  ]).then(([text, lev]) => ({ words: parseVocabulary(text), distance: lev.distance }));
  return vocabulary;
}

/** What one search found, and what the page should say about how it was found. */
interface Outcome {
  results: PagefindResult[];
  /** The words actually searched, when they differ from what was typed (a correction). */
  corrected?: string;
  /** The words the results match, when not all the query's words could match together. */
  relaxed?: { matched: number; of: number };
  /** Words no entry has and nothing corrects, when the results are Pagefind's words starting like them. */
  near?: string[];
  /** How many results have all the words, when more with most of them follow. */
  widened?: number;
  /** Results without a date, listed after the dated ones in a date sort. */
  undated?: number;
  /** Words left out as saying nothing about the subject (question words). */
  dropped: string[];
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/**
 * Gives the browser its turn between the steps of a search (Pagefind's start, the search, the results' text,
 * the redraw): each step is a short task of its own, so a keystroke or a tap is answered between them instead
 * of waiting for one long task (a phone's CPU made the first search one task of over 100 ms).
 */
const yieldToMain = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/**
 * The Pagefind query for plain words and phrases (Pagefind reads "…" as an exact phrase itself); a word
 * with other spellings is searched in the one that matches no unrelated words (queryForm).
 */
const pagefindQuery = (words: string[], phrases: string[]) => [...words.map(queryForm), ...phrases.map((p) => `"${p}"`)].join(' ');

/** A name in the form names are compared in: its words, and in Russian without their endings («Таджикистане» names «Таджикистан»). */
const nameForm = (text: string) => wordsOf(text).map(config.lang === 'ru' ? russianBase : (w: string) => w).join(' ');

/** Results of several searches as one list: each page once, with its best score, best first. */
function merge(lists: PagefindResult[][]): PagefindResult[] {
  const best = new Map<string, PagefindResult>();
  for (const list of lists) for (const r of list) if (!best.has(r.id) || best.get(r.id)!.score < r.score) best.set(r.id, r);
  return [...best.values()].sort((a, b) => b.score - a.score);
}

export function startSearchPage() {
  const form = $<HTMLFormElement>('search-form');
  config = JSON.parse(form.dataset.searchConfig!) as Config;
  const words = config.words;
  FACET_LABELS = words.facets;
  const input = $<HTMLInputElement>('search-q');
  const sort = $<HTMLSelectElement>('search-sort');
  const facetBox = $<HTMLDivElement>('search-facets');
  const filterPanel = $<HTMLDetailsElement>('search-filters');
  const status = $<HTMLParagraphElement>('search-status');
  const notice = $<HTMLParagraphElement>('search-notice');
  const active = $<HTMLDivElement>('search-active');
  const list = $<HTMLOListElement>('search-results');
  const browse = $<HTMLElement>('browse');
  const downloads = $<HTMLDivElement>('search-downloads');
  const more = $<HTMLButtonElement>('search-more');
  let state = parseSearchState(location.search);
  let run = 0;
  // Facet counts come back with results only once Pagefind's filter index is loaded. That index grows
  // with the catalogue, so it loads when the reader opens the filters (or arrives with filters set).
  let filtersLoaded: Promise<Counts> | undefined;
  const wantFilters = () => filterPanel.open || Object.keys(state.filters).length > 0;
  filterPanel.hidden = false;
  filterPanel.open = Object.keys(state.filters).length > 0;
  filterPanel.addEventListener('toggle', () => {
    // Opening the panel loads the filter index once. The page's own first render may be doing that
    // already (when it arrives with filters set, it opens the panel itself): wait for it, rather than
    // starting a second render that would redraw the facets under the reader's pointer.
    if (filterPanel.open && !filtersLoaded) void latest.then(() => { if (!filtersLoaded) render(false); });
  });
  let current: PagefindResult[] = [];
  let shownCount = 0;
  const dataCache = new Map<string, Promise<ResultData>>();
  const dataOf = (r: PagefindResult) => {
    if (!dataCache.has(r.id)) dataCache.set(r.id, r.data());
    return dataCache.get(r.id)!;
  };

  more.addEventListener('click', async () => {
    const next = await Promise.all(current.slice(shownCount, shownCount + PAGE_SIZE).map(dataOf));
    const items = next.map(resultItem);
    list.append(...items);
    shownCount += next.length;
    more.hidden = shownCount >= current.length;
    state = { ...state, shown: shownCount };
    history.replaceState(null, '', `${location.pathname}${serializeSearchState(state)}`);
    items[0]?.querySelector('a')?.focus(); // keyboard users continue from the first new result
  });

  const readForm = (): SearchState => {
    const filters: SearchState['filters'] = {};
    for (const box of facetBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
      (filters[box.name as Facet] ??= []).push(box.value);
    }
    // Filters the facets do not show (a value no entry has, from an old link) stay until removed.
    for (const [facet, values] of Object.entries(state.filters) as [Facet, string[]][]) {
      for (const v of values) {
        if (!facetBox.querySelector(`input[name="${facet}"][value="${CSS.escape(v)}"]`)) (filters[facet] ??= []).push(v);
      }
    }
    for (const f of Object.keys(filters) as Facet[]) filters[f] = [...new Set(filters[f])].sort();
    return { query: input.value.trim(), filters, sort: sort.value as SearchState['sort'] };
  };

  /** One Pagefind search with the page's filters; an empty list when Pagefind gives up on the query. */
  async function find(pf: Pagefind, query: string | null, filters: SearchState['filters'], sortBy: Record<string, 'asc' | 'desc'> | undefined) {
    if (sortBy && shards().length) {
      // Pagefind orders merged shards' results by score, whatever each shard's sort: the order is put back.
      const [search, order] = await Promise.all([pf.search(query, { filters: toPagefindFilters(filters) }), loadSortOrder()]);
      return orderResults(search?.results ?? [], order, sortBy);
    }
    const search = await pf.search(query, { filters: toPagefindFilters(filters), sort: sortBy });
    return search?.results ?? [];
  }

  /** The query's words with the syntax applied: alternatives (OR) merged, exclusions removed. */
  async function findParsed(pf: Pagefind, p: ParsedQuery, sortBy: Record<string, 'asc' | 'desc'> | undefined): Promise<PagefindResult[]> {
    let results: PagefindResult[];
    if (p.alternatives.length) {
      // Every combination of one alternative from each OR group, at most a dozen searches.
      let combos: string[][] = [[]];
      for (const group of p.alternatives) combos = combos.flatMap((c) => group.map((alt) => [...c, alt])).slice(0, 12);
      results = merge(await Promise.all(combos.map((c) => find(pf, pagefindQuery([...p.words, ...c], p.phrases), state.filters, sortBy))));
    } else if (p.words.length || p.phrases.length) {
      results = await find(pf, pagefindQuery(p.words, p.phrases), state.filters, sortBy);
    } else results = await find(pf, null, state.filters, sortBy);
    if (p.exclude.length) {
      const excluded = new Set((await Promise.all(p.exclude.map((w) => find(pf, w, {}, undefined)))).flat().map((r) => r.id));
      results = results.filter((r) => !excluded.has(r.id));
    }
    return results;
  }

  /**
   * Whether a query word was matched as itself: Pagefind, finding no page with a word, quietly matches a
   * shorter start of it ("Tajikstan" as "tajik"). A word none of the first results holds, as itself or as an
   * inflection of it, is checked against the vocabulary.
   */
  function unexplained(words: string[], shown: ResultData[]): string[] {
    const seen = new Set<string>();
    for (const d of shown) {
      const contentWords = d.content.split(/[^\S\uFEFF]+/);
      for (const l of d.locations) for (const w of wordsOf(contentWords[l] ?? '')) seen.add(w);
    }
    const explained = (w: string) => {
      if (w.length < 4 || /\d/.test(w)) return true;
      for (const s of seen) if (s.startsWith(w) || (w.startsWith(s) && w.length - s.length <= 2)) return true;
      // A Russian word in another case than the page's («правозащитников», «правозащитники»): the same word.
      if (config.lang === 'ru') {
        const base = russianBase(w);
        for (const s of seen) if (base.length >= 4 && russianBase(s) === base) return true;
      }
      return false;
    };
    // A hyphenated word (co-operation) counts as itself or its parts, as the index holds it.
    return words.filter((word) => !wordsOf(word).some(explained));
  }

  /**
   * The query's words checked against the vocabulary: `fixed` has each unknown word corrected (undefined when
   * none could be), `unknown` the suspect words the index lacks that nothing corrects.
   */
  async function corrections(words: string[], suspects: string[]): Promise<{ fixed?: string[]; unknown: string[] }> {
    const { words: vocab, distance } = await loadVocabulary();
    if (!vocab.size) return { unknown: [] };
    let changed = false;
    const unknown: string[] = [];
    const fixed = words.map((w) => {
      const forms = wordsOf(w);
      const c = forms.length === 1 ? correctWord(w, vocab, distance) : undefined;
      if (c) changed = true;
      else if (suspects.includes(w) && !forms.some((f) => vocab.has(f))) unknown.push(w);
      return c ?? w;
    });
    return { fixed: changed ? fixed : undefined, unknown };
  }

  /** Pages matching most of the words: each word searched alone, pages ranked by words matched, then score. */
  async function mostOf(pf: Pagefind, words: string[]): Promise<{ results: PagefindResult[]; matched: number }> {
    const lists = await Promise.all(words.map((w) => find(pf, queryForm(w), state.filters, undefined)));
    const tally = new Map<string, { r: PagefindResult; n: number; score: number }>();
    for (const l of lists) {
      for (const r of l) {
        const t = tally.get(r.id) ?? { r, n: 0, score: 0 };
        t.n++;
        t.score += r.score;
        tally.set(r.id, t);
      }
    }
    const all = [...tally.values()];
    const matched = Math.max(0, ...all.map((t) => t.n));
    const needed = Math.max(1, Math.min(matched, Math.ceil(words.length / 2)));
    const results = all.filter((t) => t.n >= needed).sort((a, b) => b.n - a.n || b.score - a.score).map((t) => t.r);
    return { results, matched };
  }

  /**
   * Puts first the result whose title or other name is exactly the query (a main record for its own name).
   * A hub (a mission, a country, a theme) named exactly is looked for among its own collection too: with
   * thousands of entries its page can rank below the first results, every "… on hate crime" project matching
   * "hate crime" as well, and the browse lists below the form name every hub of those collections.
   */
  async function exactNameFirst(pf: Pagefind, results: PagefindResult[], query: string, candidates: PagefindResult[] = []): Promise<PagefindResult[]> {
    const wanted = nameForm(query);
    if (!wanted) return results;
    // Its title and the names of its "Also known as:" line, in the page's language.
    const named = async (pool: PagefindResult[]) => {
      const head = await Promise.all(pool.map(dataOf));
      return pool[head.findIndex((d) => namesOf(d.meta).some((n) => nameForm(n) === wanted))] as PagefindResult | undefined;
    };
    const top = results.slice(0, PAGE_SIZE);
    let found = await named([...top, ...candidates.slice(0, PAGE_SIZE).filter((c) => !top.some((r) => r.id === c.id))]);
    if (!found) {
      const hub = browseHubs().find((h) => nameForm(h.title) === wanted && (!state.filters.type || state.filters.type.includes(h.type)));
      if (hub) found = await named((await find(pf, query, { ...state.filters, type: [hub.type] }, undefined)).slice(0, PAGE_SIZE));
    }
    if (!found || found === results[0]) return results;
    return [found, ...results.filter((r) => r.id !== found.id)];
  }

  /** Among the first page of results, for a search naming a place: what names the place first, works before their parts. */
  async function placesFirst(results: PagefindResult[], words: string[]): Promise<PagefindResult[]> {
    const top = results.slice(0, PAGE_SIZE);
    const meta = new Map(await Promise.all(top.map(async (r) => [r.id, (await dataOf(r)).meta] as const)));
    const wanted = placeInQuery(words, [...meta.values()], nameForm);
    if (!wanted) return results;
    const ranked = placeWorksFirst(top, (r) => meta.get(r.id)!, {
      isPlace: (name) => nameForm(name) === wanted,
      names: (text) => ` ${nameForm(text)} `.includes(` ${wanted} `),
      mostly: 2 * wordsOf(wanted).length >= words.length,
    });
    return [...ranked, ...results.slice(PAGE_SIZE)];
  }

  /** The hubs the browse lists name: each link's title and the type filter value of its collection. */
  function browseHubs(): { title: string; type: string }[] {
    return [...browse.querySelectorAll<HTMLElement>('section[data-type]')].flatMap((section) =>
      [...section.querySelectorAll('li a')].map((a) => ({ title: a.textContent ?? '', type: section.dataset.type! })));
  }

  /**
   * Russian words in a reader's case («в Таджикистане», «Узбекистану») searched again without their endings,
   * so every form of the word matches (Pagefind takes a word as the start of longer ones): the pages found only
   * so follow the others, and a page named by the query in another case can come first (exactNameFirst).
   */
  async function baseForms(pf: Pagefind, p: ParsedQuery): Promise<PagefindResult[]> {
    if (config.lang !== 'ru' || usesSyntax(p) || !p.words.length) return [];
    const bases = p.words.map((w) => russianBase(normalizeWord(queryForm(w))));
    if (bases.every((b, i) => b === normalizeWord(queryForm(p.words[i])))) return [];
    return find(pf, bases.join(' '), state.filters, undefined);
  }

  async function searchNow(pf: Pagefind): Promise<Outcome> {
    const parsed = parseQuery(state.query, config.lang);
    const outcome: Outcome = { results: [], dropped: parsed.dropped };
    const relevance = state.sort === 'relevance' || state.sort === 'title';
    let results = await findParsed(pf, parsed, relevance ? toPagefindSort(state.sort) : undefined);
    await yieldToMain();
    if (state.query && !usesSyntax(parsed) && !state.typed) {
      // Typing errors: a word the index lacks is corrected against its own vocabulary and searched again.
      const shown = results.length ? await Promise.all(results.slice(0, PAGE_SIZE).map(dataOf)) : [];
      const suspects = results.length === 0 ? parsed.words : unexplained(parsed.words, shown).filter((w) => !variantsOf(normalizeWord(w)).length);
      if (suspects.length) {
        const { fixed, unknown } = await corrections(parsed.words, suspects);
        if (fixed) {
          const again = await findParsed(pf, { ...parsed, words: fixed }, relevance ? toPagefindSort(state.sort) : undefined);
          const relaxedAgain = again.length ? undefined : fixed.length > 1 ? await mostOf(pf, fixed) : undefined;
          const better = again.length ? again : relaxedAgain?.results ?? [];
          if (better.length) {
            results = better;
            outcome.corrected = fixed.join(' ');
            if (!again.length && relaxedAgain) outcome.relaxed = { matched: relaxedAgain.matched, of: fixed.length };
            parsed.words = fixed;
          }
        } else if (unknown.length && unknown.length < parsed.words.length) {
          // A word no page holds and nothing corrects: Pagefind's own near matches for it mean nothing, so
          // the results are those of the other words, said to be.
          const rest = parsed.words.filter((w) => !unknown.includes(w));
          const without = await findParsed(pf, { ...parsed, words: rest }, relevance ? toPagefindSort(state.sort) : undefined);
          if (without.length) {
            results = without;
            outcome.relaxed = { matched: rest.length, of: parsed.words.length };
            parsed.words = rest;
          }
        } else if (unknown.length) outcome.near = unknown; // all its words unknown: Pagefind's near matches, said to be
      }
    }
    const plainWords = !parsed.phrases.length && !parsed.alternatives.length;
    if (!results.length && parsed.words.length > 1 && plainWords) {
      // Nothing has all the words: the pages with most of them, saying so.
      const relaxed = await mostOf(pf, parsed.words);
      if (relaxed.results.length) {
        results = relaxed.results;
        outcome.relaxed = { matched: relaxed.matched, of: parsed.words.length };
      }
    } else if (results.length < FEW && parsed.words.length > 2 && plainWords && state.sort === 'relevance') {
      // Few pages have all of three or more words (a question, a paraphrase): after them, those with most.
      const relaxed = await mostOf(pf, parsed.words);
      const have = new Set(results.map((r) => r.id));
      const extra = relaxed.results.filter((r) => !have.has(r.id));
      if (extra.length) {
        results = [...results, ...extra];
        outcome.widened = results.length - extra.length;
      }
    }
    if (state.sort === 'relevance' && state.query) {
      const wider = await baseForms(pf, parsed);
      if (wider.length) {
        const have = new Set(results.map((r) => r.id));
        results = [...results, ...wider.filter((r) => !have.has(r.id))];
      }
      results = await exactNameFirst(pf, await placesFirst(results, parsed.words), outcome.corrected ?? state.query, wider);
    }
    if (state.sort === 'newest' || state.sort === 'oldest') {
      // Pagefind's date sort leaves out pages without a date: they follow the dated ones, counted.
      const dated = await findParsed(pf, parsed, toPagefindSort(state.sort));
      const matching = new Set(results.map((r) => r.id));
      const datedHere = dated.filter((r) => matching.has(r.id));
      const datedIds = new Set(datedHere.map((r) => r.id));
      const undated = results.filter((r) => !datedIds.has(r.id));
      results = [...datedHere, ...undated];
      outcome.undated = undated.length;
    }
    outcome.results = results;
    return outcome;
  }

  let latest: Promise<void> = Promise.resolve();
  function render(push: boolean, focusAfter?: { name: string; value: string } | null): Promise<void> {
    return (latest = renderNow(push, focusAfter));
  }

  async function renderNow(push: boolean, focusAfter?: { name: string; value: string } | null) {
    const url = `${location.pathname}${serializeSearchState(state)}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
    document.title = state.query ? fill(words.documentTitle, { query: state.query, title: initialTitle }) : initialTitle;
    const mine = ++run;
    const pf = await loadPagefind();
    await yieldToMain();
    if (wantFilters()) await (filtersLoaded ??= pf.filters());
    const allCounts = filtersLoaded ? await filtersLoaded : undefined;
    const hasFilters = Object.keys(state.filters).length > 0;
    if (!state.query && !hasFilters) {
      if (mine !== run) return;
      renderFacets(allCounts ?? {}, focusAfter);
      renderActive(allCounts);
      list.replaceChildren();
      list.dataset.query = '';
      current = [];
      more.hidden = true;
      downloads.hidden = true;
      notice.hidden = true;
      browse.hidden = false;
      status.textContent = words.idle;
      return;
    }
    const outcome = await searchNow(pf);
    const want = Math.max(PAGE_SIZE, state.shown ?? 0);
    const shown = await Promise.all(outcome.results.slice(0, want).map(dataOf));
    await yieldToMain();
    if (mine !== run) return; // a newer keystroke has started its own search
    const counts = filtersLoaded ? await disjunctiveCounts(pf, outcome.corrected) : {};
    if (mine !== run) return;
    renderFacets(counts, focusAfter);
    renderActive(allCounts);
    current = outcome.results;
    shownCount = shown.length;
    const n = current.length;
    browse.hidden = n > 0;
    downloads.hidden = n === 0;
    status.textContent = statusLine(n, outcome);
    renderNotice(outcome, n);
    list.replaceChildren(...shown.map(resultItem));
    list.dataset.query = state.query;
    more.hidden = shownCount >= n;
  }

  function statusLine(n: number, outcome: Outcome) {
    const filters = Object.entries(state.filters).flatMap(([f, vs]) => vs!.map((v) => fill(words.filter, { facet: FACET_LABELS[f as Facet], value: v })));
    const parts = [counted(words.count, n)];
    if (state.query) parts.push(fill(words.forQuery, { query: outcome.corrected ?? state.query }));
    if (filters.length) parts.push(fill(words.withFilters, { filters: filters.join(words.filterJoin) }));
    let line = parts.join(' ');
    if (outcome.undated) line += fill(words.undated, { dated: formatNumber(n - outcome.undated, config.lang), undated: formatNumber(outcome.undated, config.lang) });
    return `${line}${words.end}`;
  }

  /** What the page did with the query: a correction, a fallback to most words, dropped question words. */
  function renderNotice(outcome: Outcome, n: number) {
    const parts: (string | Node)[] = [];
    if (outcome.corrected) {
      parts.push(words.correctedBefore);
      const b = document.createElement('strong');
      b.textContent = outcome.corrected;
      parts.push(b, words.correctedMiddle);
      const a = document.createElement('a');
      a.href = `${location.pathname}${serializeSearchState({ ...state, typed: true, shown: undefined })}`;
      a.textContent = state.query;
      a.addEventListener('click', (e) => {
        e.preventDefault();
        state = { ...state, typed: true, shown: undefined };
        render(true);
      });
      parts.push(a, words.correctedAfter);
    }
    if (outcome.near && n > 0) {
      parts.push(fill(words.near, { words: outcome.near.map((w) => fill(words.nearWord, { word: w })).join(words.nearJoin) }));
    }
    if (outcome.widened !== undefined) {
      parts.push(counted(words.widened, outcome.widened));
    }
    if (outcome.relaxed) {
      parts.push(fill(words.relaxed, { of: formatNumber(outcome.relaxed.of, config.lang), matched: formatNumber(outcome.relaxed.matched, config.lang) }));
    }
    if (n === 0) {
      parts.push(words.nothing);
      if (Object.keys(state.filters).length) parts.push(words.nothingFilter);
      parts.push(words.nothingBrowse);
    }
    notice.replaceChildren(...parts);
    notice.hidden = parts.length === 0;
  }

  const initialTitle = document.title;

  function resultItem(r: ResultData) {
    const li = document.createElement('li');
    const h = document.createElement('h2');
    const a = document.createElement('a');
    a.href = r.url;
    a.textContent = r.meta.title ?? r.url;
    h.append(a);
    const info = document.createElement('p');
    info.className = 'result-meta';
    info.textContent = [r.filters?.type?.[0], r.meta.parent && fill(words.inParent, { parent: r.meta.parent }), r.meta.countries, r.meta.dates].filter(Boolean).join(words.metaJoin);
    const excerpt = document.createElement('p');
    // Built from the page text with every character escaped; only <mark> is added around matches.
    excerpt.innerHTML = state.query
      ? excerptOf({ content: r.content, locations: r.locations, title: r.meta.title, aliases: r.meta.aliases, summary: r.meta.summary })
      : escapeHtml(r.meta.summary ?? '');
    li.append(h, info, excerpt);
    return li;
  }

  /**
   * Counts for a facet with values ticked come from the search without that facet's own filter, so the
   * other values show how many results ticking them would add (values within a facet combine with "or").
   */
  async function disjunctiveCounts(pf: Pagefind, corrected?: string): Promise<Counts> {
    // The words searched: the corrected ones when a typo was corrected, so the counts match the results.
    const parsedNow = parseQuery(corrected ?? state.query, config.lang);
    const q = pagefindQuery(parsedNow.words, parsedNow.phrases) || null;
    const base = await pf.search(q, { filters: toPagefindFilters(state.filters) });
    const merged: Counts = { ...(base?.filters ?? {}) };
    for (const facet of Object.keys(state.filters) as Facet[]) {
      const others = { ...state.filters };
      delete others[facet];
      const without = await pf.search(q, { filters: toPagefindFilters(others) });
      merged[facet] = without?.filters[facet] ?? {};
    }
    return merged;
  }

  function renderFacets(counts: Counts, focusAfter?: { name: string; value: string } | null) {
    // Keep the reader's place: the control they used is focused again once the facets are redrawn.
    const focused = focusAfter ?? focusedControl();
    const narrowed = new Map([...facetBox.querySelectorAll<HTMLInputElement>('input[data-narrow]')].map((i) => [i.dataset.narrow!, i.value]));
    const sets = FACETS.map((facet) => {
      const chosen = new Set(state.filters[facet] ?? []);
      const values = Object.entries(counts[facet] ?? {})
        .filter(([value, count]) => count > 0 || chosen.has(value))
        .sort(([a], [b]) => (facet === 'year' ? b.localeCompare(a) : a.localeCompare(b, config.lang)));
      if (!values.length) return undefined; // an empty facet shows nothing, not a heading alone
      const set = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = FACET_LABELS[facet];
      set.append(legend);
      if (values.length > NARROW_FROM) {
        const narrow = document.createElement('input');
        narrow.type = 'search';
        narrow.dataset.narrow = facet;
        narrow.className = 'facet-narrow';
        narrow.setAttribute('aria-label', words.narrow[facet].label);
        narrow.placeholder = words.narrow[facet].placeholder;
        narrow.value = narrowed.get(facet) ?? '';
        set.append(narrow);
      }
      for (const [value, count] of values) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = facet;
        box.value = value;
        box.checked = chosen.has(value);
        label.append(box, ` ${value} `);
        const c = document.createElement('span');
        c.className = 'count';
        c.textContent = `(${count})`;
        label.append(c);
        set.append(label);
      }
      return set;
    }).filter((s): s is HTMLFieldSetElement => !!s);
    facetBox.replaceChildren(...sets);
    for (const n of facetBox.querySelectorAll<HTMLInputElement>('input[data-narrow]')) applyNarrow(n);
    if (focused) {
      const selector = focused.value === undefined ? `input[data-narrow="${focused.name}"]` : `input[name="${focused.name}"][value="${CSS.escape(focused.value)}"]`;
      facetBox.querySelector<HTMLInputElement>(selector)?.focus();
    }
  }

  function focusedControl(): { name: string; value: string } | null {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el || !facetBox.contains(el)) return null;
    if (el.dataset.narrow) return { name: el.dataset.narrow, value: undefined as unknown as string };
    return { name: el.name, value: el.value };
  }

  function applyNarrow(narrow: HTMLInputElement) {
    const words = wordsOf(narrow.value);
    for (const label of narrow.parentElement!.querySelectorAll('label')) {
      const text = wordsOf(label.textContent ?? '');
      label.hidden = words.length > 0 && !words.every((w) => text.some((t) => t.startsWith(w)));
    }
  }
  facetBox.addEventListener('input', (e) => {
    const narrow = e.target as HTMLInputElement;
    if (narrow.dataset.narrow) applyNarrow(narrow);
  });

  /** The filters in force, each removable in one click, "Clear all", and values no entry has. */
  function renderActive(all: Counts | undefined) {
    const chips: HTMLElement[] = [];
    for (const facet of FACETS) {
      for (const value of state.filters[facet] ?? []) {
        const unknown = all !== undefined && !(all[facet] && value in all[facet]);
        const b = document.createElement('button');
        b.type = 'button';
        b.className = unknown ? 'chip chip-unknown' : 'chip';
        b.dataset.facet = facet;
        b.dataset.value = value;
        b.textContent = `${fill(words.filter, { facet: FACET_LABELS[facet], value })}${unknown ? words.chipUnknown : ''}`;
        b.setAttribute('aria-label', `${fill(words.chipRemove, { facet: FACET_LABELS[facet], value })}${unknown ? words.chipRemoveUnknown : ''}`);
        chips.push(b);
      }
    }
    if (chips.length) {
      const clear = document.createElement('button');
      clear.type = 'button';
      clear.className = 'chip-clear';
      clear.dataset.clear = 'all';
      clear.textContent = words.clearAll;
      const label = document.createElement('span');
      label.textContent = words.filtersLabel;
      active.replaceChildren(label, ...chips, clear);
    } else active.replaceChildren();
    active.hidden = chips.length === 0;
  }
  active.addEventListener('click', (e) => {
    const b = (e.target as HTMLElement).closest('button');
    if (!b) return;
    const filters = { ...state.filters };
    if (b.dataset.clear) for (const f of Object.keys(filters)) delete filters[f as Facet];
    else {
      const f = b.dataset.facet as Facet;
      filters[f] = (filters[f] ?? []).filter((v) => v !== b.dataset.value);
      if (!filters[f]!.length) delete filters[f];
    }
    state = { ...state, filters, shown: undefined };
    void render(true).then(() => (active.querySelector('button') ?? input).focus());
  });

  // The export code loads only when a reader asks for a download.
  downloads.addEventListener('click', async (e) => {
    const format = (e.target as HTMLElement).closest('button')?.dataset.format as 'csv' | 'json' | undefined;
    if (!format) return;
    const exporter = await import('../lib/search-export.ts');
    const records = (await Promise.all(current.map(dataOf))).map((d, i) => exporter.toResultRecord(d, exporter.publicOrigin(), i + 1));
    const searchUrl = `${exporter.publicOrigin() ?? ''}${location.pathname}`;
    const body = format === 'csv' ? exporter.resultsToCsv(state, records, searchUrl, new Date()) : exporter.resultsToJson(state, records, searchUrl, new Date());
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([body], { type: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' }));
    link.download = exporter.exportFileName(state, format);
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000); // revoking at once can cancel the download
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    // The index chunks for what is typed so far load during the pause before the search runs.
    if (input.value.trim()) void loadPagefind().then((pf) => pf.preload(input.value));
    timer = setTimeout(() => ((state = readForm()), render(false)), 120);
  });
  sort.addEventListener('change', () => ((state = readForm()), render(true)));
  facetBox.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    if (box.type !== 'checkbox') return;
    state = readForm();
    render(true, { name: box.name, value: box.value });
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    state = readForm();
    render(true);
  });
  addEventListener('popstate', () => {
    state = parseSearchState(location.search);
    input.value = state.query;
    sort.value = state.sort;
    render(false);
  });
  input.value = state.query;
  sort.value = state.sort;
  render(false);
}

