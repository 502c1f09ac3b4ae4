// Narrows and reorders a collection index page in place: rows whose title or summary holds every word typed,
// in the order chosen (within each group, so subprojects stay under their project). Without JavaScript the
// form stays hidden and the page is a plain list. Only the page in view is filtered; its status line says so,
// in the page's words, which the form carries in data-words (templates with {shown}, {total} and {query}).
export function startListFilter(form: HTMLFormElement) {
  const groups = [...document.querySelectorAll<HTMLElement>('.index-group')];
  const rows = [...document.querySelectorAll<HTMLLIElement>('.index-list > li')];
  const original = new Map(groups.map((g) => [g, [...g.querySelectorAll<HTMLLIElement>('.index-list > li')]]));
  const status = form.querySelector('[role=status]')!;
  const query = form.elements.namedItem('filter') as HTMLInputElement;
  const order = form.elements.namedItem('order') as HTMLSelectElement | null;
  const paged = document.querySelector('nav.pager') !== null;
  const lang = document.documentElement.lang || undefined;
  const words: Record<string, string> = JSON.parse(form.dataset.words ?? '{}');
  const number = new Intl.NumberFormat(lang);
  const fill = (key: string, values: Record<string, string | number>) =>
    (words[paged ? `${key}Paged` : key] ?? '').replace(/\{(\w+)\}/g, (_, k) =>
      (typeof values[k] === 'number' ? number.format(values[k] as number) : String(values[k] ?? '')));

  const compare: Record<string, (a: HTMLElement, b: HTMLElement) => number> = {
    // Undated rows go last either way.
    newest: (a, b) => (b.dataset.start || '').localeCompare(a.dataset.start || ''),
    oldest: (a, b) => (a.dataset.start || '\uffff').localeCompare(b.dataset.start || '\uffff'),
    title: (a, b) => (a.dataset.title ?? '').localeCompare(b.dataset.title ?? '', lang),
  };

  const apply = () => {
    const words = query.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const row of rows) {
      const match = words.every((w) => row.dataset.text!.includes(w));
      row.hidden = !match;
      if (match) shown++;
    }
    for (const group of groups) {
      const list = group.querySelector('.index-list')!;
      const sorted = [...original.get(group)!];
      const by = order?.value && compare[order.value];
      if (by) sorted.sort(by);
      list.replaceChildren(...sorted);
      group.hidden = sorted.every((r) => r.hidden);
    }
    status.textContent = fill(shown === rows.length ? 'all' : shown ? 'some' : 'none', { shown, total: rows.length, query: query.value.trim() });
  };
  form.addEventListener('input', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  form.hidden = false;
  apply();
}
