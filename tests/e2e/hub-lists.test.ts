// Long lists on entry pages, in a real browser: a capped list shows its cap of entries, its full count and a
// link to the full list, whose pages work without JavaScript and lead back to the hub. The capped lists are
// found from the graph (today: sources cited by more entries than the cap), never named by hand.
import { describe, expect, inject, it } from 'vitest';
import { launchBrowser, listCapOf, realGraph, usePage } from '../helpers.ts';
import { cappedLists, HUB_LIST_PAGE_SIZE, hubListsFor } from '../../src/lib/hub-lists.ts';
import { hrefOf } from '../../src/lib/entry-view.ts';
import { titleOf } from '../../src/lib/model.ts';

const base = inject('baseUrl');
const session = usePage();
const graph = realGraph();
const capped = cappedLists(graph);
// The most linked capped list, and a hub whose lists are all short.
const { hub, list } = [...capped].sort((a, b) => b.list.count - a.list.count)[0];
const cap = listCapOf(hub, list.slug);
const small = graph.entries.find((e) => {
  const { connections, citedBy } = hubListsFor(graph, e);
  return connections.length > 1 && connections.every((l) => !l.more) && !citedBy;
})!;

describe('a capped list on an entry page', () => {
  it('the real content has one (else this file tests nothing)', () => {
    expect(capped.length).toBeGreaterThan(0);
    expect(list.count).toBeGreaterThan(cap);
  });

  it('shows the cap, the full count and a link to every entry', async () => {
    const { page } = session;
    await page.goto(`${base}${hrefOf(hub)}`);
    const section = page.locator(`section[aria-labelledby="${list.headingId}"]`);
    expect(await section.locator('h2').textContent()).toBe(`${list.heading} (${list.count})`);
    expect(await section.locator('ul li').count()).toBe(cap);
    expect(await section.locator('.note').first().textContent()).toBe(`Showing ${cap} of ${list.count}, ${list.order}.`);
    const more = section.getByRole('link', { name: `All ${list.count} ` });
    expect(await more.count()).toBe(1);
    const shown = await section.locator('ul li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

    await more.click();
    await page.waitForURL(`**${list.more!.href}`);
    expect(await page.locator('h1').textContent()).toBe(list.title);
    expect(await page.title()).toContain(list.title);
    const rows = page.locator('main ul.entry-list > li');
    expect(await rows.count()).toBe(Math.min(list.count, HUB_LIST_PAGE_SIZE));
    // The entry page showed the beginning of this list, in the same order.
    const first = await rows.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(first.slice(0, cap)).toEqual(shown);
    // Each row names its kind; breadcrumbs lead back to the hub.
    for (const tag of await rows.locator('.tag').allTextContents()) expect(tag.trim()).not.toBe('');
    await page.locator('.breadcrumbs').getByRole('link', { name: titleOf(hub), exact: true }).click();
    await page.waitForURL(`**${hrefOf(hub)}`);
  });

  it('its full list is a static page: no script file, not in the search index, and whole without JavaScript', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ javaScriptEnabled: false });
      const scripts: string[] = [];
      page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
      const response = await page.goto(`${base}${list.more!.href}`);
      expect(response?.status()).toBe(200);
      expect(scripts).toEqual([]);
      expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
      expect(await page.locator('main ul.entry-list > li').count()).toBe(Math.min(list.count, HUB_LIST_PAGE_SIZE));
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`${list.more!.href.replace(/[/]/g, '\\/')}$`));
    } finally {
      await browser.close();
    }
  });
});

describe('a hub whose lists are short', () => {
  it('shows every entry of each group and no link to a full list', async () => {
    const { page } = session;
    await page.goto(`${base}${hrefOf(small)}`);
    for (const l of hubListsFor(graph, small).connections) {
      const section = page.locator(`section[aria-labelledby="${l.headingId}"]`);
      expect(await section.locator('ul li').count(), l.slug).toBe(l.count);
      expect(await section.locator('.more').count(), l.slug).toBe(0);
    }
  });
});
