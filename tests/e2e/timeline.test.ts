// The timeline in a browser: every dated entry is on it; with JavaScript a form narrows it in place
// (URL and live count kept in step); without, the form is absent and the per-country pages do the job.
import { describe, expect, inject, it } from 'vitest';
import { launchBrowser, realGraph, usePage } from '../helpers.ts';
import { timeline, timelineFilters } from '../../src/lib/timeline.ts';

const base = inject('baseUrl');
const session = usePage();
const graph = realGraph();
const hrefOf = (e: { collection: string; id: string }) => `/${e.collection}/${e.id}/`;
// Dated as the content says: a project or subproject with a date, or a subproject of a dated project.
const dated = graph.entries
  .filter((e) => e.collection === 'projects' || e.collection === 'subprojects')
  .filter((e) => e.data.start || e.data.end || (e.collection === 'subprojects' && (graph.get(e.data.project)?.data.start || graph.get(e.data.project)?.data.end)))
  .map(hrefOf).sort();
const filters = timelineFilters(graph);
const hrefsOn = (filter: { collection: string; id: string }) => timeline(graph, filter as any).flatMap((y) => y.items.map((i) => i.href)).sort();
// A country that narrows the list but does not empty it, and a theme that narrows it further.
const country = filters.filter((f) => f.collection === 'countries' && f.count < dated.length).sort((a, b) => b.count - a.count)[0];
const countryHrefs = hrefsOn(country.entry);
const theme = filters.filter((f) => f.collection === 'themes')
  .map((f) => ({ f, both: hrefsOn(f.entry).filter((h) => countryHrefs.includes(h)) }))
  .find((x) => x.both.length > 0 && x.both.length < countryHrefs.length);

const visible = () => session.page.locator('.timeline li[data-type]:visible a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!).sort());
const status = () => session.page.locator('.timeline-filter [role="status"]').textContent();

describe('the timeline', () => {
  it('holds every dated project and subproject, once', async () => {
    await session.page.goto(`${base}/timeline/`);
    const all = await session.page.locator('.timeline li[data-type] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!).sort());
    expect(all).toEqual(dated);
    expect(await visible()).toEqual(dated);
    expect(await status()).toBe(`Showing all ${dated.length} dated entries.`);
  });

  it('narrows in place by country: only its entries stay, the URL says so, the count is announced', async () => {
    const { page } = session;
    await page.goto(`${base}/timeline/`);
    const before = page.url();
    await page.getByLabel('Country').selectOption(country.entry.id);
    await page.waitForURL(`**/timeline/?country=${country.entry.id}`);
    expect(await visible()).toEqual(countryHrefs);
    expect(await status()).toBe(`Showing ${countryHrefs.length} of ${dated.length} dated entries.`);
    expect(await page.locator('.timeline-filter [role="status"]').getAttribute('role')).toBe('status');
    // Years with nothing left are hidden too.
    const years = await page.locator('.timeline > li:visible h2').allTextContents();
    expect(years).toEqual(timeline(graph, country.entry).map((y) => y.year));
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
    expect(await status()).toBe(`Showing ${subs.length} of ${dated.length} dated entries.`);
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
    expect(await page.locator('.timeline li[data-type] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!).sort())).toEqual(countryHrefs);
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
      const shown = await page.locator('.timeline li[data-type]:visible a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!).sort());
      expect(shown).toEqual(dated);
    } finally {
      await browser.close();
    }
  });
});
