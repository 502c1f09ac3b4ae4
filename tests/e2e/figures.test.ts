// The timeline, the map and the charts on a phone and on a desktop, in a real browser: every label on the map
// and the charts renders at 12 px or more (as drawn, after any scaling), the map's markers stay inside it and
// clear of one another, and no chart label is cut short. That no page scrolls sideways is responsive.test.ts's
// check of every template, these among them (the dark scheme changes colours only, never a width).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, realGraph } from '../helpers.ts';
import { statsOf } from '../../src/lib/stats.ts';
import { locationsOf } from '../../src/lib/map.ts';

const base = inject('baseUrl');
const graph = realGraph();
/** 320 is the narrowest phone the map's narrow layout is worked out for (its map 288 px wide). */
const WIDTHS = [320, 375, 1280];

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(() => browser?.close());

async function open(width: number, url: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme });
  await page.goto(`${base}${url}`);
  return page;
}

/** The rendered size of a text: its computed font size times the scale of any SVG it is drawn in. */
const renderedFontSizes = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.map((el) => {
  const size = parseFloat(getComputedStyle(el).fontSize);
  const svg = el.closest('svg');
  const scale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
  return { text: el.textContent ?? '', px: size * scale };
}));

for (const width of WIDTHS) {
  describe(`at ${width} px`, () => {
    it('/map/: the map fits the screen, its counts are 12 px or more, inside it and clear of each other, the table below', async () => {
      const page = await open(width, '/map/');
      try {
        const frame = (await page.locator('.map-frame').boundingBox())!;
        const svg = (await page.locator('.map-frame svg').boundingBox())!;
        expect(frame.x).toBeGreaterThanOrEqual(0);
        expect(frame.x + frame.width).toBeLessThanOrEqual(width);
        expect(svg.width).toBeLessThanOrEqual(frame.width + 0.5);
        const sizes = await renderedFontSizes(page, '.map-markers a [aria-hidden="true"]');
        expect(sizes.length).toBe(new Set(locationsOf(graph).map((l) => l.country.id)).size);
        for (const s of sizes) expect(s.px, s.text).toBeGreaterThanOrEqual(12);
        const boxes = await page.locator('.map-markers a').evaluateAll((as) => as.map((a) => {
          const r = a.getBoundingClientRect();
          return { name: a.getAttribute('href')!, x: r.x + r.width / 2, y: r.y + r.height / 2, r: r.width / 2, fits: a.querySelector('[aria-hidden="true"]')!.getBoundingClientRect().width <= r.width - 4 };
        }));
        for (const b of boxes) {
          expect(b.x - b.r, b.name).toBeGreaterThanOrEqual(svg.x - 0.5);
          expect(b.x + b.r, b.name).toBeLessThanOrEqual(svg.x + svg.width + 0.5);
          expect(b.y - b.r, b.name).toBeGreaterThanOrEqual(svg.y - 0.5);
          expect(b.y + b.r, b.name).toBeLessThanOrEqual(svg.y + svg.height + 0.5);
          expect(b.fits, `${b.name}: its count fits in its circle`).toBe(true);
        }
        for (let i = 0; i < boxes.length; i++) {
          for (let j = 0; j < i; j++) {
            const [a, b] = [boxes[i], boxes[j]];
            expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.name} / ${b.name}`).toBeGreaterThanOrEqual(a.r + b.r - 1);
          }
        }
        // Central Asia, where most of the counts are, is on the screen.
        const tj = (await page.locator('.map-markers a[href="/countries/tajikistan/"]').boundingBox())!;
        expect(tj.x + tj.width).toBeLessThanOrEqual(width);
        expect(await page.locator('table.located').isVisible()).toBe(true);
      } finally {
        await page.close();
      }
    });

    it('/stats/: every bar label and value is 12 px or more, whole (never cut), and a bar links to the search', async () => {
      const page = await open(width, '/stats/');
      try {
        const stats = statsOf(graph);
        for (const selector of ['.bar-label', '.bar-value']) {
          const sizes = await renderedFontSizes(page, `.chart ${selector}`);
          expect(sizes.length).toBe(stats.charts.reduce((n, c) => n + c.bars.length, 0));
          for (const s of sizes) expect(s.px, `${selector} ${s.text}`).toBeGreaterThanOrEqual(12);
        }
        const labels = await page.locator('.chart .bar-label').evaluateAll((els) => els.map((el) => ({
          text: el.textContent, cut: el.scrollWidth > el.clientWidth + 1 || getComputedStyle(el).textOverflow === 'ellipsis',
          right: el.getBoundingClientRect().right,
        })));
        expect(labels.map((l) => l.text)).toEqual(stats.charts.flatMap((c) => c.bars.map((b) => b.label)));
        for (const l of labels) {
          expect(l.cut, l.text!).toBe(false);
          expect(l.right, l.text!).toBeLessThanOrEqual(width);
        }
        // The longest theme label, which the old chart cut short, is shown whole.
        const longest = stats.charts.find((c) => c.id === 'by-theme')!.bars.map((b) => b.label).sort((a, b) => b.length - a.length)[0];
        expect(await page.locator('#by-theme .bar-label', { hasText: longest }).textContent()).toBe(longest);
        const links = await page.locator('.chart .bar > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
        expect(links.length).toBeGreaterThan(20);
        for (const href of links) expect(href).toMatch(/^\/search\/\?/);
        // The tables stay beside (or under) their charts.
        expect(await page.locator('.chart .chart-table').count()).toBe(stats.charts.length);
      } finally {
        await page.close();
      }
    });
  });
}

describe('the map layouts', () => {
  it('switch with the map’s width: the narrow layout on a phone, the wide one on a desktop', async () => {
    const styleAt = async (width: number) => {
      const page = await open(width, '/map/');
      try {
        return await page.locator('.map-markers a').first().evaluate((a) => {
          const s = getComputedStyle(a);
          return { left: s.getPropertyValue('--x').trim(), narrow: s.getPropertyValue('--narrow-x').trim(), wide: s.getPropertyValue('--wide-x').trim() };
        });
      } finally {
        await page.close();
      }
    };
    const [phone, desktop] = [await styleAt(375), await styleAt(1280)];
    expect(phone.left).toBe(phone.narrow);
    expect(desktop.left).toBe(desktop.wide);
  });
});
