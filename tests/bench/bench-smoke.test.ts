// `npm run bench` end to end at a tiny size: it must finish and report every figure as a number.
// The values are not checked (they depend on the machine); bench/results/ is left alone (--out).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';
import { COLLECTIONS } from '../../src/schemas/vocabularies.ts';
import { DEFAULT_LANG, LANGS } from '../../src/i18n/langs.ts';

const FIGURES = {
  build: ['wallSeconds', 'userSeconds', 'systemSeconds', 'cpuSeconds', 'peakRssMB', 'peakTreeRssMB', 'msPerEntry', 'pages'],
  floor: ['wallSeconds', 'userSeconds', 'systemSeconds', 'cpuSeconds', 'peakRssMB', 'peakTreeRssMB', 'msPerEntry', 'pages'],
  output: ['distBytes', 'distFiles', 'entryHtmlMedianBytes', 'entryHtmlMaxBytes', 'pagefindBytes', 'pagefindFiles', 'pagefindIndexSeconds', 'pagefindPages'],
  firstVisit: ['htmlBytes', 'cssBytes', 'jsBytes', 'htmlCssJsBytes', 'htmlCssJsGzipBytes', 'allBytes', 'requests', 'jsRequests', 'inlineScriptBytes'],
  firstSearch: ['ms', 'htmlBytes', 'pagefindBytes', 'pagefindGzipBytes', 'pagefindRequests', 'allBytes', 'results'],
  firstSearchByTitle: ['ms', 'pagefindBytes', 'results'],
  firstSearchTyped: ['ms', 'pagefindBytes', 'results'],
  searchQuality: ['queries', 'top1', 'top3', 'mrr', 'notFound'],
} as const;

it('npm run bench -- --entries 20 --json reports every figure as a number', { timeout: 240_000 }, async () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-')), 'result.json');
  try {
    // Through npm, as a person runs it: the script puts the project's Node 24 first on PATH.
    const { stdout } = await promisify(execFile)(
      'npm', ['run', '--silent', 'bench', '--', '--entries', '20', '--json', '--out', out],
      { cwd: ROOT, timeout: 235_000, maxBuffer: 16 * 1024 * 1024 },
    );
    const result = JSON.parse(stdout);
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toEqual(result);
    expect(result.entries).toBe(20);
    const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
    for (const [section, keys] of Object.entries(FIGURES)) {
      for (const key of keys) expect(isNumber(result[section]?.[key]), `${section}.${key} = ${JSON.stringify(result[section]?.[key])}`).toBe(true);
    }
    for (const key of ['buildToFloor', 'cpuToFloor']) expect(isNumber(result[key]), key).toBe(true);
    // One run by default (--runs N builds each N times and reports the median); the runs are kept.
    expect(result.build.wallSecondsRuns).toEqual([result.build.wallSeconds]);
    expect(result.floor.wallSecondsRuns).toEqual([result.floor.wallSeconds]);
    // The largest entry page is named, and is one of every entry page (real ones included, in every language),
    // so at least the median.
    const otherLangs = LANGS.filter((l) => l !== DEFAULT_LANG);
    expect(result.output.entryHtmlMaxPath).toMatch(new RegExp(`^/(?:(?:${otherLangs.join('|')})/)?(?:${COLLECTIONS.join('|')})/[^/]+/$`));
    expect(result.output.entryHtmlMaxBytes).toBeGreaterThanOrEqual(result.output.entryHtmlMedianBytes);
    // The floor compiles every body the site does: the generated ones and the real entries' and translations',
    // one page each in every language the site has, plus an index page in each.
    const realBodies = (fs.readdirSync(path.join(ROOT, 'content'), { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx'));
    expect(result.floor.pages).toBe((20 + realBodies.length + 1) * LANGS.length);
    expect(result.otherFloor.pages).toBe(result.floor.pages);
    // Both floors by default: the target's (same Markdown processor as the site) and Astro's default one.
    expect(result.floor.processor).toBe('unified');
    expect(result.otherFloor.processor).toBe('default');
    for (const key of [...FIGURES.floor, 'buildToFloor', 'cpuToFloor']) expect(isNumber(result.otherFloor[key]), `otherFloor.${key}`).toBe(true);
    // Page weight for each template: at least the home page, search, and an entry page of every collection.
    const templates = result.pageWeights.map((p: { template: string }) => p.template);
    for (const t of ['home', 'search', ...COLLECTIONS.map((c) => `${c} entry`)]) expect(templates, t).toContain(t);
    for (const p of result.pageWeights) {
      for (const key of ['htmlBytes', 'cssBytes', 'jsBytes', 'htmlCssJsBytes', 'htmlCssJsGzipBytes', 'allBytes', 'requests']) {
        expect(isNumber(p[key]), `${p.template}.${key}`).toBe(true);
      }
    }
    // Each first search is timed several times from an empty cache, and the median reported.
    for (const section of ['firstSearch', 'firstSearchByTitle', 'firstSearchTyped']) {
      expect(result[section].msRuns.length, section).toBeGreaterThanOrEqual(3);
      expect(result[section].msRuns.every(isNumber), section).toBe(true);
      expect(result[section].ms, section).toBe([...result[section].msRuns].sort((a: number, b: number) => a - b)[1]);
    }
    // The title searched is a generated entry's, and finding it finds at least that entry.
    expect(result.firstSearchByTitle.query).toMatch(/\((no\. \d+|\d+\.\d+)\)$/);
    expect(result.firstSearchByTitle.results).toBeGreaterThanOrEqual(1);
    // The typed query is the common word, and it shows results as the one in the address does.
    expect(result.firstSearchTyped.query).toBe(result.query);
    expect(result.firstSearchTyped.results).toBeGreaterThanOrEqual(1);
    const kinds = Object.values(result.firstSearch.pagefindByKind);
    expect(kinds.length).toBeGreaterThan(0);
    for (const v of kinds) expect(isNumber(v)).toBe(true);
    expect(result.targets.length).toBeGreaterThanOrEqual(8);
    for (const t of result.targets) expect(['PASS', 'FAIL', 'n/a']).toContain(t.status);
  } finally {
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  }
});
