// The search page's behaviour: Pagefind queries as the reader types, facet checkboxes with live
// counts, sort, and the whole state mirrored in the URL. Loaded only by /search/.
import {
  FACETS, parseSearchState, serializeSearchState, toPagefindFilters, toPagefindSort,
  type Facet, type SearchState,
} from '../lib/search-state.ts';
import { PAGEFIND_SCRIPT } from '../lib/search-preload.ts';

type Counts = Record<string, Record<string, number>>;
interface PagefindResult { id: string; data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }> }
interface Pagefind {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  preload(q: string, o?: object): Promise<void>;
  filters(): Promise<Counts>;
  search(q: string | null, o: object): Promise<{ results: PagefindResult[]; filters: Counts; totalFilters: Counts }>;
}

const FACET_LABELS: Record<Facet, string> = {
  type: 'Type', country: 'Country', theme: 'Theme', year: 'Year', organization: 'Organization', mission: 'Mission', status: 'Status',
};
// Each result's data is a separate fetch: load a page of them at a time to keep the first query light.
const PAGE_SIZE = 10;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind() {
  // A runtime path: the index is written after Astro's bundling, so the bundler must not resolve it.
  // noWorker: Pagefind's web worker is a second 43 KB script that must boot before it fetches the index;
  // searching on the main thread costs a few milliseconds per query and makes the first result arrive sooner.
  pagefind ??= import(/* @vite-ignore */ PAGEFIND_SCRIPT).then(async (pf: Pagefind) => (await pf.options({ noWorker: true }), await pf.init(), pf));
  return pagefind;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function startSearchPage() {
  const form = $<HTMLFormElement>('search-form');
  const input = $<HTMLInputElement>('search-q');
  const sort = $<HTMLSelectElement>('search-sort');
  const facetBox = $<HTMLDivElement>('search-facets');
  const filterPanel = $<HTMLDetailsElement>('search-filters');
  const status = $<HTMLParagraphElement>('search-status');
  const list = $<HTMLOListElement>('search-results');
  const browse = $<HTMLElement>('browse');
  const downloads = $<HTMLDivElement>('search-downloads');
  let state = parseSearchState(location.search);
  let run = 0;
  // Facet counts come back with results only once Pagefind's filter index is loaded. That index grows
  // with the catalogue, so it loads when the reader opens the filters (or arrives with filters set).
  let filtersLoaded: Promise<unknown> | undefined;
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
  const more = $<HTMLButtonElement>('search-more');
  more.addEventListener('click', async () => {
    const next = await Promise.all(current.slice(shownCount, shownCount + PAGE_SIZE).map((r) => r.data()));
    const items = next.map(resultItem);
    list.append(...items);
    shownCount += next.length;
    more.hidden = shownCount >= current.length;
    items[0]?.querySelector('a')?.focus(); // keyboard users continue from the first new result
  });

  const readForm = (): SearchState => {
    const filters: SearchState['filters'] = {};
    for (const box of facetBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
      (filters[box.name as Facet] ??= []).push(box.value);
    }
    return { query: input.value.trim(), filters, sort: sort.value as SearchState['sort'] };
  };

  let latest: Promise<void> = Promise.resolve();
  function render(push: boolean): Promise<void> {
    return (latest = renderNow(push));
  }

  async function renderNow(push: boolean) {
    const url = `${location.pathname}${serializeSearchState(state)}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
    const mine = ++run;
    const pf = await loadPagefind();
    if (wantFilters()) await (filtersLoaded ??= pf.filters());
    const hasFilters = Object.keys(state.filters).length > 0;
    if (!state.query && !hasFilters) {
      renderFacets(filtersLoaded ? await pf.filters() : {});
      if (mine !== run) return;
      list.replaceChildren();
      current = [];
      more.hidden = true;
      downloads.hidden = true;
      browse.hidden = false;
      status.textContent = 'Type to search, or choose filters to list matching entries.';
      return;
    }
    const search = await pf.search(state.query || null, { filters: toPagefindFilters(state.filters), sort: toPagefindSort(state.sort) });
    const shown = await Promise.all(search.results.slice(0, PAGE_SIZE).map((r) => r.data()));
    shownCount = shown.length;
    if (mine !== run) return; // a newer keystroke has started its own search
    renderFacets(filtersLoaded ? await disjunctiveCounts(pf, search.filters) : {});
    browse.hidden = true;
    current = search.results;
    downloads.hidden = current.length === 0;
    const n = search.results.length;
    status.textContent = `${n} result${n === 1 ? '' : 's'}${state.query ? ` for “${state.query}”` : ''}.`;
    list.replaceChildren(...shown.map(resultItem));
    list.dataset.query = state.query;
    more.hidden = shownCount >= n;
  }

  function resultItem(r: { url: string; excerpt: string; meta: Record<string, string> }) {
    const li = document.createElement('li');
    const h = document.createElement('h2');
    const a = document.createElement('a');
    a.href = r.url;
    a.textContent = r.meta.title ?? r.url;
    h.append(a);
    const info = document.createElement('p');
    info.className = 'result-meta';
    info.textContent = [r.meta.type, r.meta.parent && `in ${r.meta.parent}`, r.meta.countries, r.meta.dates].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    excerpt.innerHTML = r.excerpt; // Pagefind escapes page text and adds only <mark> around matches
    li.append(h, info, excerpt);
    return li;
  }

  /**
   * Counts for a facet with values ticked come from the search without that facet's own filter, so the
   * other values show how many results ticking them would add (values within a facet combine with "or").
   */
  async function disjunctiveCounts(pf: Pagefind, counts: Counts): Promise<Counts> {
    const merged = { ...counts };
    for (const facet of Object.keys(state.filters) as Facet[]) {
      const others = { ...state.filters };
      delete others[facet];
      const without = await pf.search(state.query || null, { filters: toPagefindFilters(others) });
      merged[facet] = without.filters[facet] ?? {};
    }
    return merged;
  }

  function renderFacets(counts: Counts) {
    facetBox.replaceChildren(
      ...FACETS.filter((f) => counts[f] && Object.keys(counts[f]).length).map((facet) => {
        const set = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = FACET_LABELS[facet];
        set.append(legend);
        const chosen = new Set(state.filters[facet] ?? []);
        const values = Object.entries(counts[facet])
          .filter(([value, count]) => count > 0 || chosen.has(value))
          .sort(([a], [b]) => (facet === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
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
      }),
    );
  }

  // The export code loads only when a reader asks for a download.
  downloads.addEventListener('click', async (e) => {
    const format = (e.target as HTMLElement).closest('button')?.dataset.format;
    if (!format) return;
    const { toResultRecord, resultsToCsv, resultsToJson } = await import('../lib/search-export.ts');
    const records = (await Promise.all(current.map((r) => r.data()))).map((d) => toResultRecord(d, location.origin));
    const body = format === 'csv' ? resultsToCsv(records) : resultsToJson(state, records, `${location.origin}${location.pathname}`, new Date());
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([body], { type: format === 'csv' ? 'text/csv' : 'application/json' }));
    link.download = `civic-atlas-search.${format}`;
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
  facetBox.addEventListener('change', () => ((state = readForm()), render(true)));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
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
