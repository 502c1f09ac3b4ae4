// The entry page's frame in a real browser, at a phone's and a desktop's width, in both schemes: the text
// starts near the top even on the largest entry, the section navigation marks the page, "On this page"
// leads to parts that exist.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { contentFiles, DIST, usePage } from '../helpers.ts';

const base = inject('baseUrl');
const session = usePage();
const entries = contentFiles().map((f) => `/${f.collection}/${f.id}/`);
// The largest entry page as built: the likeliest to push its text down.
const largest = [...entries].sort((a, b) => fs.statSync(path.join(DIST, b, 'index.html')).size - fs.statSync(path.join(DIST, a, 'index.html')).size)[0];

describe.each([[375, 800], [1280, 900]] as const)('an entry page at %i × %i', (width, height) => {
  describe.each(['light', 'dark'] as const)('%s', (scheme) => {
    it(`the largest entry (${largest}) starts its body within the first ${width < 600 ? 'screen and a half' : 'screen'}`, async () => {
      const { page } = session;
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${base}${largest}`);
      const top = await page.locator('.prose > p').first().evaluate((p) => p.getBoundingClientRect().top + scrollY);
      expect(top).toBeLessThan(width < 600 ? height * 1.5 : height);
    });
    it('marks the page in the section navigation, shown beside the text on a desktop and behind a disclosure on a phone', async () => {
      const { page } = session;
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      const url = '/subprojects/csp-2018-reloading-wps-agenda/';
      await page.goto(`${base}${url}`);
      const current = page.locator('nav.section-nav a[aria-current="page"]');
      expect(await current.count()).toBe(1);
      expect(await current.getAttribute('href')).toBe(url);
      if (width < 600) {
        expect(await current.isVisible()).toBe(false);
        await page.locator('nav.section-nav summary').click();
      }
      expect(await current.isVisible()).toBe(true);
      // Its siblings are there too: the project's other subprojects.
      expect(await page.locator('nav.section-nav a[href^="/subprojects/csp-2018-"]').count()).toBeGreaterThan(1);
    });
  });
});

describe('On this page', () => {
  it.each(entries.filter((_, i) => i % 9 === 0))('%s lists parts that exist on the page', async (url) => {
    const { page } = session;
    await page.goto(`${base}${url}`);
    const targets = await page.locator('nav.toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(targets.length).toBeGreaterThan(0);
    for (const t of targets) expect(await page.locator(t).count(), `${url}${t}`).toBe(1);
  });
});
