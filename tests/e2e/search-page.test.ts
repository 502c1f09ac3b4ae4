// The research search page in Chromium: URL state, facets with an empty query, downloads,
// keyboard access, and what readers without JavaScript get.
import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { usePage } from '../helpers.ts';

const base = inject('baseUrl');
const session = usePage({ acceptDownloads: true });

const firstResult = () => session.page.locator('#search-results li').first().waitFor();

describe('search page', () => {
  it('a first search fetches Pagefind early and on the main thread: preloaded, no worker script, no filter index', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const urls: string[] = [];
    const warnings: string[] = [];
    page.on('request', (r) => urls.push(new URL(r.url()).pathname));
    page.on('console', (m) => { if (/preload/i.test(m.text())) warnings.push(m.text()); });
    await page.goto(`${base}/search/?q=mediation`);
    await page.locator('#search-results li').first().waitFor();
    await context.close();
    expect(urls).toContain('/pagefind/pagefind.js');
    expect(urls.filter((u) => u.includes('pagefind-worker'))).toEqual([]);
    expect(urls.filter((u) => u.endsWith('.pf_filter'))).toEqual([]);
    // The metadata and WebAssembly are preloaded with the page: asked for before Pagefind's entry file,
    // and once — a preload that Pagefind's fetch() did not reuse would download them a second time.
    const meta = urls.filter((u) => u.endsWith('.pf_meta'));
    const wasm = urls.filter((u) => /\/wasm\.[^/]+\.pagefind$/.test(u));
    expect(meta).toHaveLength(1);
    expect(wasm).toHaveLength(1);
    const entry = urls.findIndex((u) => u.endsWith('pagefind-entry.json'));
    expect(urls.indexOf(meta[0])).toBeLessThan(entry);
    expect(urls.indexOf(wasm[0])).toBeLessThan(entry);
    expect(warnings).toEqual([]);
  });

  it('typing updates results and the URL; reloading restores the state', async () => {
    await session.page.goto(`${base}/search/`);
    await session.page.locator('#search-q').fill('trafficking');
    await session.page.waitForURL(/q=trafficking/);
    await firstResult();
    await session.page.locator('#search-filters summary').click();
    await session.page.locator('#search-facets input[name="type"][value="Subproject"]').check();
    await session.page.waitForURL(/type=Subproject/);
    await session.page.reload();
    await firstResult();
    expect(await session.page.locator('#search-q').inputValue()).toBe('trafficking');
    expect(await session.page.locator('#search-facets input[name="type"][value="Subproject"]').isChecked()).toBe(true);
    for (const m of await session.page.locator('#search-results .result-meta').allTextContents()) expect(m).toMatch(/^Subproject/);
  });

  it('facets work with an empty query, and Back returns to the previous state', async () => {
    await session.page.goto(`${base}/search/?country=Tajikistan&theme=Domestic%20violence`);
    await firstResult();
    const total = async () => Number((await session.page.locator('#search-status').textContent())!.match(/^(\d+) result/)?.[1]);
    const withTheme = await total();
    // By value, not `:checked`: the change redraws the facets, and Playwright re-finds a redrawn box by
    // its locator, which `:checked` would no longer match once the box is unticked.
    await session.page.locator('#search-facets input[name="theme"][value="Domestic violence"]').uncheck();
    await session.page.waitForURL((u) => !u.search.includes('theme='));
    await expect.poll(total).toBeGreaterThan(withTheme);
    await session.page.goBack();
    await session.page.waitForURL(/theme=/);
    await expect.poll(total).toBe(withTheme);
    expect(await session.page.locator('#search-facets input[name="theme"]:checked').count()).toBe(1);
  });

  it('sorts by date, newest first', async () => {
    await session.page.goto(`${base}/search/?type=Project&sort=newest`);
    await firstResult();
    expect(await session.page.locator('#search-sort').inputValue()).toBe('newest');
    const first = await session.page.locator('#search-results h2 a').first().textContent();
    expect(first).toBe('Third Regional Networking and Capacity Building Conference');
  });

  it('downloads the result set as CSV and JSON', async () => {
    await session.page.goto(`${base}/search/?country=Kazakhstan`);
    await firstResult();
    const shown = await session.page.locator('#search-results li').count();
    const [csv] = await Promise.all([session.page.waitForEvent('download'), session.page.locator('#search-downloads button[data-format="csv"]').click()]);
    expect(csv.suggestedFilename()).toBe('civic-atlas-search-kazakhstan.csv');
    const raw = fs.readFileSync((await csv.path())!, 'utf8');
    expect(raw.startsWith('\uFEFF# Civic Atlas search results; query: (none); filters: country=Kazakhstan')).toBe(true);
    const text = raw.trim().split('\n').filter((line) => !line.replace('\uFEFF', '').startsWith('#'));
    expect(text[0]).toBe('rank,id,type,title,dates,years,countries,themes,organizations,mission,parent,permalink');
    expect(text.length - 1).toBe(shown);
    // Permalinks use the site's public address (its path alone when the build had none), never the test server's.
    expect(text[1]).toMatch(/,(https:\/\/(?!127\.0\.0\.1)[^,/]+)?\/[a-z]+\/[a-z0-9-]+\/$/);
    const [json] = await Promise.all([session.page.waitForEvent('download'), session.page.locator('#search-downloads button[data-format="json"]').click()]);
    const data = JSON.parse(fs.readFileSync((await json.path())!, 'utf8'));
    expect(data.search.filters).toEqual({ country: ['Kazakhstan'] });
    expect(data.count).toBe(shown);
  });

  it('"/" focuses the search box from an entry page', async () => {
    await session.page.goto(`${base}/projects/hdim/`);
    await session.page.keyboard.press('/');
    expect(await session.page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
  });

  it('without JavaScript, the page offers the browse lists and says search needs JavaScript', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${base}/search/?q=anything`);
    expect(await noJs.locator('noscript').count()).toBe(1);
    expect(await noJs.locator('#browse a[href^="/missions/"]').count()).toBeGreaterThan(5);
    expect(await noJs.locator('#browse a[href="/projects/"]').count()).toBeGreaterThan(0);
    expect(await noJs.locator('#search-filters').isVisible()).toBe(false);
    expect(await noJs.locator('#browse a[href^="/themes/"]').count()).toBeGreaterThan(5);
    await context.close();
  });
});

describe('long result lists', () => {
  it('shows ten results at first and more on request', async () => {
    const { page } = session;
    await page.goto(`${base}/search/?q=osce`);
    await page.locator('#search-results li').first().waitFor();
    const total = Number((await page.locator('#search-status').textContent())!.match(/^(\d+)/)![1]);
    expect(total).toBeGreaterThan(10);
    expect(await page.locator('#search-results li').count()).toBe(10);
    await page.locator('#search-more').click();
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 10);
    expect(await page.locator('#search-results li').count()).toBe(Math.min(20, total));
  });
});

describe('search cost', () => {
  it('a first query loads no filter index until the reader opens the filters', async () => {
    const { page } = session;
    const filterFiles: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/pagefind/filter/')) filterFiles.push(r.url()); });
    await page.goto(`${base}/search/?q=dushanbe`);
    await page.locator('#search-results li').first().waitFor();
    expect(filterFiles).toEqual([]);
    await page.locator('#search-filters summary').click();
    await page.locator('#search-facets input[name="type"]').first().waitFor();
    expect(filterFiles.length).toBeGreaterThan(0);
    page.removeAllListeners('request');
  });
});

describe('facet counts', () => {
  it('values of a ticked facet still show what ticking them would add', async () => {
    const { page } = session;
    await page.goto(`${base}/search/?country=Tajikistan`);
    await page.locator('#search-results li').first().waitFor();
    const label = page.locator('#search-facets label', { has: page.locator('input[name="country"][value="Kazakhstan"]') });
    const count = Number((await label.locator('.count').textContent())!.replace(/\D/g, ''));
    expect(count).toBeGreaterThan(0);
    const total = async () => Number((await page.locator('#search-status').textContent())!.match(/^(\d+)/)![1]);
    const before = await total();
    await label.locator('input').check();
    await page.waitForURL(/country=Kazakhstan/);
    await expect.poll(total).toBeGreaterThan(before);
    expect(await total()).toBeLessThanOrEqual(before + count);
  });
});
