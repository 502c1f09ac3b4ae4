// The timeline in a browser: every project and subproject is on it, dated or undated; with JavaScript a form
// narrows it in place (URL and live count kept in step); without, the form is absent and the per-country pages do the job.
import { describe, expect, inject, it } from 'vitest';
import { launchBrowser, realGraph, usePage } from '../helpers.ts';
import { timeline, timelineFilters, UNDATED } from '../../src/lib/timeline.ts';

const base = inject('baseUrl');
const session = usePage();
const graph = realGraph();
const hrefOf = (e: { collection: string; id: string }) => `/${e.collection}/${e.id}/`;
const work = graph.entries.filter((e) => e.collection === 'projects' || e.collection === 'subprojects');
// Dated as the content says: a project or subproject with a date, or a subproject of a dated project.
const hasDate = (e: (typeof work)[number]) => Boolean(e.data.start || e.data.end
  || (e.collection === 'subprojects' && (graph.get(e.data.project)?.data.start || graph.get(e.data.project)?.data.end)));
// Every row of the timeline: the dated and the undated work.
const dated = work.map(hrefOf).sort();
const undatedCount = work.filter((e) => !hasDate(e)).length;
const filters = timelineFilters(graph);
const hrefsOn = (filter: { collection: string; id: string }) => timeline(graph, filter as any).flatMap((y) => y.items.filter((i) => !i.eventOf).map((i) => i.href)).sort();
// A country that narrows the list but does not empty it, and a theme that narrows it further.
const country = filters.filter((f) => f.collection === 'countries' && f.count < dated.length).sort((a, b) => b.count - a.count)[0];
const countryHrefs = hrefsOn(country.entry);
const theme = filters.filter((f) => f.collection === 'themes')
  .map((f) => ({ f, both: hrefsOn(f.entry).filter((h) => countryHrefs.includes(h)) }))
  .find((x) => x.both.length > 0 && x.both.length < countryHrefs.length);

const visible = () => session.page.locator('.timeline li[data-type]:not([data-event]):visible a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!).sort());
const status = () => session.page.locator('.timeline-filter [role="status"]').textContent();

describe('the timeline', () => {
  it('holds every project and subproject, once, the undated in their own section with their count', async () => {
    const { page } = session;
    await page.goto(`${base}/timeline/`);
    const all = await page.locator('.timeline li[data-type]:not([data-event]) a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!).sort());
    expect(all).toEqual(dated);
    expect(await visible()).toEqual(dated);
    expect(await status()).toBe(`Showing all ${dated.length} entries.`);
    expect(undatedCount).toBeGreaterThan(0);
    expect(await page.locator('#undated').textContent()).toBe('Undated');
    expect(await page.locator('#undated ~ ul li[data-type]:not([data-event])').count()).toBe(undatedCount);
    expect(await page.locator('.timeline-undated-note').textContent()).toMatch(new RegExp(`^${undatedCount} entries whose sources give no date`));
    expect(await page.locator('.timeline-summary').textContent()).toContain(`${dated.length - undatedCount} dated, ${undatedCount} undated`);
    // The undated section is the last one.
    expect(await page.locator('.timeline > li').last().locator('h2').getAttribute('id')).toBe('undated');
  });

  it('a date column: every dated row has its <time datetime> values, aligned in one column on a wide screen', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${base}/timeline/`);
    const rows = await page.locator('.timeline-rows:not(.undated) > li:not([data-event])').evaluateAll((lis) => lis.map((li) => ({
      times: [...li.querySelectorAll('time')].map((t) => t.getAttribute('datetime')),
      whenLeft: Math.round(li.querySelector('.when')!.getBoundingClientRect().left),
      whatLeft: Math.round(li.querySelector('.what')!.getBoundingClientRect().left),
    })));
    expect(rows.length).toBe(dated.length - undatedCount);
    for (const r of rows) for (const t of r.times) expect(t).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    expect(rows.every((r) => r.times.length > 0)).toBe(true);
    expect(new Set(rows.map((r) => r.whenLeft)).size).toBe(1);
    expect(Math.min(...rows.map((r) => r.whatLeft))).toBeGreaterThan(rows[0].whenLeft + 100);
  });

  it('the 2017 workshop comes before its own working groups, in their order', async () => {
    const { page } = session;
    await page.goto(`${base}/timeline/`);
    const in2017 = await page.locator('#y2017 ~ ul li[data-type]:not([data-event]) a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const groups = graph.list('subprojects').filter((s) => s.data.project.id === 'democracy-defenders-workshop-2017')
      .sort((a, b) => a.data.order - b.data.order).map(hrefOf);
    expect(in2017.slice(0, 1 + groups.length)).toEqual(['/projects/democracy-defenders-workshop-2017/', ...groups]);
  });

  it('a country’s timeline lists its undated work too, and counts what else links to it', async () => {
    const { page } = session;
    await page.goto(`${base}/timeline/countries/tajikistan/`);
    const rows = await page.locator('.timeline li[data-type]:not([data-event]) a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!).sort());
    const named = graph.entries.filter((e) => [e.data.hostCountry, ...(e.data.countries ?? []), ...(e.data.places ?? []).map((p: any) => p.country)]
      .some((c) => c?.id === 'tajikistan'));
    const mine = named.filter((e) => e.collection === 'projects' || e.collection === 'subprojects');
    expect(rows).toEqual(mine.map(hrefOf).sort());
    const organizations = named.filter((e) => e.collection === 'organizations').length;
    const summary = page.locator('.timeline-summary');
    expect(await summary.textContent()).toContain(`${mine.filter((e) => !hasDate(e)).length} undated`);
    const link = summary.getByRole('link', { name: `${organizations} organizations` });
    expect(await link.getAttribute('href')).toMatch(/^\/countries\/tajikistan\//);
  });

  it('narrows in place by country: only its entries stay, the URL says so, the count is announced', async () => {
    const { page } = session;
    await page.goto(`${base}/timeline/`);
    const before = page.url();
    await page.getByLabel('Country').selectOption(country.entry.id);
    await page.waitForURL(`**/timeline/?country=${country.entry.id}`);
    expect(await visible()).toEqual(countryHrefs);
    expect(await status()).toBe(`Showing ${countryHrefs.length} of ${dated.length} entries.`);
    expect(await page.locator('.timeline-filter [role="status"]').getAttribute('role')).toBe('status');
    // Years with nothing left are hidden too.
    const years = await page.locator('.timeline > li:visible h2').allTextContents();
    expect(years).toEqual(timeline(graph, country.entry).map((y) => (y.year === UNDATED ? 'Undated' : y.year)));
    // In place: no navigation happened (the same document, only the query changed).
    expect(new URL(page.url()).pathname).toBe(new URL(before).pathname);
  });

  it('restores the filter from the URL on reload, and combines country and theme', async () => {
    const { page } = session;
    await page.goto(`${base}/timeline/?country=${country.entry.id}`);
    expect(await page.getByLabel('Country').inputValue()).toBe(country.entry.id);
    expect(await visible()).toEqual(countryHrefs);
    if (theme) {
      await page.getByLabel('Theme').selectOption(theme.f.entry.id);
      await page.waitForURL(/theme=/);
      expect(new URL(page.url()).searchParams.get('theme')).toBe(theme.f.entry.id);
      expect(await visible()).toEqual(theme.both.sort());
      await page.reload();
      expect(await page.getByLabel('Theme').inputValue()).toBe(theme.f.entry.id);
      expect(await visible()).toEqual(theme.both.sort());
    }
    await page.getByRole('button', { name: 'Show all' }).click();
    await page.waitForURL((u) => u.search === '');
    await expect.poll(visible).toEqual(dated);
  });

  it('narrows by type', async () => {
    const { page } = session;
    await page.goto(`${base}/timeline/?type=subprojects`);
    const subs = dated.filter((h) => h.startsWith('/subprojects/'));
    expect(await visible()).toEqual(subs);
    expect(await status()).toBe(`Showing ${subs.length} of ${dated.length} entries.`);
  });

  it('ignores an unknown value in the URL rather than hiding everything', async () => {
    await session.page.goto(`${base}/timeline/?country=atlantis`);
    expect(await session.page.getByLabel('Country').inputValue()).toBe('');
    expect(await visible()).toEqual(dated);
  });

  it('keeps the plain links: a country link opens that country’s timeline page', async () => {
    const { page } = session;
    await page.goto(`${base}/timeline/`);
    await page.locator('.timeline-filters summary', { hasText: 'By country' }).click();
    await page.locator(`.timeline-filters a[href="/timeline/countries/${country.entry.id}/"]`).click();
    await page.waitForURL(`**/timeline/countries/${country.entry.id}/`);
    expect(await page.locator('.timeline li[data-type]:not([data-event]) a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!).sort())).toEqual(countryHrefs);
    // The filter pages carry no filter form and no script.
    expect(await page.locator('form.timeline-filter').count()).toBe(0);
    expect(await page.locator('script[type="module"]').count()).toBe(0);
  });

  it('the real content fits one page: no pager, no year index, and the count speaks of the whole timeline', async () => {
    const { page } = session;
    await page.goto(`${base}/timeline/`);
    expect(await page.locator('nav.pager').count()).toBe(0);
    expect(await page.locator('nav.timeline-index').count()).toBe(0);
    expect(await page.locator('head link[rel="next"]').count()).toBe(0);
    expect(await page.locator('form.timeline-filter').getAttribute('aria-label')).toBe('Filter this timeline');
    await page.getByLabel('Country').selectOption(country.entry.id);
    expect(await status()).not.toContain('on this page');
    expect(await page.locator('.timeline-filter-elsewhere').count()).toBe(0);
  });

  it('without JavaScript shows no filter form and every entry', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ javaScriptEnabled: false });
      await page.goto(`${base}/timeline/?country=${country.entry.id}`);
      expect(await page.locator('form.timeline-filter').isVisible()).toBe(false);
      const shown = await page.locator('.timeline li[data-type]:not([data-event]):visible a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!).sort());
      expect(shown).toEqual(dated);
    } finally {
      await browser.close();
    }
  });
});
