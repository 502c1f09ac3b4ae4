// What the Russian search page (/ru/search/) says and does, in Russian: the status line with the count's
// plural form, a correction from the Russian pages' words, the empty state, the facets, the chips of the
// filters in force and the page title. Expected words come from the dictionary (src/i18n/ru/search.ts) and
// expected entries from the Russian content, not from the search.
import { describe, expect, inject, it } from 'vitest';
import { usePage } from '../helpers.ts';
import { t } from '../../src/i18n/index.ts';

const base = inject('baseUrl');
const session = usePage();
const words = t('ru').search.client;

async function open(search: string) {
  const { page } = session;
  await page.goto(`${base}/ru/search/${search}`);
  const q = new URLSearchParams(search).get('q') ?? '';
  await page.waitForFunction((query) => document.getElementById('search-results')?.dataset.query === query, q);
  return page;
}
const urls = () => session.page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('#search-results > li h2 a')].map((a) => new URL(a.href).pathname));
const text = (selector: string) => session.page.locator(selector).textContent().then((s) => (s ?? '').replace(/\s+/g, ' ').trim());
/** The Russian plural form independently of the page: 1, 21 → one; 2–4, 22–24 → few; else many. */
const ruForm = (n: number) => (n % 10 === 1 && n % 100 !== 11 ? 'one' : [2, 3, 4].includes(n % 10) && ![12, 13, 14].includes(n % 100) ? 'few' : 'many');

describe('the Russian search page', () => {
  it('says how many it found, in the form the count takes', async () => {
    await open('?q=%D0%91%D0%94%D0%98%D0%9F%D0%A7'); // БДИПЧ
    const status = await text('#search-status');
    const n = Number(/\d+/.exec(status)?.[0]);
    expect(n).toBeGreaterThanOrEqual(await session.page.locator('#search-results > li').count());
    const form = { one: 'Найден', few: 'Найдено', many: 'Найдено' }[ruForm(n)];
    const noun = { one: 'результат', few: 'результата', many: 'результатов' }[ruForm(n)];
    expect(status).toBe(`${form} ${n} ${noun} по запросу «БДИПЧ».`);
    expect((await urls())[0]).toBe('/ru/missions/odihr/');
    expect(await session.page.title()).toMatch(/^«БДИПЧ» — /);
  });

  it('corrects a Russian typo from the Russian pages\' words, and offers the search as typed', async () => {
    await open(`?q=${encodeURIComponent('Таджекистан')}`);
    expect((await urls())[0]).toBe('/ru/countries/tajikistan/');
    expect(await text('#search-notice')).toBe(`${words.correctedBefore}таджикистан${words.correctedMiddle}Таджекистан${words.correctedAfter}`.replace(/\s+/g, ' ').trim());
    expect(await session.page.locator('#search-notice a').getAttribute('href')).toMatch(/^\/ru\/search\/\?q=/);
  });

  it('finds a name in another case, and ё written as е', async () => {
    await open(`?q=${encodeURIComponent('Узбекистану')}`);
    expect((await urls())[0]).toBe('/ru/countries/uzbekistan/');
    await open(`?q=${encodeURIComponent('Соединенные Штаты')}`);
    expect((await urls())[0]).toBe('/ru/countries/united-states/');
  });

  it('says nothing matches in Russian', async () => {
    await open(`?q=${encodeURIComponent('цеппелин')}`);
    expect(await text('#search-notice')).toBe(`${words.nothing}${words.nothingBrowse}`);
    expect(await text('#search-status')).toBe('Найдено 0 результатов по запросу «цеппелин».');
  });

  it('names the facets and their values in Russian, and the filters in force', async () => {
    const page = await open(`?country=${encodeURIComponent('Таджикистан')}&region=${encodeURIComponent('Центральная Азия')}`);
    await page.waitForSelector('#search-facets legend');
    const legends = await page.locator('#search-facets legend').allTextContents();
    expect(legends).toContain(words.facets.type);
    expect(legends).toContain(words.facets.country);
    const types = await page.locator('#search-facets input[name="type"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(types).toContain(t('ru').collections.projects.singular);
    expect(types.every((v) => /[А-Яа-яЁё]/.test(v))).toBe(true);
    const chips = await page.locator('#search-active .chip').allTextContents();
    expect(chips).toEqual([`${words.facets.region}: Центральная Азия`, `${words.facets.country}: Таджикистан`]);
    expect(await text('#search-active .chip-clear')).toBe(words.clearAll);
    expect(await text('#search-status')).toContain(`(фильтры: ${words.facets.region}: Центральная Азия; ${words.facets.country}: Таджикистан)`);
  });

  it('lists results with Russian types and links under /ru/', async () => {
    await open(`?q=${encodeURIComponent('домашнее насилие')}`);
    const links = await urls();
    expect(links.length).toBeGreaterThan(3);
    expect(links.every((u) => u.startsWith('/ru/'))).toBe(true);
    const meta = await session.page.locator('#search-results .result-meta').first().textContent();
    expect(Object.values(t('ru').collections).some((c) => meta!.startsWith(c.singular))).toBe(true);
  });
});
