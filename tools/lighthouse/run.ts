// `npm run bench:lighthouse`: Lighthouse's four categories (performance, accessibility, best practices, SEO)
// on the home page, the search page and an entry of each main collection, in headless Chromium against
// Astro's preview server. The site is built the way a deployment is, with its public address (SITE_URL) set
// to the preview server's, into a temp dir, so canonical links and the sitemap are what a reader's browser
// and a crawler get. Exits non-zero when a score is below the target (98), so it can gate a release; kept
// out of `npm test` because the audits take a minute of CPU and the performance score depends on the load
// of the machine (run it on a quiet one).
//
// Each page is audited under Lighthouse's two defined profiles, as PageSpeed Insights shows them: `mobile` (its
// default config: a mid-range phone's screen, slow 4G, a CPU 4× slower) and `desktop` (its desktop-config:
// 1350 px, a fast connection, no CPU slowdown). Each profile's scores are computed against its own curves, so
// mixing one's screen with the other's throttling (as this script once did) measures neither.
//
// Flags: `--profile mobile|desktop` (repeatable; both by default), `--page PATH` (repeatable: audit only these pages), `--runs N` (audit each page N times and report
// the median score; one run on a busy machine can be off by several points), `--reports DIR` (write each
// run's full Lighthouse report there as JSON, to read what costs the points), `--keep DIR` (build into DIR
// and keep it; with `--port P`, a later run with `--built` audits that build without building again).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { preview } from 'astro';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
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

const { values: args } = parseArgs({
  options: {
    profile: { type: 'string', multiple: true }, page: { type: 'string', multiple: true }, runs: { type: 'string', default: '1' }, reports: { type: 'string' },
    keep: { type: 'string' }, port: { type: 'string' }, built: { type: 'boolean', default: false },
  },
});
const pages = args.page?.length ? args.page : PAGES;
// `undefined`: Lighthouse's default config, the mobile profile.
const PROFILES = { mobile: undefined, desktop: desktopConfig } as const;
type Profile = keyof typeof PROFILES;
const profiles = (args.profile?.length ? args.profile : Object.keys(PROFILES)) as Profile[];
for (const p of profiles) if (!(p in PROFILES)) throw new Error(`--profile ${p}: expected one of ${Object.keys(PROFILES).join(', ')}`);
const runs = Math.max(1, Number(args.runs));
if (args.built && (!args.keep || !args.port)) throw new Error('--built audits a kept build: give its --keep DIR and the --port it was built for');

const root = path.resolve(import.meta.dirname, '..', '..');
const port = args.port ? Number(args.port) : await new Promise<number>((resolve) => {
  const probe = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as net.AddressInfo;
    probe.close(() => resolve(port));
  });
});
const outDir = args.keep ? path.resolve(args.keep) : fs.mkdtempSync(path.join(os.tmpdir(), 'civic-atlas-lighthouse-'));
if (!args.built) build();
function build() {
  const built = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SITE_URL: `http://127.0.0.1:${port}/`, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (built.status !== 0) throw new Error(`the build for Lighthouse failed (exit ${built.status})`);
  // `npm run build`'s second step: the search index.
  const indexed = spawnSync(process.execPath, [path.join(root, 'scripts/index-search.ts'), outDir], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (indexed.status !== 0) throw new Error(`indexing the build for Lighthouse failed (exit ${indexed.status})`);
}
if (args.reports) fs.mkdirSync(args.reports, { recursive: true });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const server = await preview({ root, outDir, logLevel: 'error', server: { port, host: '127.0.0.1' } });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const rows: { page: string; profile: Profile; scores: Record<string, number>; runs: number[] }[] = [];
try {
  for (const page of pages) {
    for (const profile of profiles) {
      const scores: Record<string, number>[] = [];
      for (let run = 1; run <= runs; run++) {
        const result = await lighthouse(`http://127.0.0.1:${port}${page}`, {
          port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES],
        }, PROFILES[profile]);
        const categories = result!.lhr.categories;
        scores.push(Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])));
        if (args.reports) {
          const name = `${page.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${profile}-${run}.json`;
          fs.writeFileSync(path.join(args.reports, name), JSON.stringify(result!.lhr, null, 1));
        }
      }
      rows.push({ page, profile, scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(scores.map((s) => s[c]))])), runs: scores.map((s) => s.performance) });
    }
  }
} finally {
  await chrome.kill();
  await server.stop();
  if (!args.keep) fs.rmSync(outDir, { recursive: true, force: true });
}

const width = Math.max(...pages.map((p) => p.length));
console.log(`${'page'.padEnd(width)}  ${'profile'.padEnd(8)}${CATEGORIES.map((c) => c.padStart(16)).join('')}${runs > 1 ? '  performance of each run' : ''}`);
for (const r of rows) console.log(`${r.page.padEnd(width)}  ${r.profile.padEnd(8)}${CATEGORIES.map((c) => String(r.scores[c]).padStart(16)).join('')}${runs > 1 ? `  ${r.runs.join(', ')}` : ''}`);
const low = rows.flatMap((r) => CATEGORIES.filter((c) => r.scores[c] < TARGET).map((c) => `${r.page} (${r.profile}) ${c} ${r.scores[c]}`));
if (low.length) {
  console.error(`Below ${TARGET}: ${low.join('; ')}`);
  process.exitCode = 1;
} else {
  console.log(`Every page scores ${TARGET} or more in every category.`);
}
