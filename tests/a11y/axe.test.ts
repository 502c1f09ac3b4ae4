// axe-core in headless Chromium on every page template, in both languages, in the light and the dark colour scheme.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { realGraph, usePage } from '../helpers.ts';
import { cappedLists } from '../../src/lib/hub-lists.ts';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TEMPLATES = [
  '/', '/missions/', '/projects/', '/search/', '/map/', '/timeline/', '/timeline/countries/kazakhstan/', '/timeline/?country=kazakhstan', '/years/', '/years/2018/', '/contribute/', '/contribute/new/', '/data/', '/stats/', '/quality/', '/search/?q=domestic%20violence', '/404.html',
  '/missions/osce-programme-office-in-dushanbe/', '/projects/strengthening-civil-society-cooperation-2018-2019/',
  '/subprojects/csp-2018-reloading-wps-agenda/', '/organizations/civic-solidarity-platform/', '/people/lara-scarpitta/',
  '/countries/kosovo/', '/themes/domestic-violence/', '/sources/csp-project-2018-2019-page/',
  // A full list behind a capped list on an entry page (the real content has some: sources cited by many entries).
  ...cappedLists(realGraph()).slice(0, 1).map(({ list }) => list.more!.href),
];

// The Russian edition's twin of every template (the Russian 404 page is /ru/404/).
TEMPLATES.push(...TEMPLATES.map((url) => (url === '/404.html' ? '/ru/404/' : `/ru${url}`)));

const base = inject('baseUrl');
const session = usePage();

// Each page is loaded once and checked in both schemes: the scheme follows prefers-color-scheme live (the
// tokens are light-dark() pairs), so switching the emulated preference recolours the loaded page as a load
// in that scheme would, at half the page loads.
const SCHEMES = ['light', 'dark'] as const;
describe('axe, in the light and the dark scheme', () => {
  it.each(TEMPLATES)('%s has no WCAG 2.2 AA violations', async (url) => {
    const { page } = session;
    await page.emulateMedia({ colorScheme: SCHEMES[0] });
    await page.goto(`${base}${url}`);
    if (url.includes('?q=')) await page.locator('#search-results li').first().waitFor();
    await page.evaluate(axeSource);
    const found: Record<string, string[]> = {};
    const background = new Set<string>();
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      background.add(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      found[scheme] = await page.evaluate(async () => {
        const result = await (window as any).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
        return result.violations.map((v: any) => `${v.id}: ${v.help} (${v.nodes.map((n: any) => n.target.join(' ')).slice(0, 3).join(', ')})`);
      });
    }
    expect(found).toEqual({ light: [], dark: [] });
    // The switch took effect on the loaded page (else the dark run would have checked the light page again).
    expect(background.size).toBe(SCHEMES.length);
  });
});
