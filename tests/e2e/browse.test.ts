// Reading and browsing in a real browser: the map and its table, related entries, previous/next,
// and the colour-scheme toggle (which must not appear without JavaScript).
import { describe, expect, inject, it } from 'vitest';
import { launchBrowser, listCapOf, realGraph, usePage } from '../helpers.ts';
import { locationsOf } from '../../src/lib/map.ts';
import { yearsOf } from '../../src/lib/years.ts';

const base = inject('baseUrl');
const session = usePage();
const graph = realGraph();
const href = (e: { collection: string; id: string }) => `/${e.collection}/${e.id}/`;

describe('the map', () => {
  const locations = locationsOf(graph);
  // Expected rows, from the graph: each country with located entries, and how many of each type.
  const rows = new Map<string, { title: string; missions: number; projects: number; subprojects: number }>();
  for (const l of locations) {
    const row = rows.get(l.country.id) ?? { title: String(l.country.data.title), missions: 0, projects: 0, subprojects: 0 };
    row[l.entry.collection as 'missions' | 'projects' | 'subprojects']++;
    rows.set(l.country.id, row);
  }
  const countryHrefs = [...rows.keys()].map((id) => `/countries/${id}/`).sort();

  it('has one marker link per country and a table row per country, whose counts add up to every located entry', async () => {
    const { page } = session;
    await page.goto(`${base}/map/`);
    const svg = page.locator('figure.map svg[aria-labelledby]');
    expect(await svg.locator('title').first().textContent()).toMatch(/map/i);
    expect(await page.locator('#map-desc').textContent()).toMatch(/markers/);
    // The markers are links laid over the map's SVG (legible at any width), one per country.
    const markers = await page.locator('figure.map .map-markers a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(markers.sort()).toEqual(countryHrefs);
    const table = page.locator('table.located');
    const cells = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => ({
      href: tr.querySelector('th a')!.getAttribute('href')!,
      counts: [...tr.querySelectorAll('td.num')].map((td) => Number(td.textContent)),
    })));
    expect(cells.map((c) => c.href).sort()).toEqual(countryHrefs);
    for (const c of cells) {
      const want = rows.get(c.href.split('/')[2])!;
      expect(c.counts, c.href).toEqual([want.missions, want.projects, want.subprojects]);
    }
    const sum = cells.reduce((n, c) => n + c.counts.reduce((a, b) => a + b, 0), 0);
    expect(sum).toBe(locations.length);
    const footer = await table.locator('tfoot td.num').allTextContents();
    expect(footer.map(Number).reduce((a, b) => a + b, 0)).toBe(locations.length);
    // Every link in the table works: country pages, timelines and search.
    const links = await table.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.filter((h) => h.startsWith('/search/?country=')).length).toBe(rows.size);
    for (const link of links.filter((h) => !h.startsWith('/search/'))) {
      const response = await page.request.get(`${base}${link}`);
      expect(response.status(), link).toBe(200);
    }
  });

  it('names each marker with its country and counts, and a marker leads to the country page', async () => {
    const { page } = session;
    await page.goto(`${base}/map/`);
    const tj = rows.get('tajikistan')!;
    const marker = page.locator('figure.map').getByRole('link', { name: new RegExp(`^Tajikistan: ${tj.missions} missions?, ${tj.projects} projects?`) });
    expect(await marker.count()).toBe(1);
    expect(await marker.locator('[aria-hidden="true"]').textContent()).toBe(String(tj.missions + tj.projects + tj.subprojects));
    await marker.click();
    await page.waitForURL('**/countries/tajikistan/');
  });

  it('narrows search to a country from its row', async () => {
    const { page } = session;
    await page.goto(`${base}/map/`);
    await page.locator('table.located tr', { has: page.locator('th a[href="/countries/tajikistan/"]') }).getByRole('link', { name: 'Search in Tajikistan' }).click();
    await page.waitForURL('**/search/?country=Tajikistan');
    await page.locator('#search-results li').first().waitFor();
    expect(await page.locator('#search-status').textContent()).toMatch(/\d+ results?/);
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
    // "On this page" lists the page's parts even when the body has no headings, related entries among them.
    expect(await page.locator('nav.toc a[href="#related-entries"]').count()).toBe(1);
    const target = await links.first().getAttribute('href');
    await links.first().click();
    await page.waitForURL(`**${target}`);
    expect(await page.locator('h1').count()).toBe(1);
  });

  it('steps through a project’s subprojects in the project’s order, with the project as up', async () => {
    const { page } = session;
    // Expected from the data: the 2018–2019 project's subprojects by their `order`.
    const project = graph.get({ collection: 'projects', id: 'strengthening-civil-society-cooperation-2018-2019' })!;
    const subs = graph.list('subprojects').filter((s) => s.data.project.id === project.id).sort((a, b) => a.data.order - b.data.order);
    expect(subs.length).toBeGreaterThan(2);
    const nav = () => page.getByRole('navigation', { name: `Previous and next in ${project.data.title}` });
    await page.goto(`${base}${href(subs[0])}`);
    expect(await nav().locator('a[rel="prev"]').count()).toBe(0);
    for (const next of subs.slice(1)) {
      await nav().locator('a[rel="next"]').click();
      await page.waitForURL(`**${href(next)}`);
      expect(await page.locator('h1').textContent()).toBe(String(next.data.title));
      expect(await page.locator('link[rel="next"]').count()).toBe(next === subs.at(-1) ? 0 : 1);
    }
    expect(await nav().locator('a[rel="next"]').count()).toBe(0);
    await nav().locator('a[rel="prev"]').click();
    await page.waitForURL(`**${href(subs.at(-2)!)}`);
    await nav().getByRole('link', { name: /^Up/ }).click();
    await page.waitForURL(`**${href(project)}`);
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
      // A hub page: connected entries grouped by type, each group with its full count; a long group shows
      // the first of them up to its cap and links to the full list.
      const groups = page.locator('section.connections');
      let total = 0;
      for (let i = 0; i < await groups.count(); i++) {
        const n = Number((await groups.nth(i).locator('h2 .count').textContent())!.match(/\d+/)![0]);
        const slug = (await groups.nth(i).getAttribute('aria-labelledby'))!.replace(/^connected-/, '');
        const cap = listCapOf({ collection: c }, slug);
        expect(await groups.nth(i).locator('li').count(), c).toBe(Math.min(n, cap));
        expect(await groups.nth(i).getByRole('link', { name: `All ${n} ` }).count(), c).toBe(n > cap ? 1 : 0);
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
    // The dark background is whatever the site shows under a dark system scheme with no choice made.
    await page.emulateMedia({ colorScheme: 'dark' });
    const systemDark = await background();
    await page.emulateMedia({ colorScheme: 'light' });
    expect(systemDark).not.toBe('rgb(255, 255, 255)');
    const toggle = page.getByLabel('Colour scheme');
    expect(await toggle.isVisible()).toBe(true);
    expect(await html.getAttribute('data-theme')).toBeNull();
    expect(await background()).toBe('rgb(255, 255, 255)');

    await toggle.selectOption('dark');
    expect(await html.getAttribute('data-theme')).toBe('dark');
    expect(await background()).toBe(systemDark);
    await page.reload();
    expect(await html.getAttribute('data-theme')).toBe('dark');
    expect(await page.getByLabel('Colour scheme').inputValue()).toBe('dark');

    // A light choice wins over a dark system scheme.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByLabel('Colour scheme').selectOption('light');
    expect(await html.getAttribute('data-theme')).toBe('light');
    expect(await background()).toBe('rgb(255, 255, 255)');

    await page.getByLabel('Colour scheme').selectOption('');
    expect(await html.getAttribute('data-theme')).toBeNull();
    expect(await background()).toBe(systemDark);
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

describe('a collection index', () => {
  it('groups subprojects under their project and narrows the page in place by a word', async () => {
    const { page } = session;
    await page.goto(`${base}/subprojects/`);
    // One group per project that has subprojects, from the data.
    const projectsWithSubs = new Set(graph.list('subprojects').map((s) => s.data.project.id));
    expect(await page.locator('.index-group-heading').count()).toBe(projectsWithSubs.size);
    const rows = page.locator('.index-list > li');
    const total = graph.list('subprojects').length;
    expect(await rows.count()).toBe(total);
    // A word from one subproject's title: the rows that hold it, computed from the data.
    const word = 'working';
    const expected = graph.list('subprojects').filter((s) => `${s.data.title} ${s.data.summary}`.toLowerCase().includes(word)).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(total);
    await page.getByLabel('Filter by words in the title or summary').fill(word);
    expect(await rows.evaluateAll((els) => els.filter((el) => !(el as HTMLElement).hidden).length)).toBe(expected);
    expect(await page.locator('.list-filter-status').textContent()).toBe(`Showing ${expected} of ${total}.`);
  });
  it('sorts the page newest first within each group', async () => {
    const { page } = session;
    await page.goto(`${base}/projects/`);
    await page.getByLabel('Order').selectOption('newest');
    const starts = await page.locator('.index-list > li').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.start ?? ''));
    const dated = starts.filter(Boolean);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(starts.slice(dated.length).every((s) => s === '')).toBe(true);
  });
  it('is a plain list without JavaScript', async () => {
    const browser = await launchBrowser();
    try {
      const p = await browser.newPage({ javaScriptEnabled: false });
      await p.goto(`${base}/projects/`);
      expect(await p.locator('form.list-filter').isVisible()).toBe(false);
      expect(await p.locator('.index-list > li > a').count()).toBe(graph.list('projects').length);
    } finally {
      await browser.close();
    }
  });
});
