// The year hubs in a browser: /years/ lists every year with its counts, each hub lists what was active in
// that year by type, links to the years either side, and entry pages link to the hubs they are in.
import { describe, expect, inject, it } from 'vitest';
import { realGraph, usePage } from '../helpers.ts';
import { yearHubs, yearsOf } from '../../src/lib/years.ts';
import { COLLECTION_LABELS } from '../../src/lib/labels.ts';

const base = inject('baseUrl');
const session = usePage();
const graph = realGraph();
const hubs = yearHubs(graph);
const hrefOf = (e: { collection: string; id: string }) => `/${e.collection}/${e.id}/`;
// Derived from the content, not from the hubs: which entries search files under a year.
const entriesIn = (year: number) => graph.entries.filter((e) => yearsOf(graph, e).includes(year));
// A hub with years on both sides, so previous and next both show.
const middle = hubs.find((h) => h.previous && h.next) ?? hubs[0];

describe('the years index', () => {
  it('lists every year with entries, newest first, with a count that matches its entries', async () => {
    const { page } = session;
    await page.goto(`${base}/years/`);
    expect(await page.locator('main h1').textContent()).toMatch(/^Years/);
    const rows = page.locator('table.years-table tbody tr');
    const years = [...new Set(graph.entries.flatMap((e) => yearsOf(graph, e)))].sort((a, b) => b - a);
    expect(years.length).toBeGreaterThan(1);
    expect(await rows.locator('th a').allTextContents()).toEqual(years.map(String));
    const totals = await rows.locator('td:nth-of-type(1)').allTextContents();
    expect(totals.map(Number)).toEqual(years.map((y) => entriesIn(y).length));
    // Each type column: the number of that type's entries in the year.
    const headers = await page.locator('table.years-table thead th').allTextContents();
    const row = rows.filter({ has: page.locator(`th a[href="/years/${years[0]}/"]`) });
    const cells = await row.locator('td').allTextContents();
    headers.slice(2).forEach((label, i) => {
      const collection = Object.entries(COLLECTION_LABELS).find(([, l]) => l.plural === label)![0];
      expect(Number(cells[i + 1]), label).toBe(entriesIn(years[0]).filter((e) => e.collection === collection).length);
    });
  });

  it('is keyboard-usable: Tab reaches the skip link first, and a year link opens its hub', async () => {
    const { page } = session;
    await page.goto(`${base}/years/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    const link = page.locator(`table.years-table a[href="/years/${middle.year}/"]`);
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/years/${middle.year}/`);
    expect(await page.locator('main h1').textContent()).toBe(String(middle.year));
  });
});

describe('a year hub', () => {
  it('lists every entry active or dated in the year, grouped by type, with counts', async () => {
    const { page } = session;
    const response = await page.goto(`${base}/years/${middle.year}/`);
    expect(response?.status()).toBe(200);
    const expected = entriesIn(middle.year);
    const sections = page.locator('main section');
    const found: string[] = [];
    for (let i = 0; i < await sections.count(); i++) {
      const section = sections.nth(i);
      const heading = (await section.locator('h2').textContent())!;
      const [, label, count] = heading.match(/^(.+) \((\d+)\)$/)!;
      const collection = Object.entries(COLLECTION_LABELS).find(([, l]) => l.plural === label)![0];
      const links = await section.locator('li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(links.length, label).toBe(Number(count));
      expect(links.sort(), label).toEqual(expected.filter((e) => e.collection === collection).map(hrefOf).sort());
      found.push(...links);
    }
    expect(found.sort()).toEqual(expected.map(hrefOf).sort());
  });

  it('links work: an entry, the previous and the next year, and back to all years', async () => {
    const { page } = session;
    await page.goto(`${base}/years/${middle.year}/`);
    const first = page.locator('main section li > a').first();
    const target = (await first.getAttribute('href'))!;
    await first.click();
    await page.waitForURL(`**${target}`);
    // The entry page links back to the year it is listed under.
    await page.locator('.facts').getByRole('link', { name: String(middle.year), exact: true }).click();
    await page.waitForURL(`**/years/${middle.year}/`);

    const nav = page.getByRole('navigation', { name: 'Other years' });
    if (middle.previous) {
      await nav.locator('a[rel="prev"]').click();
      await page.waitForURL(`**/years/${middle.previous}/`);
      await page.getByRole('navigation', { name: 'Other years' }).locator('a[rel="next"]').click();
      await page.waitForURL(`**/years/${middle.year}/`);
    }
    if (middle.next) {
      await page.getByRole('navigation', { name: 'Other years' }).locator('a[rel="next"]').click();
      await page.waitForURL(`**/years/${middle.next}/`);
    }
    await page.getByRole('navigation', { name: 'Other years' }).getByRole('link', { name: /All years/ }).click();
    await page.waitForURL(/\/years\/$/);
  });

  it('the first and the last year have no previous and no next link', async () => {
    const { page } = session;
    await page.goto(`${base}/years/${hubs[0].year}/`);
    expect(await page.locator('a[rel="prev"]').count()).toBe(0);
    await page.goto(`${base}/years/${hubs.at(-1)!.year}/`);
    expect(await page.locator('a[rel="next"]').count()).toBe(0);
  });

  it('is keyboard-usable: Tab reaches the skip link first', async () => {
    const { page } = session;
    await page.goto(`${base}/years/${middle.year}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
  });
});

describe('entry pages', () => {
  it('link each year of a multi-year project to its hub, and the hub lists the project', async () => {
    const { page } = session;
    const project = graph.list('projects').find((e) => yearsOf(graph, e).length > 1)!;
    const years = yearsOf(graph, project);
    await page.goto(`${base}${hrefOf(project)}`);
    const links = await page.locator('.facts a[href^="/years/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(years.map((y) => `/years/${y}/`));
    await page.goto(`${base}/years/${years.at(-1)}/`);
    expect(await page.locator(`main section a[href="${hrefOf(project)}"]`).count()).toBe(1);
  });
});
