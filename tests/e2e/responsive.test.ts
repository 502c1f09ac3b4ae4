// Every page template at 320 and 375 px phones and 1280 and 1440 px desktops: nothing wider than the
// window, a header of one row, the page's heading in view and the site search in reach (behind the menu
// on a phone). The phone menu works from the keyboard and without JavaScript. Print leaves navigation out.
import { describe, expect, inject, it } from 'vitest';
import { launchBrowser, realGraph, usePage } from '../helpers.ts';
import { yearHubs } from '../../src/lib/years.ts';
import { timelineFilters } from '../../src/lib/timeline.ts';
import { t } from '../../src/i18n/index.ts';

const base = inject('baseUrl');
const session = usePage();
const graph = realGraph();
const href = (e: { collection: string; id: string }) => `/${e.collection}/${e.id}/`;
// The busiest year and the entry with the longest title of each collection: the likeliest to overflow.
const busiest = [...yearHubs(graph)].sort((a, b) => b.count - a.count)[0];
const longest = (c: Parameters<typeof graph.list>[0]) => [...graph.list(c)].sort((a, b) => String(b.data.title).length - String(a.data.title).length)[0];
// The busiest country's or theme's timeline: the likeliest to overflow, as the longest titles below.
const filter = [...timelineFilters(graph)].sort((a, b) => b.count - a.count)[0];

const PAGES = [
  '/', '/missions/', '/projects/', '/search/', '/map/', '/timeline/', `/timeline/${filter.collection}/${filter.entry.id}/`, '/contribute/',
  '/data/', '/stats/', '/quality/', '/search/?q=domestic%20violence', '/404.html', '/years/', `/years/${busiest.year}/`, '/contribute/new/',
  ...(['missions', 'projects', 'subprojects', 'organizations', 'people', 'countries', 'themes', 'sources'] as const).map((c) => href(longest(c))),
];
// The Russian edition's twins: longer words (the site's own name among them) in the same frame.
PAGES.push(...PAGES.map((url) => (url === '/404.html' ? '/ru/404/' : `/ru${url}`)));
const wordsOf = (url: string) => t(url.startsWith('/ru/') ? 'ru' : 'en').site;

/** What sticks out past the window's right edge, innermost first, for a readable failure. */
const overflowing = () => session.page.evaluate(() => {
  const width = window.innerWidth;
  return [...document.querySelectorAll('body *')]
    .filter((el) => el.getBoundingClientRect().right > width + 0.5 && ![...el.children].some((c) => c.getBoundingClientRect().right > width + 0.5))
    .filter((el) => !el.closest('.visually-hidden, .skip-link'))
    // Inside a scrolling box (the map, a wide table) is fine: only the box itself must fit.
    .filter((el) => { for (let a = el.parentElement; a; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return false; return true; })
    .slice(0, 5)
    .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(el.getBoundingClientRect().right)}px)`);
});

// Below 80rem (1280 px) the header folds its sections, search box and controls behind the menu.
const isPhone = (width: number) => width < 1280;

// Each page is loaded once and resized through the four windows, narrowest first: the layout is CSS alone (no
// script reads the window's size), so a resize lays the page out as a load at that size would.
const WINDOWS = [[320, 640], [375, 800], [1280, 900], [1440, 900]] as const;
describe(`at ${WINDOWS.map(([w, h]) => `${w} × ${h}`).join(', ')}`, () => {
  it.each(PAGES)('%s has no horizontal scroll, a one-row header, its heading, and the site search in reach', async (url) => {
    const { page } = session;
    await page.setViewportSize({ width: WINDOWS[0][0], height: WINDOWS[0][1] });
    await page.goto(`${base}${url}`);
    for (const [width, height] of WINDOWS) {
      const at = `${url} at ${width} px`;
      await page.setViewportSize({ width, height });
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth }));
      expect(innerWidth, at).toBe(width);
      if (scrollWidth > innerWidth) expect(await overflowing(), `${at} is ${scrollWidth}px wide`).toEqual([]);
      expect(scrollWidth, at).toBeLessThanOrEqual(innerWidth);
      expect(await page.locator('main h1').isVisible(), at).toBe(true);
      const header = await page.locator('.site-header').boundingBox();
      expect(header!.height, at).toBeLessThanOrEqual(isPhone(width) ? 72 : 80);
      const words = wordsOf(url);
      const search = page.getByRole('search', { name: words.siteSearch });
      const menu = page.locator('.site-menu summary');
      if (isPhone(width)) {
        // On a phone the search box is behind the menu; a search link stays in the header.
        expect(await page.locator('.site-header').getByRole('link', { name: words.search, exact: true }).isVisible(), at).toBe(true);
        expect(await search.isVisible(), at).toBe(false);
        await menu.click();
      }
      expect(await search.isVisible(), at).toBe(true);
      expect(await search.getByRole('searchbox').isVisible(), at).toBe(true);
      expect(await search.getByRole('button', { name: words.search }).isVisible(), at).toBe(true);
      // Closed again, so the next window starts as a fresh load would.
      if (isPhone(width)) await menu.click();
    }
  });
});

describe('the phone menu', () => {
  it('opens and closes from the keyboard, and lists every main section', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${base}/projects/`);
    const menu = page.locator('.site-menu');
    const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
    expect(await links.first().isVisible()).toBe(false);
    // Skip link, mark, search link, then the menu button.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('open')).not.toBeNull();
    const hrefs = await links.evaluateAll((as) => as.filter((a) => a.getClientRects().length).map((a) => a.getAttribute('href')));
    for (const c of ['missions', 'projects', 'subprojects', 'organizations', 'people', 'countries', 'themes', 'sources']) expect(hrefs).toContain(`/${c}/`);
    expect(await page.locator('[aria-current="page"]').getAttribute('href')).toBe('/projects/');
    await page.keyboard.press('Space');
    expect(await menu.getAttribute('open')).toBeNull();
  });
  it('opens without JavaScript', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
      await page.goto(`${base}/`);
      await page.locator('.site-menu summary').click();
      expect(await page.getByRole('search', { name: 'Site search' }).getByRole('searchbox').isVisible()).toBe(true);
      expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).isVisible()).toBe(true);
    } finally {
      await browser.close();
    }
  });
});

describe('print', () => {
  it.each(['/timeline/', `/years/${busiest.year}/`, href(longest('projects'))])('%s prints without navigation or controls', async (url) => {
    const { page } = session;
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${base}${url}`);
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('main h1').isVisible()).toBe(true);
      const shown = await page.locator('nav, .site-header, .site-footer, form, button, select').evaluateAll((els) =>
        els.filter((el) => el.getClientRects().length > 0)
          .map((el) => el.outerHTML.slice(0, 80)));
      expect(shown).toEqual([]);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
