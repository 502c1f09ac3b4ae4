// Reading and browsing in a real browser: the map and its table, related entries, previous/next,
// and the colour-scheme toggle (which must not appear without JavaScript).
import { describe, expect, inject, it } from 'vitest';
import { launchBrowser, realGraph, usePage } from '../helpers.ts';
import { locationsOf } from '../../src/lib/map.ts';
import { yearsOf } from '../../src/lib/years.ts';

const base = inject('baseUrl');
const session = usePage();
const graph = realGraph();
const href = (e: { collection: string; id: string }) => `/${e.collection}/${e.id}/`;

describe('the map', () => {
  const locations = locationsOf(graph);
  const located = [...new Set(locations.map((l) => href(l.entry)))].sort();

  it('has a marker link per location and a table row for every located entry', async () => {
    const { page } = session;
    await page.goto(`${base}/map/`);
    const svg = page.locator('figure.map svg[aria-labelledby]');
    expect(await svg.locator('title').first().textContent()).toMatch(/map/i);
    expect(await page.locator('#map-desc').textContent()).toMatch(/markers/);
    const markers = await svg.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(markers.length).toBe(locations.length);
    expect([...new Set(markers)].sort()).toEqual(located);
    const rows = page.locator('table.located tbody tr');
    expect(await rows.count()).toBe(locations.length);
    const tableLinks = await rows.locator('td:first-child a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect([...new Set(tableLinks)].sort()).toEqual(located);
  });

  it('names each marker, and a marker leads to its entry', async () => {
    const { page } = session;
    await page.goto(`${base}/map/`);
    const marker = page.getByRole('link', { name: /^OSCE Programme Office in Dushanbe — Mission/ });
    expect(await marker.count()).toBe(1);
    await marker.click();
    await page.waitForURL('**/missions/osce-programme-office-in-dushanbe/');
  });

  it('is linked from the footer of every page', async () => {
    const { page } = session;
    await page.goto(`${base}/`);
    await page.locator('.site-footer').getByRole('link', { name: 'Map', exact: true }).click();
    await page.waitForURL('**/map/');
  });
});

describe('an entry page', () => {
  it('shows related entries as working links', async () => {
    const { page } = session;
    await page.goto(`${base}/missions/osce-programme-office-in-dushanbe/`);
    const related = page.locator('section.related');
    expect(await related.locator('h2').textContent()).toBe('Related entries');
    const links = related.locator('li > a');
    expect(await links.count()).toBeGreaterThan(0);
    expect(await links.count()).toBeLessThanOrEqual(5);
    // No entry body has three headings yet, so no table of contents (tocOf is unit-tested).
    expect(await page.locator('nav.toc').count()).toBe(0);
    const target = await links.first().getAttribute('href');
    await links.first().click();
    await page.waitForURL(`**${target}`);
    expect(await page.locator('h1').count()).toBe(1);
  });

  it('links to the previous and next entry of its collection, in title order', async () => {
    const { page } = session;
    const [first, second] = graph.list('projects');
    await page.goto(`${base}${href(first)}`);
    const nav = page.getByRole('navigation', { name: 'Previous and next in Projects' });
    expect(await nav.locator('a[rel="prev"]').count()).toBe(0);
    await nav.locator('a[rel="next"]').click();
    await page.waitForURL(`**${href(second)}`);
    expect(await page.locator('h1').textContent()).toBe(String(second.data.title));
    await page.getByRole('navigation', { name: 'Previous and next in Projects' }).locator('a[rel="prev"]').click();
    await page.waitForURL(`**${href(first)}`);
  });
});

describe('the home page leads into the hubs', () => {
  const ways = ['countries', 'themes', 'organizations', 'people'] as const;

  it('links to countries, themes, organizations, people and years, with their counts', async () => {
    const { page } = session;
    await page.goto(`${base}/`);
    const browse = page.locator('ul.browse-by');
    for (const c of ways) {
      expect(await browse.locator(`a.browse-by-all[href="/${c}/"] strong`).textContent(), c).toBe(String(graph.list(c).length));
    }
    const years = new Set(graph.entries.flatMap((e) => yearsOf(graph, e)));
    expect(await browse.locator('a.browse-by-all[href="/years/"] strong').textContent()).toBe(String(years.size));
    await browse.locator('a.browse-by-all[href="/years/"]').click();
    await page.waitForURL('**/years/');
  });

  it('names the most connected hubs with a count that matches the hub page', async () => {
    const { page } = session;
    for (const c of ways) {
      await page.goto(`${base}/`);
      const first = page.getByRole('list', { name: `Most connected ${c}` }).locator('li').first();
      const count = Number((await first.locator('.count').textContent())!.match(/\d+/)![0]);
      await first.locator('a').click();
      await page.waitForURL(`**/${c}/**`);
      // A hub page: every connected entry grouped by type, each group with its count.
      const groups = page.locator('section.connections');
      let total = 0;
      for (let i = 0; i < await groups.count(); i++) {
        const n = Number((await groups.nth(i).locator('h2 .count').textContent())!.match(/\d+/)![0]);
        expect(await groups.nth(i).locator('li').count(), c).toBe(n);
        total += n;
      }
      expect(total, c).toBe(count);
    }
  });
});

describe('the colour-scheme toggle', () => {
  it('switches data-theme and the colours, and remembers the choice', async () => {
    const { page } = session;
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${base}/projects/`);
    const html = page.locator('html');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const toggle = page.getByLabel('Colours');
    expect(await toggle.isVisible()).toBe(true);
    expect(await html.getAttribute('data-theme')).toBeNull();
    expect(await background()).toBe('rgb(255, 255, 255)');

    await toggle.selectOption('dark');
    expect(await html.getAttribute('data-theme')).toBe('dark');
    expect(await background()).toBe('rgb(20, 23, 27)');
    await page.reload();
    expect(await html.getAttribute('data-theme')).toBe('dark');
    expect(await page.getByLabel('Colours').inputValue()).toBe('dark');

    // A light choice wins over a dark system scheme.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByLabel('Colours').selectOption('light');
    expect(await html.getAttribute('data-theme')).toBe('light');
    expect(await background()).toBe('rgb(255, 255, 255)');

    await page.getByLabel('Colours').selectOption('');
    expect(await html.getAttribute('data-theme')).toBeNull();
    expect(await background()).toBe('rgb(20, 23, 27)');
    await page.reload();
    expect(await html.getAttribute('data-theme')).toBeNull();
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('does not appear without JavaScript', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ javaScriptEnabled: false });
      await page.goto(`${base}/projects/`);
      expect(await page.locator('.theme-toggle').count()).toBe(1);
      expect(await page.locator('.theme-toggle').isVisible()).toBe(false);
    } finally {
      await browser.close();
    }
  });
});
