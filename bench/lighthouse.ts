// `npm run bench:lighthouse`: Lighthouse's four categories (performance, accessibility, best practices, SEO)
// on the home page, the search page and an entry of each main collection, in headless Chromium against
// Astro's preview server. The site is built the way a deployment is, with its public address (SITE_URL) set
// to the preview server's, into a temp dir, so canonical links and the sitemap are what a reader's browser
// and a crawler get. Exits non-zero when a score is below the target (98), so it can gate a release; kept
// out of `npm test` because the audits take a minute of CPU and the performance score depends on the load
// of the machine (run it on a quiet one).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { preview } from 'astro';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const TARGET = 98;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const PAGES = [
  '/', '/search/?q=trafficking',
  '/missions/osce-programme-office-in-dushanbe/',
  '/projects/strengthening-civil-society-cooperation-2018-2019/',
  '/subprojects/csp-2018-learning-from-one-another/',
  '/organizations/civic-solidarity-platform/',
  '/countries/tajikistan/',
  '/themes/domestic-violence/',
];

const root = path.resolve(import.meta.dirname, '..');
const port = await new Promise<number>((resolve) => {
  const probe = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as net.AddressInfo;
    probe.close(() => resolve(port));
  });
});
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-atlas-lighthouse-'));
const built = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
  cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SITE_URL: `http://127.0.0.1:${port}/`, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (built.status !== 0) throw new Error(`the build for Lighthouse failed (exit ${built.status})`);
// `npm run build`'s second step: the search index.
const indexed = spawnSync(process.execPath, [path.join(root, 'scripts/index-search.ts'), outDir], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (indexed.status !== 0) throw new Error(`indexing the build for Lighthouse failed (exit ${indexed.status})`);
const server = await preview({ root, outDir, logLevel: 'error', server: { port, host: '127.0.0.1' } });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const rows: { page: string; scores: Record<string, number> }[] = [];
try {
  for (const page of PAGES) {
    const result = await lighthouse(`http://127.0.0.1:${port}${page}`, {
      port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES],
      // A desktop profile: the phone profile's simulated slow CPU measures this machine's load more than the page.
      formFactor: 'desktop', screenEmulation: { mobile: false, width: 1280, height: 900, deviceScaleFactor: 1, disabled: false },
      throttlingMethod: 'simulate',
    });
    const categories = result!.lhr.categories;
    rows.push({ page, scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])) });
  }
} finally {
  await chrome.kill();
  await server.stop();
  fs.rmSync(outDir, { recursive: true, force: true });
}

const width = Math.max(...PAGES.map((p) => p.length));
console.log(`${'page'.padEnd(width)}  ${CATEGORIES.map((c) => c.padStart(16)).join('')}`);
for (const r of rows) console.log(`${r.page.padEnd(width)}  ${CATEGORIES.map((c) => String(r.scores[c]).padStart(16)).join('')}`);
const low = rows.flatMap((r) => CATEGORIES.filter((c) => r.scores[c] < TARGET).map((c) => `${r.page} ${c} ${r.scores[c]}`));
if (low.length) {
  console.error(`Below ${TARGET}: ${low.join('; ')}`);
  process.exitCode = 1;
} else {
  console.log(`Every page scores ${TARGET} or more in every category.`);
}
