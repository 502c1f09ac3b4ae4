// `npm run bench [-- --entries N] [--json]`: how the site's build, pages and search scale with content.
//
// 1. Copies the site (src, content, public, config) to a temp dir, adds N synthetic entries
//    (bench/generate.ts) and runs `astro build` there as a child process, measuring wall time, CPU
//    time and peak memory of the whole process tree.
// 2. Builds bare "floor" sites with the same bodies: the N generated ones and the real entries' (every
//    MDX file the site compiles), in Astro + @astrojs/mdx + Pagefind, two routes, nothing else. The
//    floor the target is measured against renders Markdown the way the site must (the unified processor
//    with remark-gfm); a second floor with Astro's default (Rust) processor shows what
//    that choice of processor costs. Our build time divided by the floor's is the cost of everything
//    the site adds.
// 3. Measures the output (dist size, entry page HTML, Pagefind index and how long indexing takes) and,
//    in headless Chromium against Astro's preview server, what a first visit to an entry page and a
//    first search download, and what a first visit to each page template downloads (page weight), and the
//    search quality of the labelled queries in tests/search-queries.ts (top-1, top-3, MRR).
//
// Nothing is written to the project's dist/; the temp dirs are removed afterwards (unless --keep).
// Flags: --entries N (1000)  --json  --seed S (1)  --query WORD (mediation)  --out FILE  --keep  --runs N (1)
//        --floor-processor unified|default|both (both: the target uses the unified floor)
//        --incremental: instead of the above, a clean build and three rebuilds on its caches (after a body
//        edit, a title edit, a new entry), each rebuild's dist/ compared to the byte with a clean build of
//        the same content (a twin copy of the site); results in bench/results/incremental-<N>.json
//        --clean-only (with --incremental): the clean build alone, for catalogues too large to build four times
//        --runs N with --incremental: the whole sequence N times, each figure the median of the runs'
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { load } from 'js-yaml';
import { generateEntries, readRealContent, writeEntries, type GeneratedFile } from './generate.ts';
import { readContentTree } from '../src/lib/content-files.ts';
import { addEntryPages } from '../src/integrations/pagefind.ts';
import { LABELLED_QUERIES } from '../tests/search-queries.ts';
import { DEFAULT_LANG, LANGS } from '../src/i18n/langs.ts';
import { qualityReport, runLabelledQueries } from '../tests/search-quality-runner.ts';
import { COLLECTIONS } from '../src/schemas/vocabularies.ts';
import { outputDifferences } from '../tests/dir-compare.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const RESULTS = path.join(ROOT, 'bench', 'results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TIME = '/usr/bin/time';

// ---------------------------------------------------------------------------------------------------
// Options

interface Options {
  entries: number; json: boolean; seed: number; query: string; out?: string; keep: boolean; runs: number;
  floorProcessor: FloorProcessor | 'both'; incremental: boolean; cleanOnly: boolean;
}
type FloorProcessor = 'default' | 'unified';

function parseArgs(argv: string[]): Options {
  const o: Options = { entries: 1000, json: false, seed: 1, query: 'mediation', keep: false, floorProcessor: 'both', runs: 1, incremental: false, cleanOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--entries') o.entries = Number(value());
    else if (a === '--seed') o.seed = Number(value());
    else if (a === '--query') o.query = value();
    else if (a === '--out') o.out = path.resolve(value());
    else if (a === '--json') o.json = true;
    else if (a === '--keep') o.keep = true;
    else if (a === '--incremental') o.incremental = true;
    else if (a === '--clean-only') o.cleanOnly = true;
    else if (a === '--runs') o.runs = Number(value());
    else if (a === '--floor-processor') o.floorProcessor = value() as Options['floorProcessor'];
    else throw new Error(`unknown flag ${a}; see the top of bench/run.ts`);
  }
  if (!Number.isInteger(o.entries) || o.entries < 1) throw new Error(`--entries expects a positive integer — got ${o.entries}`);
  if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error(`--runs expects a positive integer — got ${o.runs}`);
  if (!['default', 'unified', 'both'].includes(o.floorProcessor)) throw new Error(`--floor-processor is unified, default or both — got ${o.floorProcessor}`);
  return o;
}

// ---------------------------------------------------------------------------------------------------
// Temp sites

/**
 * node_modules for a temp site: one symlink per package, not one for the whole folder, so that Astro's
 * and Vite's caches (node_modules/.astro, .vite) are the temp site's own, not the project's.
 */
function linkNodeModules(dir: string) {
  const target = path.join(dir, 'node_modules');
  fs.mkdirSync(target);
  for (const name of fs.readdirSync(path.join(ROOT, 'node_modules'))) {
    if (name.startsWith('.') && name !== '.bin') continue;
    fs.symlinkSync(path.join(ROOT, 'node_modules', name), path.join(target, name));
  }
}

function copySite(dir: string) {
  for (const d of ['src', 'content', 'public']) fs.cpSync(path.join(ROOT, d), path.join(dir, d), { recursive: true });
  for (const f of ['astro.config.mjs', 'tsconfig.json', 'package.json']) fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  linkNodeModules(dir);
}

/**
 * Every real entry as a floor file. The site compiles these beside the generated ones (126 MDX files,
 * about 13 ms each to compile), so a floor without them would charge the site for content, not features.
 */
function realFloorFiles(root: string): FloorFile[] {
  // Translations too: the site compiles their bodies as it does the English ones.
  return readContentTree(root).files
    .filter((f) => f.file.endsWith('.mdx'))
    .map((f) => ({ id: `${f.lang ? `${f.lang}-` : ''}${f.collection}-${f.id}`, text: fs.readFileSync(path.join(root, f.file), 'utf8') }));
}

type FloorFile = Pick<GeneratedFile, 'id' | 'text'>;

/** The floor: the least an Astro + MDX + Pagefind site with these bodies can do. */
function writeFloorSite(dir: string, files: FloorFile[], processor: FloorProcessor) {
  const put = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  put('package.json', JSON.stringify({ name: 'bench-floor', private: true, type: 'module' }, null, 2));
  put('astro.config.mjs', `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
${processor === 'unified' ? "import { unified } from '@astrojs/markdown-remark';\nimport remarkGfm from 'remark-gfm';\n" : ''}import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

const pagefindIndex = {
  name: 'floor:pagefind',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const site = fileURLToPath(dir);
      const { index } = await pagefind.createIndex({});
      await index.addDirectory({ path: site });
      await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
      await pagefind.close();
    },
  },
};

export default defineConfig({
  ${processor === 'unified' ? 'markdown: { processor: unified({ remarkPlugins: [remarkGfm], gfm: false }) },\n  ' : ''}integrations: [mdx(), pagefindIndex],
  // The same one-line-per-entry bundler note the site silences; printing it is not work the floor should pay for.
  vite: { build: { rollupOptions: { onwarn(warning, warn) { if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning); } } } },
});
`);
  put('src/content.config.ts', `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { entries: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content' }) }) };
`);
  put('src/pages/index.astro', `---
import { getCollection } from 'astro:content';
const entries = await getCollection('entries');
---
<html lang="en"><head><meta charset="utf-8" /><title>Floor</title></head>
<body><ul>{entries.map((e) => <li><a href={'/' + e.id + '/'}>{e.data.title}</a></li>)}</ul></body></html>
`);
  put('src/pages/[slug].astro', `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('entries')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body></html>
`);
  // The site builds every page in each of its languages (src/pages/ru/ twins): the floor builds as many.
  for (const lang of LANGS.filter((l) => l !== DEFAULT_LANG)) {
    put(`src/pages/${lang}/index.astro`, `---
import { getCollection } from 'astro:content';
const entries = await getCollection('entries');
---
<html lang="${lang}"><head><meta charset="utf-8" /><title>Floor</title></head>
<body><ul>{entries.map((e) => <li><a href={'/${lang}/' + e.id + '/'}>{e.data.title}</a></li>)}</ul></body></html>
`);
    put(`src/pages/${lang}/[slug].astro`, `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('entries')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="${lang}"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body></html>
`);
  }
  for (const f of files) put(`content/${f.id}.mdx`, f.text);
  linkNodeModules(dir);
}

// ---------------------------------------------------------------------------------------------------
// Running a build and measuring it

interface BuildFigures {
  wallSeconds: number;
  userSeconds: number;
  systemSeconds: number;
  cpuSeconds: number;
  /** Largest single process (getrusage's ru_maxrss over the tree), MB. */
  peakRssMB: number;
  /** Sum over the process tree, sampled every 200 ms from /proc, MB (equals peakRssMB without /proc). */
  peakTreeRssMB: number;
}

/** Astro's own count of the pages a build wrote, from its log. */
const pagesBuilt = (log: string) => Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? NaN);

/** Several runs' figures as one: the median of each time (and the runs' wall times), the largest peaks. */
/** ", median of 23.1, 22.8, 24.0 s" when a figure is the median of several runs. */
const runsOf = (f: { wallSecondsRuns?: number[] }) => (f.wallSecondsRuns && f.wallSecondsRuns.length > 1 ? `, median of ${f.wallSecondsRuns.join(', ')} s` : '');

function medianFigures(runs: BuildFigures[]): BuildFigures & { wallSecondsRuns: number[] } {
  const mid = (pick: (f: BuildFigures) => number) => round(median(runs.map(pick)), 2);
  return {
    wallSeconds: mid((f) => f.wallSeconds), userSeconds: mid((f) => f.userSeconds), systemSeconds: mid((f) => f.systemSeconds),
    cpuSeconds: mid((f) => f.cpuSeconds),
    peakRssMB: Math.max(...runs.map((f) => f.peakRssMB)), peakTreeRssMB: Math.max(...runs.map((f) => f.peakTreeRssMB)),
    wallSecondsRuns: runs.map((f) => f.wallSeconds),
  };
}

/** RSS (kB) of a process and all its descendants, from /proc. */
function treeRssKB(rootPid: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
      rss.set(Number(name), Number(fields[21]) * 4); // pages → kB (4 kB pages)
    } catch { /* the process ended meanwhile */ }
  }
  let total = 0;
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid, depth = 0; p && depth < 64; p = parents.get(p), depth++) if (p === rootPid) return true;
    return false;
  };
  for (const [pid, kb] of rss) if (inTree(pid)) total += kb;
  return total;
}

/**
 * A clean build starts from nothing a previous build left: Astro's content store and incremental-build cache
 * (node_modules/.astro), Vite's (node_modules/.vite) and the output. Without this, a second `--runs` run would
 * reuse the first run's rendered bodies and pages and measure a rebuild, not a build.
 */
function forgetPreviousBuild(dir: string) {
  for (const d of ['node_modules/.astro', 'node_modules/.vite', 'dist', '.astro']) fs.rmSync(path.join(dir, d), { recursive: true, force: true });
}

/** The site's search index, `npm run build`'s second step after `astro build` (the floors index inside theirs). */
const INDEX_SEARCH = path.join(ROOT, 'scripts', 'index-search.ts');

async function runBuild(dir: string, label: string, { clean = true, indexAfter = false } = {}): Promise<BuildFigures & { log: string }> {
  if (clean) forgetPreviousBuild(dir);
  const astro = path.join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const timeFile = path.join(dir, '..', `${label}.time`);
  const useTime = fs.existsSync(TIME);
  const q = JSON.stringify;
  const [cmd, args] = useTime
    // GNU time over a shell running both steps: CPU times add up, the peak is the larger step's.
    ? [TIME, ['-v', '-o', timeFile, 'sh', '-c', `${q(process.execPath)} ${q(astro)} build${indexAfter ? ` && ${q(process.execPath)} ${q(INDEX_SEARCH)} dist` : ''}`]]
    // Without GNU time: a Node wrapper runs the build in its own process and reports its own usage
    // (which then misses Pagefind's indexing binary and the index step; peakTreeRssMB still samples them).
    : [process.execPath, ['--input-type=module', '-e', `
        import fs from 'node:fs';
        import { spawnSync } from 'node:child_process';
        const { build } = await import(${q(import.meta.resolve('astro'))});
        await build({ root: process.cwd() });
        if (${indexAfter} && spawnSync(process.execPath, [${q(INDEX_SEARCH)}, 'dist'], { stdio: 'inherit' }).status !== 0) process.exit(1);
        fs.writeFileSync(${q(timeFile)}, JSON.stringify(process.resourceUsage()));
        process.exit(0);`]];
  const logFile = path.join(dir, '..', `${label}.log`);
  const log = fs.openSync(logFile, 'w');
  const started = performance.now();
  const child = spawn(cmd, args as string[], {
    cwd: dir, stdio: ['ignore', log, log],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  let peakTree = 0;
  const canSample = fs.existsSync('/proc/self/stat');
  const sampler = canSample ? setInterval(() => { peakTree = Math.max(peakTree, treeRssKB(child.pid!)); }, 200) : undefined;
  const code: number = await new Promise((resolve, reject) => { child.on('error', reject); child.on('exit', (c) => resolve(c ?? 1)); });
  const wallSeconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  fs.closeSync(log);
  const text = fs.readFileSync(logFile, 'utf8');
  if (code !== 0) throw new Error(`${label} build failed (exit ${code}); last lines of ${logFile}:\n${text.split('\n').slice(-30).join('\n')}`);

  let userSeconds: number, systemSeconds: number, peakRssKB: number;
  const usage = fs.readFileSync(timeFile, 'utf8');
  if (useTime) {
    const num = (re: RegExp) => Number(re.exec(usage)?.[1] ?? NaN);
    userSeconds = num(/User time \(seconds\): ([\d.]+)/);
    systemSeconds = num(/System time \(seconds\): ([\d.]+)/);
    peakRssKB = num(/Maximum resident set size \(kbytes\): (\d+)/);
  } else {
    const u = JSON.parse(usage) as { userCPUTime: number; systemCPUTime: number; maxRSS: number };
    userSeconds = u.userCPUTime / 1e6;
    systemSeconds = u.systemCPUTime / 1e6;
    peakRssKB = u.maxRSS;
  }
  const mb = (kb: number) => Math.round(kb / 1024);
  return {
    wallSeconds: round(wallSeconds, 2), userSeconds: round(userSeconds, 2), systemSeconds: round(systemSeconds, 2),
    cpuSeconds: round(userSeconds + systemSeconds, 2), peakRssMB: mb(peakRssKB), peakTreeRssMB: mb(Math.max(peakTree, peakRssKB)),
    log: text,
  };
}

// ---------------------------------------------------------------------------------------------------
// Output measurements

const round = (n: number, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;

function dirBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0, files = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) { bytes += fs.statSync(path.join(e.parentPath, e.name)).size; files++; }
  }
  return { bytes, files };
}

/** The page of every content file in a built site (real and synthetic entries), in every language, with its HTML size. */
function entryPageSizes(site: string, dist: string): { path: string; bytes: number }[] {
  const out: { path: string; bytes: number }[] = [];
  for (const c of COLLECTIONS) {
    const dir = path.join(site, 'content', c);
    if (!fs.existsSync(dir)) continue;
    for (const file of fs.readdirSync(dir)) {
      if (!/\.mdx?$/.test(file)) continue;
      const id = file.replace(/\.mdx?$/, '');
      // Every language's page: the Russian ones are the longer (Cyrillic is two bytes a letter).
      for (const lang of LANGS) {
        const page = `${lang === DEFAULT_LANG ? '' : `/${lang}`}/${c}/${id}/`;
        out.push({ path: page, bytes: fs.statSync(path.join(dist, page, 'index.html')).size });
      }
    }
  }
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Indexes a built site again with the Pagefind Node API, as the build does, into a scratch folder. */
async function timePagefind(site: string, scratch: string) {
  const pagefind = await import('pagefind');
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await addEntryPages(index, site);
  const written = await index.writeFiles({ outputPath: scratch });
  if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
  const seconds = (performance.now() - started) / 1000;
  await pagefind.close();
  fs.rmSync(scratch, { recursive: true, force: true });
  return { seconds: round(seconds, 2), pages: added.pages };
}

// ---------------------------------------------------------------------------------------------------
// Browser measurements

const PAGEFIND_KINDS: [string, RegExp][] = [
  ['script', /\.js$/], ['wasm', /wasm\.[^/]*\.pagefind$/], ['meta', /\.pf_meta$|pagefind-entry\.json$/],
  ['filter', /\.pf_filter$/], ['index', /\.pf_index$/], ['fragment', /\.pf_fragment$/],
];

interface Download { url: string; type: string; bytes: number; gzipBytes: number }

interface PageWeight {
  template: string; path: string; htmlBytes: number; cssBytes: number; jsBytes: number;
  htmlCssJsBytes: number; htmlCssJsGzipBytes: number; allBytes: number; requests: number;
}

/**
 * One page of each template in the built bench site: the fixed pages, each collection's index, and for
 * each collection's entry template the entry whose HTML is the median size (generated entries first).
 * Templates the build does not have (yet) are left out rather than measured as errors.
 */
function templatePaths(dist: string, files: GeneratedFile[]): { template: string; path: string }[] {
  const exists = (p: string) => fs.existsSync(path.join(dist, p.endsWith('/') ? `${p}index.html` : p));
  const fixed: [string, string][] = [
    ['home', '/'], ['search', '/search/'], ['timeline', '/timeline/'], ['map', '/map/'], ['years', '/years/'],
    ['open data', '/data/'], ['statistics', '/stats/'], ['data quality', '/quality/'], ['contribute', '/contribute/'],
    ['entry editor', '/contribute/new/'], ['404', '/404.html'],
  ];
  const collections = [...new Set(fs.readdirSync(path.join(ROOT, 'content')))].sort();
  const out = fixed.filter(([, p]) => exists(p)).map(([template, p]) => ({ template, path: p }));
  for (const c of collections) {
    if (exists(`/${c}/`)) out.push({ template: `${c} index`, path: `/${c}/` });
    const generated = files.filter((f) => f.collection === c).map((f) => f.id);
    const ids = generated.length ? generated : fs.readdirSync(path.join(ROOT, 'content', c)).map((f) => f.replace(/\.mdx$/, ''));
    const sized = ids.filter((id) => exists(`/${c}/${id}/`)).map((id) => ({ id, size: fs.statSync(path.join(dist, c, id, 'index.html')).size }))
      .sort((a, b) => a.size - b.size);
    if (sized.length) out.push({ template: `${c} entry`, path: `/${c}/${sized[Math.floor(sized.length / 2)].id}/` });
  }
  // A hub's full list ("All N projects linked to …"): its first page, for the first hub that has one.
  for (const c of collections) {
    const dir = path.join(dist, c);
    const list = fs.existsSync(dir) && fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())
      .flatMap((d) => fs.readdirSync(path.join(dir, d.name), { withFileTypes: true }).filter((x) => x.isDirectory()).map((x) => `/${c}/${d.name}/${x.name}/`))
      .find((p) => exists(p));
    if (list) { out.push({ template: 'hub full list', path: list }); break; }
  }
  const year = fs.existsSync(path.join(dist, 'years')) ? fs.readdirSync(path.join(dist, 'years')).find((d) => /^\d{4}$/.test(d)) : undefined;
  if (year) out.push({ template: 'year hub', path: `/years/${year}/` });
  return out;
}

/** How often each first search is timed (each in a new, empty browser context); the median is reported. */
const SEARCH_RUNS = 3;

/** A generated entry's title, read from its frontmatter as the site reads it. */
function titleOf(f: GeneratedFile): string {
  const data = load(/^---\n([\s\S]*?)\n---/.exec(f.text)?.[1] ?? '') as { title?: unknown } | undefined;
  if (typeof data?.title !== 'string') throw new Error(`${f.file}: the generator wrote no title`);
  return data.title;
}

async function measureInBrowser(siteDir: string, entryPath: string, query: string, titleQuery: string, templates: { template: string; path: string }[]) {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { preview } = await import('astro');
  const { chromium } = await import('playwright-core');
  const server = await preview({ root: siteDir, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
  const base = `http://127.0.0.1:${server.port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  try {
    // Each measurement gets a new context: an empty cache, as on a first visit.
    const visit = async (url: string, after: (page: import('playwright-core').Page) => Promise<void>) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const pending: Promise<Download | undefined>[] = [];
      page.on('response', (response) => {
        pending.push((async () => {
          const body = await response.body().catch(() => undefined);
          if (!body) return undefined;
          return { url: response.url(), type: response.request().resourceType(), bytes: body.length, gzipBytes: zlib.gzipSync(body).length };
        })());
      });
      await page.addInitScript(() => {
        // Records when the first search result appears, on the page's own clock (ms since navigation start).
        const w = window as unknown as { __firstResultAt?: number };
        const observer = new MutationObserver(() => {
          if (w.__firstResultAt === undefined && document.querySelector('#search-results li')) {
            w.__firstResultAt = performance.now();
            observer.disconnect();
          }
        });
        observer.observe(document, { childList: true, subtree: true });
      });
      const response = await page.goto(base + url, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
      await after(page);
      await page.waitForLoadState('networkidle');
      const results = await page.locator('#search-results li').count();
      const inlineScriptBytes = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')]
        .filter((s) => ['', 'module', 'text/javascript', 'application/javascript'].includes((s.getAttribute('type') ?? '').toLowerCase()))
        .reduce((n, s) => n + (s.textContent ?? '').length, 0));
      const downloads = (await Promise.all(pending)).filter((d): d is Download => !!d);
      await context.close();
      return { downloads, results, inlineScriptBytes };
    };
    const sum = (ds: Download[], pick: (d: Download) => boolean, key: 'bytes' | 'gzipBytes' = 'bytes') => ds.filter(pick).reduce((n, d) => n + d[key], 0);
    const isCode = (d: Download) => ['document', 'stylesheet', 'script'].includes(d.type);

    const entry = await visit(entryPath, async () => {});
    const e = entry.downloads;
    const firstVisit = {
      htmlBytes: sum(e, (d) => d.type === 'document'),
      cssBytes: sum(e, (d) => d.type === 'stylesheet'),
      jsBytes: sum(e, (d) => d.type === 'script'),
      htmlCssJsBytes: sum(e, isCode),
      htmlCssJsGzipBytes: sum(e, isCode, 'gzipBytes'),
      allBytes: sum(e, () => true),
      requests: e.length,
      jsRequests: e.filter((d) => d.type === 'script').length,
      inlineScriptBytes: entry.inlineScriptBytes,
    };

    // A first search, timed SEARCH_RUNS times from an empty cache: on a busy 2-core machine one run can be
    // off by half, so the median is the figure and every run is kept beside it. `measure` waits for the first
    // result and says how long it took, in ms.
    const timedRuns = async (url: string, measure: (page: import('playwright-core').Page) => Promise<number>) => {
      const runs = [];
      const times: number[] = [];
      for (let i = 0; i < SEARCH_RUNS; i++) runs.push(await visit(url, async (page) => { times.push(round(await measure(page))); }));
      return { first: runs[0], ms: median(times), msRuns: times };
    };
    // From navigation start, as the page's own clock recorded the first result (addInitScript above).
    const searchRuns = (q: string) => timedRuns(`/search/?q=${encodeURIComponent(q)}`, async (page) => {
      await page.waitForSelector('#search-results li', { timeout: 60_000 });
      return (await page.evaluate(() => (window as unknown as { __firstResultAt?: number }).__firstResultAt)) ?? NaN;
    });
    const isIndex = (d: Download) => new URL(d.url).pathname.startsWith('/pagefind/');
    const common = await searchRuns(query);
    const s = common.first.downloads;
    const firstSearch = {
      ms: common.ms,
      msRuns: common.msRuns,
      /** The search page's own HTML (it carries browse lists that grow with the content). */
      htmlBytes: sum(s, (d) => d.type === 'document'),
      pagefindBytes: sum(s, isIndex),
      pagefindGzipBytes: sum(s, isIndex, 'gzipBytes'),
      pagefindRequests: s.filter(isIndex).length,
      allBytes: sum(s, () => true),
      results: common.first.results,
      /** Pagefind bytes by kind of file: its script and WebAssembly, metadata, filters, index chunks, fragments. */
      pagefindByKind: Object.fromEntries(PAGEFIND_KINDS.map(([kind, re]) => [kind, sum(s, (d) => isIndex(d) && re.test(new URL(d.url).pathname))])),
    };
    // The other kind of first search: looking up one entry by its title, which matches a few pages
    // rather than most of them (the common word above is the worst case for Pagefind's ranking).
    const lookup = await searchRuns(titleQuery);
    const firstSearchByTitle = {
      query: titleQuery, ms: lookup.ms, msRuns: lookup.msRuns,
      pagefindBytes: sum(lookup.first.downloads, isIndex), results: lookup.first.results,
    };
    // The first query typed on a search page that has loaded (Pagefind starts with the page): what a reader
    // who opens the search page and then types waits for, from the keystroke, the 120 ms typing pause
    // included. The figure above adds the page's own load to it.
    const typed = await timedRuns('/search/', async (page) => {
      await page.waitForLoadState('networkidle');
      return page.evaluate((q) => new Promise<number>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('#search-q')!;
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelector('#search-results li')) { observer.disconnect(); resolve(performance.now() - started); }
        });
        observer.observe(document.body, { childList: true, subtree: true });
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }), query);
    });
    const firstSearchTyped = {
      query, ms: typed.ms, msRuns: typed.msRuns, pagefindBytes: sum(typed.first.downloads, isIndex), results: typed.first.results,
    };
    const pageWeights: PageWeight[] = [];
    for (const t of templates) {
      const { downloads: d } = await visit(t.path, async () => {});
      pageWeights.push({
        ...t, htmlBytes: sum(d, (x) => x.type === 'document'), cssBytes: sum(d, (x) => x.type === 'stylesheet'), jsBytes: sum(d, (x) => x.type === 'script'),
        htmlCssJsBytes: sum(d, isCode), htmlCssJsGzipBytes: sum(d, isCode, 'gzipBytes'), allBytes: sum(d, () => true), requests: d.length,
      });
    }
    // Search quality: the labelled research queries of the browser tests, typed into this site's search page
    // (the synthetic entries compete with the real ones for every query).
    const qualityPage = await browser.newPage();
    const quality = await runLabelledQueries(qualityPage, base, LABELLED_QUERIES);
    await qualityPage.close();
    const searchQuality = { ...quality.quality, report: qualityReport(quality) };
    return { firstVisit, firstSearch, firstSearchByTitle, firstSearchTyped, pageWeights, searchQuality };
  } finally {
    await browser.close();
    await server.stop();
  }
}

// ---------------------------------------------------------------------------------------------------
// Targets (from the issue); printed beside the figures, never asserted.

interface Target { name: string; figure: string; target: string; status: 'PASS' | 'FAIL' | 'n/a'; note?: string }

function previousResult(entries: number): Result | undefined {
  const file = path.join(RESULTS, `entries-${entries}.json`);
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
}

function targets(r: Omit<Result, 'targets'>): Target[] {
  const kb = (b: number) => `${round(b / 1024, 1)} KB`;
  const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL') as Target['status'];
  const at10k = r.entries >= 10_000 ? undefined : `target is for 10,000 entries; measured at ${r.entries}`;
  const out: Target[] = [];

  // Scaling compares this run with a stored run at the other size (bench/results/entries-<N>.json).
  const small = r.entries === 1000 ? r : previousResult(1000);
  const large = r.entries === 10_000 ? r : previousResult(10_000);
  if (small && large) {
    const ratio = large.build.msPerEntry / small.build.msPerEntry;
    out.push({ name: 'per-entry build time, 10k vs 1k', figure: `${round(ratio, 2)}×`, target: '≤ 1.3×', status: pass(ratio <= 1.3),
      note: `${large.build.msPerEntry} vs ${small.build.msPerEntry} ms/entry` });
  } else {
    out.push({ name: 'per-entry build time, 10k vs 1k', figure: '—', target: '≤ 1.3×', status: 'n/a', note: 'needs runs at 1000 and 10000 entries (bench/results/entries-*.json)' });
  }
  out.push({ name: 'build time vs floor', figure: `${r.buildToFloor}×`, target: '≤ 1.25× at 1k', status: pass(r.buildToFloor <= 1.25),
    note: r.entries === 1000 ? undefined : `target is for 1,000 entries; measured at ${r.entries}` });
  out.push({ name: 'entry page HTML (max)', figure: kb(r.output.entryHtmlMaxBytes), target: '≤ 30 KB', status: pass(r.output.entryHtmlMaxBytes <= 30 * 1024),
    note: `largest of every entry page: ${r.output.entryHtmlMaxPath}` });
  out.push({ name: 'first visit HTML+CSS+JS', figure: `${kb(r.firstVisit.htmlCssJsBytes)}, ${r.firstVisit.jsRequests} JS files`, target: '≤ 50 KB, no JS',
    status: pass(r.firstVisit.htmlCssJsBytes <= 50 * 1024 && r.firstVisit.jsBytes === 0),
    note: r.firstVisit.inlineScriptBytes ? `plus ${r.firstVisit.inlineScriptBytes} bytes of inline script in the HTML` : undefined });
  out.push({ name: 'peak RSS', figure: `${r.build.peakTreeRssMB} MB`, target: '≤ 8 GB at 10k', status: pass(r.build.peakTreeRssMB <= 8192), note: at10k });
  out.push({ name: 'first search time, page load included', figure: `${r.firstSearch.ms} ms`, target: '< 300 ms at 10k', status: pass(r.firstSearch.ms < 300),
    note: [at10k, `/search/?q=${r.query} opened, to its first result; an entry's title: ${r.firstSearchByTitle.ms} ms`].filter(Boolean).join('; ') });
  out.push({ name: 'first search time, typed', figure: `${r.firstSearchTyped.ms} ms`, target: '< 300 ms at 10k', status: pass(r.firstSearchTyped.ms < 300),
    note: [at10k, `"${r.query}" typed on the loaded search page, to its first result (120 ms typing pause included)`].filter(Boolean).join('; ') });
  out.push({ name: 'first search bytes', figure: kb(r.firstSearch.pagefindBytes), target: '< 150 KB at 10k', status: pass(r.firstSearch.pagefindBytes < 150 * 1024), note: at10k });
  const q = r.searchQuality;
  const pct = (x: number) => `${round(x * 100, 1)}%`;
  out.push({ name: 'search quality, top 3', figure: pct(q.top3), target: '≥ 95%', status: pass(q.top3 >= 0.95), note: `${q.queries} labelled queries, MRR ${round(q.mrr, 3)}` });
  out.push({ name: 'search quality, top 1', figure: pct(q.top1), target: '≥ 85%', status: pass(q.top1 >= 0.85), note: `${q.notFound} not in the first 10` });
  return out;
}

// ---------------------------------------------------------------------------------------------------

interface Result {
  entries: number;
  seed: number;
  query: string;
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGB: number; node: string; platform: string };
  build: BuildFigures & { msPerEntry: number; pages: number; wallSecondsRuns: number[] };
  /** pages: what the floor built, one per body (generated and real, translations included) and index page, in each language. */
  floor: BuildFigures & { msPerEntry: number; processor: string; wallSecondsRuns: number[]; pages: number };
  /** The other floor, for information (with `--floor-processor both`, the default). */
  otherFloor?: BuildFigures & { msPerEntry: number; processor: string; pages: number; buildToFloor: number; cpuToFloor: number };
  buildToFloor: number;
  /** The same ratio in CPU time: steadier than wall time when other work shares the machine. */
  cpuToFloor: number;
  output: {
    distBytes: number; distFiles: number;
    /** Median over the synthetic entries' pages. */
    entryHtmlMedianBytes: number;
    /** Largest over every entry page (every content file, real and synthetic), and which page it is. */
    entryHtmlMaxBytes: number; entryHtmlMaxPath: string;
    pagefindBytes: number; pagefindFiles: number; pagefindIndexSeconds: number; pagefindPages: number;
  };
  firstVisit: {
    htmlBytes: number; cssBytes: number; jsBytes: number; htmlCssJsBytes: number; htmlCssJsGzipBytes: number;
    allBytes: number; requests: number; jsRequests: number; inlineScriptBytes: number;
  };
  firstSearch: {
    ms: number; msRuns: number[]; htmlBytes: number; pagefindBytes: number; pagefindGzipBytes: number; pagefindRequests: number; allBytes: number; results: number;
    pagefindByKind: Record<string, number>;
  };
  firstSearchByTitle: { query: string; ms: number; msRuns: number[]; pagefindBytes: number; results: number };
  /** The first query typed on the loaded search page, timed from the keystroke. */
  firstSearchTyped: { query: string; ms: number; msRuns: number[]; pagefindBytes: number; results: number };
  /** A first visit to one page of each template: what it downloads (page weight). */
  pageWeights: PageWeight[];
  /** The labelled queries (tests/search-queries.ts) through the search page: shares of queries and MRR. */
  searchQuality: { queries: number; top1: number; top3: number; mrr: number; notFound: number; report: string };
  targets: Target[];
}

function table(r: Result): string {
  const kb = (b: number) => `${round(b / 1024, 1)} KB`;
  const mbytes = (b: number) => `${round(b / 1024 / 1024, 1)} MB`;
  const rows: [string, string][] = [
    ['entries (synthetic, plus the real content)', `${r.entries}`],
    ['build wall time', `${r.build.wallSeconds} s${runsOf(r.build)}`],
    ['build CPU time (user + sys)', `${r.build.cpuSeconds} s (${r.build.userSeconds} + ${r.build.systemSeconds})`],
    ['build time per entry', `${r.build.msPerEntry} ms`],
    ['peak RSS, whole process tree', `${r.build.peakTreeRssMB} MB (largest process ${r.build.peakRssMB} MB)`],
    ['pages built', `${r.build.pages}`],
    [`floor build wall time (${r.floor.processor} processor)`, `${r.floor.wallSeconds} s${runsOf(r.floor)} (CPU ${r.floor.cpuSeconds} s, ${r.floor.peakTreeRssMB} MB)`],
    ['build time ÷ floor (wall; CPU)', `${r.buildToFloor}×; ${r.cpuToFloor}×`],
    ...(r.otherFloor ? [
      [`floor build wall time (${r.otherFloor.processor} processor)`, `${r.otherFloor.wallSeconds} s (CPU ${r.otherFloor.cpuSeconds} s, ${r.otherFloor.peakTreeRssMB} MB)`],
      [`build time ÷ ${r.otherFloor.processor}-processor floor`, `${r.otherFloor.buildToFloor}×; ${r.otherFloor.cpuToFloor}×`],
    ] as [string, string][] : []),
    ['dist size', `${mbytes(r.output.distBytes)} in ${r.output.distFiles} files`],
    ['entry page HTML, median (synthetic) / max (all)', `${kb(r.output.entryHtmlMedianBytes)} / ${kb(r.output.entryHtmlMaxBytes)} (${r.output.entryHtmlMaxPath})`],
    ['Pagefind index', `${mbytes(r.output.pagefindBytes)} in ${r.output.pagefindFiles} files`],
    ['Pagefind indexing time', `${r.output.pagefindIndexSeconds} s for ${r.output.pagefindPages} pages`],
    ['first visit to an entry: HTML + CSS + JS', `${kb(r.firstVisit.htmlCssJsBytes)} (HTML ${kb(r.firstVisit.htmlBytes)}, CSS ${kb(r.firstVisit.cssBytes)}, JS ${kb(r.firstVisit.jsBytes)}; gzip ${kb(r.firstVisit.htmlCssJsGzipBytes)})`],
    ['first visit: all requests', `${kb(r.firstVisit.allBytes)} in ${r.firstVisit.requests} requests`],
    [`first search "${r.query}": time to first result`, `${r.firstSearch.ms} ms (median of ${r.firstSearch.msRuns.join(', ')})`],
    ['first search: Pagefind downloads', `${kb(r.firstSearch.pagefindBytes)} in ${r.firstSearch.pagefindRequests} requests (${kb(r.firstSearch.pagefindGzipBytes)} gzipped); ${r.firstSearch.results} results shown`],
    ['  of which', Object.entries(r.firstSearch.pagefindByKind).map(([k, b]) => `${k} ${kb(b)}`).join(', ')],
    ['first search: all requests', `${kb(r.firstSearch.allBytes)}, of which the search page's HTML ${kb(r.firstSearch.htmlBytes)}`],
    ['first search for an entry\'s title', `${r.firstSearchByTitle.ms} ms (median of ${r.firstSearchByTitle.msRuns.join(', ')}), ${kb(r.firstSearchByTitle.pagefindBytes)} from Pagefind; ${r.firstSearchByTitle.results} results shown`],
    ['  title searched', `"${r.firstSearchByTitle.query}"`],
    [`first search "${r.firstSearchTyped.query}" typed on the loaded search page`, `${r.firstSearchTyped.ms} ms from the keystroke (median of ${r.firstSearchTyped.msRuns.join(', ')}; 120 ms typing pause included), ${kb(r.firstSearchTyped.pagefindBytes)} from Pagefind; ${r.firstSearchTyped.results} results shown`],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  const lines = rows.map(([k, v]) => `  ${k.padEnd(w)}  ${v}`);
  const pw = Math.max(...r.pageWeights.map((p) => p.template.length));
  const weights = r.pageWeights.map((p) => `  ${p.template.padEnd(pw)}  ${kb(p.htmlCssJsBytes).padStart(9)}  (HTML ${kb(p.htmlBytes)}, CSS ${kb(p.cssBytes)}, JS ${kb(p.jsBytes)}; gzip ${kb(p.htmlCssJsGzipBytes)}; ${p.requests} requests)`);
  const t = r.targets;
  const tw = Math.max(...t.map((x) => x.name.length));
  const fw = Math.max(...t.map((x) => x.figure.length));
  const gw = Math.max(...t.map((x) => x.target.length));
  return [
    `Civic Atlas benchmark — ${r.entries} entries, seed ${r.seed}, ${r.machine.cpus} CPUs, Node ${r.machine.node}`,
    '', ...lines, '', '  Page weight, first visit (HTML + CSS + JS)', ...weights,
    '', `  ${r.searchQuality.report.split('\n').join('\n  ')}`, '', '  Targets (from the issue; reported, not enforced)',
    ...t.map((x) => `  ${x.status.padEnd(4)}  ${x.name.padEnd(tw)}  ${x.figure.padEnd(fw)}  ${x.target.padEnd(gw)}${x.note ? `  (${x.note})` : ''}`),
  ].join('\n');
}

/** The machine a result was measured on. */
const machineOf = (): Result['machine'] => ({
  cpus: os.availableParallelism(), cpuModel: os.cpus()[0]?.model ?? 'unknown',
  memoryGB: round(os.totalmem() / 1024 ** 3, 1), node: process.versions.node, platform: `${process.platform}-${process.arch}`,
});

/** Writes a result to each of `outputs` (folders made if need be) and returns its JSON. */
function writeResults(outputs: string[], result: unknown): string {
  const json = JSON.stringify(result, null, 2) + '\n';
  for (const file of outputs) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, json);
  }
  return json;
}

// ---------------------------------------------------------------------------------------------------
// Incremental rebuilds (--incremental)

interface Rebuild {
  edit: string;
  /** What was changed, in the synthetic catalogue. */
  what: string;
  wallSeconds: number;
  cpuSeconds: number;
  peakTreeRssMB: number;
  /** The rebuild's wall time as a share of the first clean build's. */
  shareOfClean: number;
  /** Pages Astro did not render again: kept in dist/ ("(cached)" in the log) or copied from its cache ("(restored)"). */
  pagesRestored: number;
  /** The clean build of the same content, in the twin copy. */
  cleanWallSeconds: number;
  /** Files that differ between the rebuild's dist/ and the clean build's (empty: identical to the byte; with --runs, in any run). */
  differences: string[];
  /** With --runs: each run's wall time and share, of which the figures above are the medians. */
  wallSecondsRuns?: number[];
  shareOfCleanRuns?: number[];
}

interface IncrementalResult {
  entries: number; seed: number; date: string;
  machine: Result['machine'];
  clean: BuildFigures & { pages: number; msPerEntry: number; wallSecondsRuns?: number[] };
  rebuilds: Rebuild[];
  targets: Target[];
}

/** The rebuild targets of issue 21, by edit and catalogue size; reported, not enforced. */
const REBUILD_TARGETS: Record<string, { at1k?: number; at10k?: number }> = {
  'body edit': { at1k: 0.25, at10k: 0.15 },
  'title edit': { at10k: 0.35 },
};

function incrementalTargets(r: Omit<IncrementalResult, 'targets'>): Target[] {
  const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL') as Target['status'];
  const pct = (x: number) => `${round(x * 100, 1)}%`;
  const out: Target[] = [];
  for (const b of r.rebuilds) {
    const limits = REBUILD_TARGETS[b.edit] ?? {};
    const limit = r.entries >= 10_000 ? limits.at10k : r.entries === 1000 ? limits.at1k : undefined;
    const stated = [limits.at1k && `≤ ${pct(limits.at1k)} at 1k`, limits.at10k && `≤ ${pct(limits.at10k)} at 10k`].filter(Boolean).join(', ') || 'reported';
    out.push({ name: `rebuild after a ${b.edit}`, figure: `${b.wallSeconds} s, ${pct(b.shareOfClean)}`, target: stated,
      status: limit === undefined ? 'n/a' : pass(b.shareOfClean <= limit), note: `${b.pagesRestored} pages restored; ${b.what}` });
    out.push({ name: `  output equals a clean build's`, figure: b.differences.length ? `${b.differences.length} files differ` : 'identical',
      target: 'identical', status: pass(b.differences.length === 0), note: b.differences[0] });
  }
  out.push({ name: 'peak RSS of the clean build (tree)', figure: `${r.clean.peakTreeRssMB} MB`, target: '≤ 4 GB at 10k',
    status: r.entries >= 10_000 ? pass(r.clean.peakTreeRssMB <= 4096) : 'n/a' });
  // Time per entry against the 1,000-entry clean build of the same kind (bench/results/incremental-1000.json).
  const small = path.join(RESULTS, 'incremental-1000.json');
  if (r.entries > 1000 && fs.existsSync(small)) {
    const { clean, entries } = JSON.parse(fs.readFileSync(small, 'utf8')) as IncrementalResult;
    const base = clean.msPerEntry ?? round((clean.wallSeconds * 1000) / entries, 1);
    const ratio = r.clean.msPerEntry / base;
    out.push({ name: `time per entry, ${r.entries} vs 1,000`, figure: `${round(ratio, 2)}×`, target: '≤ 1.3×', status: pass(ratio <= 1.3),
      note: `${r.clean.msPerEntry} vs ${base} ms/entry, clean builds` });
  }
  return out;
}

/**
 * A clean build of the synthetic catalogue, then three edits, each followed by a rebuild on the caches (timed)
 * and a clean build of a twin copy with the same edits, whose dist/ the rebuild's must equal to the byte.
 * SOURCE_DATE_EPOCH fixes the build date that /data/ and the citations show, so the two can be compared.
 * With --runs N, the whole sequence N times, each in new copies: each figure is the median of the runs' (a
 * rebuild's share is its run's rebuild against its run's own first clean build), every run's beside it.
 */
async function incrementalBench(o: Options, say: (s: string) => void) {
  process.env.SOURCE_DATE_EPOCH ??= String(Math.floor(Date.UTC(2026, 11, 1) / 1000));
  const runs: IncrementalRun[] = [];
  for (let i = 0; i < o.runs; i++) runs.push(await incrementalRun(o, o.runs > 1 ? (s) => say(`[run ${i + 1} of ${o.runs}] ${s}`) : say));
  const [first] = runs;
  const clean = runs.length > 1 ? { ...medianFigures(runs.map((r) => r.clean)), pages: first.clean.pages } : first.clean;
  const rebuilds: Rebuild[] = first.rebuilds.map((b, k) => {
    if (runs.length === 1) return b;
    const each = runs.map((r) => r.rebuilds[k]);
    const mid = (pick: (x: Rebuild) => number, digits: number) => round(median(each.map(pick)), digits);
    return {
      ...b, wallSeconds: mid((x) => x.wallSeconds, 2), cpuSeconds: mid((x) => x.cpuSeconds, 2), peakTreeRssMB: Math.max(...each.map((x) => x.peakTreeRssMB)),
      shareOfClean: mid((x) => x.shareOfClean, 3), cleanWallSeconds: mid((x) => x.cleanWallSeconds, 2),
      wallSecondsRuns: each.map((x) => x.wallSeconds), shareOfCleanRuns: each.map((x) => x.shareOfClean),
      differences: [...new Set(each.flatMap((x) => x.differences))],
    };
  });
  const base = {
    entries: o.entries, seed: o.seed, date: new Date().toISOString(),
    machine: machineOf(),
    clean: { ...clean, msPerEntry: round((clean.wallSeconds * 1000) / o.entries, 1) },
    rebuilds,
  };
  const result: IncrementalResult = { ...base, targets: incrementalTargets(base) };
  const outputs = o.out ? [o.out] : [path.join(RESULTS, `incremental-${o.entries}.json`)];
  const json = writeResults(outputs, result);
  if (o.json) process.stdout.write(json);
  else {
    const t = result.targets;
    const w = (f: (x: Target) => string) => Math.max(...t.map((x) => f(x).length));
    const runsNote = runs.length > 1 ? `, medians of ${runs.length} runs` : '';
    console.log([
      `\nCivic Atlas incremental rebuilds — ${o.entries} entries, seed ${o.seed}${runsNote}: clean build ${clean.wallSeconds} s (${base.clean.pages} pages, ${clean.peakTreeRssMB} MB)`,
      ...t.map((x) => `  ${x.status.padEnd(4)}  ${x.name.padEnd(w((y) => y.name))}  ${x.figure.padEnd(w((y) => y.figure))}  ${x.target.padEnd(w((y) => y.target))}${x.note ? `  (${x.note})` : ''}`),
      `\n  written to ${outputs.map((f) => path.relative(process.cwd(), f)).join(', ')}`,
    ].join('\n'));
  }
}

/** One run of the incremental bench's sequence: what it measured, each share against its own first clean build. */
interface IncrementalRun { clean: BuildFigures & { pages: number }; rebuilds: Rebuild[] }

async function incrementalRun(o: Options, say: (s: string) => void): Promise<IncrementalRun> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-atlas-bench-'));
  const site = path.join(tmp, 'site'), twin = path.join(tmp, 'twin');
  try {
    say(`generating ${o.entries} entries (seed ${o.seed}) in ${tmp}`);
    const files = generateEntries(readRealContent(ROOT), { entries: o.entries, seed: o.seed });
    for (const dir of o.cleanOnly ? [site] : [site, twin]) {
      fs.mkdirSync(dir);
      copySite(dir);
      writeEntries(dir, files);
    }
    say('a clean build…');
    const { log, ...clean } = await runBuild(site, 'site', { indexAfter: true });
    say(`  ${clean.wallSeconds} s, ${clean.peakTreeRssMB} MB`);
    const middle = <T,>(list: T[]) => list[Math.floor(list.length / 2)];
    const subprojects = files.filter((f) => f.collection === 'subprojects');
    const projects = files.filter((f) => f.collection === 'projects');
    const inBoth = (write: (dir: string) => void) => { for (const dir of [site, twin]) write(dir); };
    const edits: { edit: string; apply(): string }[] = [
      {
        edit: 'body edit',
        apply() {
          const f = middle(subprojects);
          inBoth((dir) => fs.appendFileSync(path.join(dir, f.file), '\nA paragraph added between two builds.\n'));
          return `a paragraph added to ${f.file}`;
        },
      },
      {
        edit: 'title edit',
        apply() {
          const f = middle(projects);
          inBoth((dir) => {
            const file = path.join(dir, f.file);
            fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: "A project renamed between two builds"'));
          });
          return `${f.file} renamed (its subprojects, hubs and lists show the title)`;
        },
      },
      {
        edit: 'new entry',
        apply() {
          const f = subprojects[0];
          const text = f.text.replace(/^title: .*$/m, 'title: "A subproject added between two builds"');
          const file = f.file.replace(/\.mdx$/, '-added.mdx');
          inBoth((dir) => fs.writeFileSync(path.join(dir, file), text));
          return `${file}, a sibling of ${f.id}`;
        },
      },
    ];
    const rebuilds: Rebuild[] = [];
    for (const { edit, apply } of o.cleanOnly ? [] : edits) {
      const what = apply();
      say(`rebuilding after a ${edit}…`);
      const { log: rebuildLog, ...figures } = await runBuild(site, 'site', { clean: false, indexAfter: true });
      say(`  ${figures.wallSeconds} s; a clean build of the same content…`);
      const { log: _cleanLog, ...twinFigures } = await runBuild(twin, 'twin', { indexAfter: true });
      say(`  ${twinFigures.wallSeconds} s`);
      const differences = outputDifferences(path.join(site, 'dist'), path.join(twin, 'dist'));
      rebuilds.push({
        edit, what, wallSeconds: figures.wallSeconds, cpuSeconds: figures.cpuSeconds, peakTreeRssMB: figures.peakTreeRssMB,
        shareOfClean: round(figures.wallSeconds / clean.wallSeconds, 3),
        pagesRestored: (rebuildLog.match(/\((restored|cached)\)/g) ?? []).length,
        cleanWallSeconds: twinFigures.wallSeconds, differences,
      });
    }
    return { clean: { ...clean, pages: pagesBuilt(log) }, rebuilds };
  } finally {
    if (o.keep) say(`kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const say = (s: string) => { if (!o.json) console.error(s); else console.error(`[bench] ${s}`); };
  if (o.incremental) return incrementalBench(o, say);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-atlas-bench-'));
  const site = path.join(tmp, 'site');
  const floor = path.join(tmp, 'floor');
  try {
    say(`generating ${o.entries} entries (seed ${o.seed}) in ${tmp}`);
    const files = generateEntries(readRealContent(ROOT), { entries: o.entries, seed: o.seed });
    fs.mkdirSync(site);
    copySite(site);
    writeEntries(site, files);
    const floorKinds: FloorProcessor[] = o.floorProcessor === 'both' ? ['unified', 'default'] : [o.floorProcessor];
    for (const kind of floorKinds) {
      fs.mkdirSync(path.join(floor, kind), { recursive: true });
      writeFloorSite(path.join(floor, kind), [...files, ...realFloorFiles(ROOT)], kind);
    }

    // With --runs N the site and the floors are built in turn N times (site, floors, site, floors …), so a
    // slow spell of a shared machine hits both; each figure is the median of its runs, peaks the largest.
    const siteRuns: BuildFigures[] = [];
    const floorRuns: Partial<Record<FloorProcessor, BuildFigures[]>> = {};
    const floorPages: Partial<Record<FloorProcessor, number>> = {};
    let log = '';
    for (let run = 1; run <= o.runs; run++) {
      const of = o.runs > 1 ? ` (run ${run} of ${o.runs})` : '';
      say(`building the site${of}…`);
      const { log: siteLog, ...figures } = await runBuild(site, 'site', { indexAfter: true });
      log ||= siteLog;
      siteRuns.push(figures);
      say(`  ${figures.wallSeconds} s`);
      for (const kind of floorKinds) {
        say(`building the floor (${kind} processor)${of}…`);
        const { log: floorLog, ...floorFigures } = await runBuild(path.join(floor, kind), `floor-${kind}`);
        floorPages[kind] ??= pagesBuilt(floorLog);
        (floorRuns[kind] ??= []).push(floorFigures);
        say(`  ${floorFigures.wallSeconds} s`);
      }
    }
    const build = medianFigures(siteRuns);
    const pages = pagesBuilt(log);
    const floors: Partial<Record<FloorProcessor, ReturnType<typeof medianFigures>>> = Object.fromEntries(
      Object.entries(floorRuns).map(([kind, runs]) => [kind, medianFigures(runs)]),
    );
    // The target compares like with like: the floor that renders Markdown as the site must (unified + remark-gfm).
    const targetKind: FloorProcessor = floors.unified ? 'unified' : 'default';
    const floorBuild = floors[targetKind]!;
    const otherKind: FloorProcessor | undefined = floorKinds.find((k) => k !== targetKind);

    const dist = path.join(site, 'dist');
    // The median is over the synthetic entries (a typical page at this size); the largest is over every
    // entry page, real and synthetic: the hubs (countries, themes, sources…) are real entries whose lists
    // grow with the catalogue, so they are the pages that would break the budget first.
    const entryHtml = files.map((f) => fs.statSync(path.join(dist, f.collection, f.id, 'index.html')).size);
    const largest = entryPageSizes(site, dist).reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const pf = dirBytes(path.join(dist, 'pagefind'));
    const all = dirBytes(dist);
    say('timing Pagefind indexing…');
    const indexing = await timePagefind(dist, path.join(tmp, 'pagefind-scratch'));

    // The first visit goes to the entry whose HTML is the median size: a typical page.
    const byMedian = files.map((f, i) => ({ f, size: entryHtml[i] })).sort((a, b) => a.size - b.size)[Math.floor(files.length / 2)].f;
    say('measuring a first visit and a first search in Chromium…');
    const browser = await measureInBrowser(site, `/${byMedian.collection}/${byMedian.id}/`, o.query, titleOf(byMedian), templatePaths(dist, files));

    const base: Omit<Result, 'targets'> = {
      entries: o.entries, seed: o.seed, query: o.query, date: new Date().toISOString(),
      machine: machineOf(),
      build: { ...build, msPerEntry: round((build.wallSeconds * 1000) / o.entries, 1), pages },
      floor: { ...floorBuild, msPerEntry: round((floorBuild.wallSeconds * 1000) / o.entries, 1), processor: targetKind, pages: floorPages[targetKind]! },
      buildToFloor: round(build.wallSeconds / floorBuild.wallSeconds, 2),
      cpuToFloor: round(build.cpuSeconds / floorBuild.cpuSeconds, 2),
      ...(otherKind ? {
        otherFloor: {
          ...floors[otherKind]!, msPerEntry: round((floors[otherKind]!.wallSeconds * 1000) / o.entries, 1), processor: otherKind,
          pages: floorPages[otherKind]!,
          buildToFloor: round(build.wallSeconds / floors[otherKind]!.wallSeconds, 2),
          cpuToFloor: round(build.cpuSeconds / floors[otherKind]!.cpuSeconds, 2),
        },
      } : {}),
      output: {
        distBytes: all.bytes, distFiles: all.files,
        entryHtmlMedianBytes: median(entryHtml), entryHtmlMaxBytes: largest.bytes, entryHtmlMaxPath: largest.path,
        pagefindBytes: pf.bytes, pagefindFiles: pf.files, pagefindIndexSeconds: indexing.seconds, pagefindPages: indexing.pages,
      },
      ...browser,
    };
    const result: Result = { ...base, targets: targets(base) };

    const outputs = o.out ? [o.out] : [path.join(RESULTS, 'latest.json'), path.join(RESULTS, `entries-${o.entries}.json`)];
    const json = writeResults(outputs, result);
    if (o.json) process.stdout.write(json);
    else console.log(`\n${table(result)}\n\n  written to ${outputs.map((f) => path.relative(process.cwd(), f)).join(', ')}`);
  } finally {
    if (o.keep) say(`kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
}

await main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
