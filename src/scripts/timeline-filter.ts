// Narrows /timeline/ in place by country, theme and type, reading each item's data-country, data-theme and
// data-type (space-separated ids), mirrors the choice in the URL (?country=…&theme=…&type=…) and restores it
// from there. Without JavaScript the form stays hidden and the per-country and per-theme pages do the job.
const FIELDS = ['country', 'theme', 'type'] as const;

export function startTimelineFilter(form: HTMLFormElement) {
  const items = [...document.querySelectorAll<HTMLElement>('.timeline li[data-type]')];
  const years = [...document.querySelectorAll<HTMLElement>('.timeline > li')];
  const status = form.querySelector('[role=status]')!;
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;

  const apply = () => {
    const chosen = FIELDS.map((f) => [f, select(f).value] as const);
    let shown = 0;
    for (const li of items) {
      li.hidden = !chosen.every(([f, v]) => !v || li.dataset[f]!.split(' ').includes(v));
      if (!li.hidden) shown++;
    }
    for (const year of years) year.hidden = !year.querySelector('li[data-type]:not([hidden])');
    status.textContent = shown === items.length ? `Showing all ${shown} dated entries.`
      : shown ? `Showing ${shown} of ${items.length} dated entries.` : 'No dated entries match. Choose “Show all” to see every entry.';
    const query = new URLSearchParams(location.search);
    for (const [f, v] of chosen) if (v) query.set(f, v); else query.delete(f);
    const search = query.toString();
    history.replaceState(history.state, '', `${location.pathname}${search && `?${search}`}${location.hash}`);
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
