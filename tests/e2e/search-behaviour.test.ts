// What the search page says and does around the results (issue 18): corrections and fallbacks announced,
// query syntax, a date sort that keeps every result, the filters in force, the empty state, the page
// title and "show more" in the URL. Expected entries come from the content, not from the search.
import { describe, expect, inject, it } from 'vitest';
import { usePage } from '../helpers.ts';

const base = inject('baseUrl');
const session = usePage();

/** Opens /search/ with a query string and waits until the list holds the answer to it. */
async function open(search: string) {
  const { page } = session;
  await page.goto(`${base}/search/${search}`);
  const q = new URLSearchParams(search).get('q') ?? '';
  await page.waitForFunction((query) => document.getElementById('search-results')?.dataset.query === query, q);
  return page;
}
const urls = () => session.page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('#search-results > li h2 a')].map((a) => new URL(a.href).pathname));
const text = (selector: string) => session.page.locator(selector).textContent().then((t) => (t ?? '').replace(/\s+/g, ' ').trim());
const total = async () => Number((await text('#search-status')).match(/^(\d+) result/)?.[1]);

describe('corrections and fallbacks', () => {
  it('corrects a word the atlas lacks, says so, and offers the search as typed', async () => {
    await open('?q=Dushambe');
    expect((await urls())[0]).toBe('/missions/osce-programme-office-in-dushanbe/');
    expect(await text('#search-notice')).toBe('Showing results for dushanbe — search instead for Dushambe.');
    await session.page.locator('#search-notice a').click();
    await session.page.waitForURL(/typed=1/);
    await session.page.waitForFunction(() => document.getElementById('search-status')?.textContent?.startsWith('0 results'));
    expect(await urls()).toEqual([]);
  });

  it('says so when a word is in no entry and nothing corrects it', async () => {
    await open('?q=mediation'); // no entry has it; "media" is the nearest start
    expect(await text('#search-notice')).toBe('No entry has “mediation”; showing entries with words that begin like it.');
  });

  it('finds what a question asks about, leaving out its question words', async () => {
    await open('?q=when+was+the+OSCE+Academy+in+Bishkek+established');
    expect((await urls())[0]).toBe('/missions/osce-academy-in-bishkek/');
  });

  it('falls back to the entries with most of the words, and says so', async () => {
    await open('?q=Dushanbe+counselling+zeppelin');
    expect(await total()).toBeGreaterThan(0);
    expect(await text('#search-notice')).toMatch(/No entry has all 3 words together; showing the entries with the most of them \(2 of 3\)/);
  });

  it('finds an entry by its Cyrillic name', async () => {
    await open('?q=%D0%A2%D0%B0%D0%B4%D0%B6%D0%B8%D0%BA%D0%B8%D1%81%D1%82%D0%B0%D0%BD'); // Таджикистан
    expect((await urls())[0]).toBe('/countries/tajikistan/');
  });

  it('finds both spellings of a word', async () => {
    await open('?q=organisation');
    const british = await total();
    await open('?q=organization');
    expect(await total()).toBe(british);
  });
});

describe('query syntax', () => {
  it('"OR" finds entries with either word', async () => {
    await open('?q=hate');
    const hate = await total();
    await open('?q=trafficking');
    const trafficking = await total();
    await open('?q=hate+OR+trafficking');
    const either = await total();
    expect(either).toBeGreaterThanOrEqual(Math.max(hate, trafficking));
    expect(either).toBeLessThanOrEqual(hate + trafficking);
  });

  it('a minus leaves out entries with the word', async () => {
    await open('?q=civil');
    const civil = await total();
    await open('?q=civil+-society');
    const without = await total();
    expect(without).toBeLessThan(civil);
    for (const url of await urls()) expect(url).not.toBe('/themes/civil-society-development/');
  });

  it('a phrase in quotation marks finds the words together', async () => {
    await open('?q=%22civil+society%22');
    const phrase = await total();
    await open('?q=%22society+civil%22');
    expect(await total()).toBeLessThan(phrase);
  });

  it('the page explains the syntax', async () => {
    await open('');
    expect(await text('.search-help')).toMatch(/"civil society".*OR.*-society/);
  });
});

describe('sorting by date', () => {
  it('keeps every result, the dated first in order, the undated after and counted', async () => {
    await open('?q=trafficking');
    const relevance = await total();
    await open('?q=trafficking&sort=newest');
    expect(await total()).toBe(relevance);
    expect(await text('#search-status')).toMatch(/dated, then \d+ undated/);
  });
});

describe('filters', () => {
  it('lists the filters in force, removes one in a click, and clears all', async () => {
    const page = await open('?q=violence&country=Tajikistan&type=Project');
    expect(await text('#search-status')).toMatch(/with Type: Project, Country: Tajikistan/);
    const chips = page.locator('#search-active .chip');
    expect(await chips.count()).toBe(2);
    await chips.filter({ hasText: 'Country: Tajikistan' }).click();
    await page.waitForURL((u) => !u.search.includes('country='));
    await page.locator('#search-active .chip-clear').click();
    await page.waitForURL((u) => !u.search.includes('type='));
    await expect.poll(() => page.locator('#search-active').isHidden()).toBe(true);
  });

  it('reports a value no entry has, and lets the reader remove it', async () => {
    const page = await open('?q=trafficking&country=Narnia');
    const chip = page.locator('#search-active .chip-unknown');
    expect(await chip.textContent()).toContain('Country: Narnia (no entry has this value)');
    await chip.click();
    await page.waitForURL((u) => !u.search.includes('Narnia'));
    await expect.poll(total).toBeGreaterThan(0);
  });

  it('reaches the Central Asian events that name no country through the region facet', async () => {
    await session.page.goto(`${base}/search/?region=Central+Asia&q=networking+event`);
    await session.page.waitForFunction(() => document.getElementById('search-results')?.dataset.query === 'networking event');
    expect(await urls()).toEqual(expect.arrayContaining(['/projects/central-asia-networking-event-2022/', '/projects/central-asia-networking-event-2023/']));
  });

  it('keeps focus on the box a reader ticked, and shows no empty facet', async () => {
    const page = await open('?q=trafficking');
    await page.locator('#search-filters summary').click();
    const box = page.locator('#search-facets input[name="type"][value="Subproject"]');
    await box.focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/type=Subproject/);
    await expect.poll(() => page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      return `${el?.name}=${el?.value}`;
    })).toBe('type=Subproject');
    for (const set of await page.locator('#search-facets fieldset').all()) {
      expect(await set.locator('input[type=checkbox]').count()).toBeGreaterThan(0);
    }
  });
});

describe('the page around the results', () => {
  it('names the query in the page title', async () => {
    await open('?q=Bishkek');
    expect(await session.page.title()).toBe("“Bishkek” — Search — Civic Atlas");
  });

  it('keeps "Show more" in the URL, so reloading (or Back) restores the longer list', async () => {
    const page = await open('?q=osce');
    await page.locator('#search-more').click();
    await page.waitForURL(/shown=20/);
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length === 20);
  });

  it('on no results, suggests what to try and shows the browse lists; no downloads offered', async () => {
    const page = await open('?q=zzzxqv');
    expect(await total()).toBe(0);
    expect(await text('#search-notice')).toMatch(/Try fewer or other words/);
    expect(await page.locator('#browse').isVisible()).toBe(true);
    expect(await page.locator('#search-downloads').isVisible()).toBe(false);
  });

  it('offers no downloads on the start page', async () => {
    const page = await open('');
    expect(await page.locator('#search-downloads').isVisible()).toBe(false);
  });

  it('excerpts begin at a sentence of the entry\'s own text, or are its summary', async () => {
    await open('?q=domestic+violence');
    const excerpts = await session.page.locator('#search-results > li > p:last-child').allTextContents();
    expect(excerpts.length).toBeGreaterThan(3);
    for (const e of excerpts) {
      expect(e).toMatch(/^(…|[\p{Lu}\d“"(])/u);
      expect(e).not.toMatch(/^Also known as/);
    }
  });
});
