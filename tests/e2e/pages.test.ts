// Real Chromium against the built site: the home page, one entry of each collection, and search.
import { describe, expect, inject, it } from 'vitest';
import { realGraph, usePage } from '../helpers.ts';
import { FIELD_LIST_SHOWN, LIST_SHOWN, qualityReport } from '../../src/lib/quality.ts';

const base = inject('baseUrl');
const session = usePage();

describe('pages in a browser', () => {
  it('the home page says what the site is and counts the entries', async () => {
    await session.page.goto(`${base}/`);
    expect(await session.page.title()).toBe('Civic Atlas');
    expect(await session.page.locator('h1').textContent()).toBe('Civic Atlas');
    const missions = await session.page.locator('.browse-by a[href="/missions/"] strong').textContent();
    expect(Number(missions)).toBe(realGraph().list('missions').length);
    // Search comes first, and each collection's count is shown once.
    expect(await session.page.locator('main form[role="search"]').first().isVisible()).toBe(true);
    const counted = await session.page.locator('main a:has(strong)').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(counted.length).toBe(new Set(counted).size);
    expect(await session.page.locator('.entry-list li').count()).toBeGreaterThan(0);
  });

  it('a mission lists its projects', async () => {
    await session.page.goto(`${base}/missions/osce-programme-office-in-dushanbe/`);
    expect(await session.page.locator('h1').textContent()).toBe('OSCE Programme Office in Dushanbe');
    await session.page.getByRole('article').getByRole('link', { name: 'Counselling at Women\'s Resource Centers in Tajikistan' }).click();
    await session.page.waitForURL('**/projects/tajikistan-womens-resource-centres-counselling/');
    expect(await session.page.locator('.figures').textContent()).toContain('6,465');
  });

  it('a project shows its mission in the breadcrumbs and its subprojects', async () => {
    await session.page.goto(`${base}/projects/strengthening-civil-society-cooperation-2018-2019/`);
    expect(await session.page.locator('.breadcrumbs').textContent()).toContain('Projects');
    const subs = session.page.locator('section[aria-labelledby="connected-subprojects"] li');
    expect(await subs.count()).toBe(4);
    expect(await session.page.locator('.facts').textContent()).toContain('1 June 2018 – 31 December 2019');
  });

  it('a subproject links up to its project', async () => {
    await session.page.goto(`${base}/subprojects/csp-2018-reloading-wps-agenda/`);
    const crumbs = session.page.locator('.breadcrumbs a');
    expect(await crumbs.last().getAttribute('href')).toBe('/projects/strengthening-civil-society-cooperation-2018-2019/');
  });

  for (const [collection, slug, text] of [
    ['organizations', 'civic-solidarity-platform', 'Civic Solidarity Platform'],
    ['people', 'lara-scarpitta', 'Scarpitta'],
    ['countries', 'tajikistan', 'Tajikistan'],
    ['themes', 'domestic-violence', 'violence'],
    ['sources', 'csp-project-2018-2019-page', 'Entries drawn from this source'],
  ]) {
    it(`an entry of ${collection} renders with its links`, async () => {
      const response = await session.page.goto(`${base}/${collection}/${slug}/`);
      expect(response?.status()).toBe(200);
      expect(await session.page.locator('main').textContent()).toContain(text);
      expect(await session.page.locator('main a[href^="/"]').count()).toBeGreaterThan(2);
    });
  }

  it('search finds a seed entry by its acronym and narrows by a facet', async () => {
    await session.page.goto(`${base}/search/?q=Civic%20Solidarity%20Platform`);
    const first = session.page.locator('#search-results li h2 a').first();
    await first.waitFor();
    expect(await session.page.locator('#search-results').textContent()).toContain('Civic Solidarity Platform');
    await session.page.goto(`${base}/search/?type=Project&country=Tajikistan`);
    await session.page.locator('#search-results li').first().waitFor();
    const metas = await session.page.locator('#search-results .result-meta').allTextContents();
    expect(metas.length).toBeGreaterThan(2);
    for (const m of metas) expect(m).toMatch(/^Project/);
    expect(await session.page.locator('#search-status').textContent()).toMatch(/\d+ results?/);
  });
});

describe('authoring links', () => {
  it('an entry links to its source file for editing and shows when it last changed', async () => {
    await session.page.goto(`${base}/subprojects/csp-2018-civil-society-challenges/`);
    const edit = await session.page.getByRole('link', { name: 'Edit this page' }).getAttribute('href');
    expect(edit).toMatch(/\/edit\/main\/content\/subprojects\/csp-2018-civil-society-challenges\.mdx$/);
    expect(await session.page.locator('.page-meta time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('the contribute page lists every vocabulary, with ISO codes for countries', async () => {
    await session.page.goto(`${base}/contribute/`);
    const text = await session.page.locator('main').textContent();
    for (const key of ['field-operation', 'programme', 'implementer', 'funder', 'completed', 'news-article']) expect(text).toContain(key);
    expect(await session.page.locator('#v-countries + table').textContent()).toContain('XK');
  });
});

describe('print', () => {
  it('an entry prints with its sources and permalink, without the site chrome', async () => {
    const { page } = session;
    await page.goto(`${base}/projects/hdim/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.sources').isVisible()).toBe(true);
    expect(await page.locator('.print-only').textContent()).toMatch(/^(Permalink: https?:\/\/[^/]+\/projects\/hdim\/|Permalink not configured \(\/projects\/hdim\/\)\.)$/);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.print-only').isVisible()).toBe(false);
  });
});

describe('the data-quality page at any size', () => {
  const report = qualityReport(realGraph());
  const checks = { sequence: report.sequence, parts: report.parts, unplaced: report.unplaced, uncited: report.uncitedSources };

  it('counts every check and field as src/lib/quality.ts does, and lists at most a fixed number of each', async () => {
    const { page } = session;
    await page.goto(`${base}/quality/`);
    for (const [id, items] of Object.entries(checks)) {
      const section = page.locator(`section[data-check="${id}"]`);
      expect(await section.locator('.count').first().textContent(), id).toBe(`(${items.length})`);
      expect(await section.locator('ul.findings > li, table.findings tbody tr').count(), id).toBe(Math.min(LIST_SHOWN, items.length));
      const more = section.locator('.more');
      expect(await more.count(), id).toBe(items.length > LIST_SHOWN ? 1 : 0);
      if (items.length > LIST_SHOWN) expect(await more.textContent()).toContain(`and ${items.length - LIST_SHOWN} more`);
    }
    const rows = await page.locator('section[data-collection] tr[data-field]').evaluateAll((trs) => trs.map((tr) => ({
      collection: tr.closest('section')!.getAttribute('data-collection'),
      field: tr.getAttribute('data-field'),
      filled: tr.querySelector('td.num')!.textContent,
      summary: tr.querySelector('summary')?.textContent ?? null,
      items: tr.querySelectorAll('details li').length,
      more: tr.querySelector('.more')?.textContent ?? null,
    })));
    const expected = report.coverage.flatMap((c) => c.fields.map((f) => ({
      collection: c.collection,
      field: f.field,
      filled: `${f.filled} of ${c.total}`,
      summary: f.missing.length ? `${f.missing.length} ${f.missing.length === 1 ? 'entry' : 'entries'}` : null,
      items: Math.min(FIELD_LIST_SHOWN, f.missing.length),
      more: f.missing.length > FIELD_LIST_SHOWN ? `and ${f.missing.length - FIELD_LIST_SHOWN} more: all in quality.json` : null,
    })));
    expect(rows).toEqual(expected);
    // The real content has lists longer than the cap, so the cap is exercised.
    expect(expected.some((r) => r.more)).toBe(true);
  });

  it('links to quality.json, which holds every list in full', async () => {
    const { page } = session;
    await page.goto(`${base}/quality/`);
    expect(await page.locator('main a[href="/quality.json"]').count()).toBeGreaterThan(0);
    const response = await page.request.get(`${base}/quality.json`);
    expect(response.status()).toBe(200);
    const data = await response.json();
    const ids = (entries: { collection: string; id: string }[]) => entries.map((e) => `${e.collection}/${e.id}`);
    expect(ids(data.checks.sequence.items.map((p: any) => p.entry))).toEqual(ids(report.sequence.map((p) => p.entry)));
    expect(ids(data.checks.parts.items.map((p: any) => p.entry))).toEqual(ids(report.parts.map((p) => p.entry)));
    expect(ids(data.checks.unplaced.items.map((u: any) => u.entry))).toEqual(ids(report.unplaced.map((u) => u.entry)));
    expect(ids(data.checks.uncitedSources.items)).toEqual(ids(report.uncitedSources));
    for (const [id, items] of Object.entries(checks)) expect(data.checks[id === 'uncited' ? 'uncitedSources' : id].count, id).toBe(items.length);
    expect(data.fields.map((c: any) => c.collection)).toEqual(report.coverage.map((c) => c.collection));
    for (const c of report.coverage) {
      const got = data.fields.find((x: any) => x.collection === c.collection);
      expect(got.total).toBe(c.total);
      for (const f of c.fields) {
        const field = got.fields.find((x: any) => x.field === f.field);
        expect(field.missing, `${c.collection}.${f.field}`).toEqual(f.missing.map((e) => e.id));
        expect(field.filled + field.missing.length).toBe(c.total);
      }
    }
    // An entry's url from the collection's pattern is a built page.
    const [c] = data.fields.filter((x: any) => x.fields.some((f: any) => f.missing.length));
    const id = c.fields.find((f: any) => f.missing.length).missing[0];
    expect((await page.request.get(`${base}${c.url.replace('{id}', id)}`)).status()).toBe(200);
  });
});
