// Narrows a page of /timeline/ in place by country, theme and type (dated and undated rows alike), reading each item's data-country, data-theme
// and data-type (space-separated ids), mirrors the choice in the URL (?country=…&theme=…&type=…) and restores it
// from there. Without JavaScript the form stays hidden and the per-country and per-theme pages do the job.
// A long timeline has pages (src/lib/timeline.ts): the form narrows the page it is on, says so in its count,
// carries the choice along the pager and year links, and points to the per-country and per-theme timelines,
// which hold a country's or theme's entries from every page. Its words come from the page's dictionary, which
// the form carries in data-words (src/components/Timeline.astro): templates with {shown}, {total} and {name}.

const FIELDS = ['country', 'theme', 'type'] as const;
/** Where a chosen country or theme has a timeline of its own, across every page. */
const OWN_TIMELINE = { country: 'countries', theme: 'themes' } as const;

export function startTimelineFilter(form: HTMLFormElement) {
  // Every row is narrowed; the entries are counted, not the dated events inside them (data-event rows).
  const rows = [...document.querySelectorAll<HTMLElement>('.timeline li[data-type]')];
  const items = rows.filter((li) => !li.hasAttribute('data-event'));
  const years = [...document.querySelectorAll<HTMLElement>('.timeline > li')];
  // Links to other pages of this timeline: they keep the choice, so the next page is narrowed the same way.
  const pageLinks = [...document.querySelectorAll<HTMLAnchorElement>('.pager a, .timeline-index a')];
  const status = form.querySelector('[role=status]')!;
  const elsewhere = form.querySelector<HTMLElement>('.timeline-filter-elsewhere');
  const paged = form.hasAttribute('data-paged');
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  const words: Record<string, string> = JSON.parse(form.dataset.words ?? '{}');
  const number = new Intl.NumberFormat(document.documentElement.lang || undefined);
  const fill = (key: string, values: Record<string, string | number>) =>
    (words[paged && `${key}Paged` in words ? `${key}Paged` : key] ?? '').replace(/\{(\w+)\}/g, (_, k) =>
      (typeof values[k] === 'number' ? number.format(values[k] as number) : String(values[k] ?? '')));

  const say = (shown: number) => fill(shown === items.length ? 'all' : shown ? 'some' : 'none', { shown, total: items.length });

  /** Links to the chosen country's and theme's own timelines, which hold their entries from every page. */
  const pointElsewhere = (chosen: (readonly [string, string])[]) => {
    if (!elsewhere) return;
    const links = chosen.filter(([f, v]) => v && f in OWN_TIMELINE).map(([f, v]) => {
      const a = document.createElement('a');
      a.href = words.timeline.replace('{c}', OWN_TIMELINE[f as keyof typeof OWN_TIMELINE]).replace('{id}', v);
      a.textContent = words.own.replace('{name}', select(f).selectedOptions[0].text.replace(/ \([\d\s\u00a0\u202f]+\)$/, '')); // the option less its count
      return a;
    });
    elsewhere.replaceChildren(...(links.length ? [words.elsewhere, ...links.flatMap((a, i) => (i ? [' · ', a] : [a]))] : []));
    elsewhere.hidden = !links.length;
  };

  const apply = () => {
    const chosen = FIELDS.map((f) => [f, select(f).value] as const);
    let shown = 0;
    for (const li of rows) {
      li.hidden = !chosen.every(([f, v]) => !v || li.dataset[f]!.split(' ').includes(v));
      if (!li.hidden && !li.hasAttribute('data-event')) shown++;
    }
    for (const year of years) year.hidden = !year.querySelector('li[data-type]:not([hidden])');
    status.textContent = say(shown);
    pointElsewhere(chosen);
    const query = new URLSearchParams(location.search);
    for (const [f, v] of chosen) if (v) query.set(f, v); else query.delete(f);
    const search = query.toString();
    history.replaceState(history.state, '', `${location.pathname}${search && `?${search}`}${location.hash}`);
    for (const a of pageLinks) {
      const url = new URL((a.dataset.href ??= a.getAttribute('href')!), location.href);
      url.search = search;
      a.setAttribute('href', `${url.pathname}${url.search}${url.hash}`);
    }
  };

  const query = new URLSearchParams(location.search);
  for (const f of FIELDS) {
    const value = query.get(f);
    if (value && [...select(f).options].some((o) => o.value === value)) select(f).value = value;
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => (e.preventDefault(), apply()));
  form.addEventListener('reset', () => setTimeout(apply));
  form.hidden = false;
  apply();
}
