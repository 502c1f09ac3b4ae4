// `npm run screenshots`: one picture of every page template at a phone's and a desktop's width, in the
// light and the dark scheme, for a reviewer to look at. Serves the built site (run `npm run build` first)
// with Astro's preview server and drives Debian's Chromium; writes PNGs to screenshots/ (not committed).
//
//   npm run screenshots                     every template, both widths, both schemes, full pages
//   npm run screenshots -- --only entry     templates whose name contains "entry"
//   npm run screenshots -- --fold           the first screen only, not the whole page
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { preview } from 'astro';
import { chromium } from 'playwright-core';

/** One page of each template; entry pages from every collection, the largest first. */
export const TEMPLATES: { name: string; path: string }[] = [
  { name: 'home', path: '/' },
  { name: 'search', path: '/search/?q=trafficking' },
  { name: 'index-projects', path: '/projects/' },
  { name: 'index-subprojects', path: '/subprojects/' },
  { name: 'index-missions', path: '/missions/' },
  { name: 'entry-project', path: '/projects/strengthening-civil-society-cooperation-2018-2019/' },
  { name: 'entry-subproject', path: '/subprojects/csp-2018-learning-from-one-another/' },
  { name: 'entry-mission', path: '/missions/osce-programme-office-in-dushanbe/' },
  { name: 'entry-organization', path: '/organizations/civic-solidarity-platform/' },
  { name: 'entry-person', path: '/people/lara-scarpitta/' },
  { name: 'entry-country', path: '/countries/tajikistan/' },
  { name: 'entry-theme', path: '/themes/domestic-violence/' },
  { name: 'entry-source', path: '/sources/osce-information-and-capacity-building/' },
  { name: 'hub-list', path: '/sources/osce-information-and-capacity-building/cited-by/' },
  { name: 'timeline', path: '/timeline/' },
  { name: 'timeline-country', path: '/timeline/countries/tajikistan/' },
  { name: 'years', path: '/years/' },
  { name: 'year', path: '/years/2019/' },
  { name: 'map', path: '/map/' },
  { name: 'stats', path: '/stats/' },
  { name: 'quality', path: '/quality/' },
  { name: 'data', path: '/data/' },
  { name: 'contribute', path: '/contribute/' },
  { name: 'editor', path: '/contribute/new/' },
];
const WIDTHS = [375, 1280];
const SCHEMES = ['light', 'dark'] as const;

const { values } = parseArgs({ options: { only: { type: 'string' }, fold: { type: 'boolean' }, out: { type: 'string', default: 'screenshots' }, dist: { type: 'string', default: 'dist' } } });
if (!fs.existsSync(path.join(values.dist!, 'index.html'))) {
  console.error(`No build in ${values.dist}/: run \`npm run build\` first.`);
  process.exit(1);
}
fs.mkdirSync(values.out!, { recursive: true });
const server = await preview({ root: process.cwd(), outDir: values.dist, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
const base = `http://127.0.0.1:${server.port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
let written = 0;
try {
  for (const t of TEMPLATES.filter((t) => !values.only || t.name.includes(values.only!))) {
    for (const width of WIDTHS) {
      for (const scheme of SCHEMES) {
        const page = await browser.newPage({ viewport: { width, height: width < 600 ? 800 : 900 }, colorScheme: scheme });
        await page.goto(base + t.path, { waitUntil: 'networkidle' });
        const file = path.join(values.out!, `${t.name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: !values.fold });
        await page.close();
        written++;
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(`Wrote ${written} screenshots to ${values.out}/.`);
