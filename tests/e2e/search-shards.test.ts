// A large catalogue's search index is cut into shards that the search page merges (src/lib/search-shards.ts).
// The real catalogue is small enough for one index, so this file cuts a copy of the built site's index into
// several (SEARCH_PAGES_PER_SHARD) and searches both in Chromium: a reader must get the same results, in the
// same order where the order is the reader's (title, date), with the same facet counts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { preview } from 'astro';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DIST, ROOT, usePage } from '../helpers.ts';
import { LABELLED_QUERIES } from '../search-queries.ts';
import { RUSSIAN_QUERIES } from '../search-queries-ru.ts';
import { qualityReport, runLabelledQueries } from '../search-quality-runner.ts';
import type { SearchRecords } from '../../src/lib/search-record.ts';

const base = inject('baseUrl');
const session = usePage();
let sharded: { url: string; stop: () => Promise<void>; dir: string };

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-atlas-shards-'));
  fs.cpSync(DIST, path.join(dir, 'dist'), { recursive: true });
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'index-search.ts'), path.join(dir, 'dist')], {
    env: { ...process.env, SEARCH_PAGES_PER_SHARD: '30' }, encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`indexing the copy in shards failed:\n${run.stdout}${run.stderr}`);
  const server = await preview({ root: ROOT, outDir: path.join(dir, 'dist'), logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
  sharded = { url: `http://127.0.0.1:${server.port}`, stop: () => server.stop(), dir };
}, 120_000);
afterAll(async () => {
  await sharded?.stop();
  if (sharded) fs.rmSync(sharded.dir, { recursive: true, force: true });
});

/** Every result of a search page's address, in the order shown (all of them, "more" pressed until none is left). */
async function allResults(page: Page, url: string): Promise<{ links: string[]; status: string }> {
  await page.goto(url);
  await page.locator('#search-results li').first().waitFor();
  while (await page.locator('#search-more').isVisible()) {
    const shown = await page.locator('#search-results li').count();
    await page.locator('#search-more').click();
    await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(shown);
  }
  const links = await page.locator('#search-results h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { links, status: (await page.locator('#search-status').textContent()) ?? '' };
}

/** The facet checkboxes' values and counts, with the filters open. */
async function facetCounts(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await page.locator('#search-results li').first().waitFor();
  await page.locator('#search-filters summary').click();
  await page.locator('#search-facets input').first().waitFor();
  return page.locator('#search-facets label').allTextContents();
}

describe('a search index in shards', () => {
  it('is cut into several shards per language, which the search page loads', async () => {
    const html = fs.readFileSync(path.join(sharded.dir, 'dist', 'search', 'index.html'), 'utf8');
    const listed = /<meta name="search-shards" content="([^"]*)">/.exec(html)?.[1].split(' ') ?? [];
    expect(listed.length).toBeGreaterThanOrEqual(2);
    for (const url of listed) expect(fs.existsSync(path.join(sharded.dir, 'dist', url, 'pagefind-entry.json')), url).toBe(true);
    const requested: string[] = [];
    session.page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await allResults(session.page, `${sharded.url}/search/?q=mediation`);
    for (const url of listed) expect(requested, url).toContain(`${url}pagefind-entry.json`);
  });

  const recordsOf = (lang: string) => JSON.parse(fs.readFileSync(path.join(DIST, lang === 'en' ? '' : lang, 'search', 'records.json'), 'utf8')) as SearchRecords;

  for (const [what, url] of [['English', '/search/?type=Project&sort=title'], ['Russian', '/ru/search/?q=%D0%BF%D1%80%D0%BE%D0%B5%D0%BA%D1%82&sort=title']]) {
    it(`gives the same results in the same order as one index for a sort by title (${what})`, async () => {
      const one = await allResults(session.page, `${base}${url}`);
      const shards = await allResults(session.page, `${sharded.url}${url}`);
      expect(one.links.length).toBeGreaterThan(3);
      expect(shards.links).toEqual(one.links);
      expect(shards.status).toBe(one.status);
    });
  }

  for (const [what, url] of [['newest first', '/search/?q=training&sort=newest'], ['oldest first', '/search/?country=Tajikistan&sort=oldest']]) {
    it(`gives the dated results in the same order as one index for a sort by date, ${what}, and the same undated after them`, async () => {
      const records = recordsOf('en');
      const one = await allResults(session.page, `${base}${url}`);
      const shards = await allResults(session.page, `${sharded.url}${url}`);
      const dated = one.links.filter((l) => records[l]?.sort.date).length;
      expect(dated).toBeGreaterThan(0);
      expect(one.links.slice(0, dated).every((l) => records[l].sort.date)).toBe(true);
      expect(shards.links.slice(0, dated)).toEqual(one.links.slice(0, dated));
      // The undated follow in the order of relevance, which each shard reckons over its own pages.
      expect([...shards.links.slice(dated)].sort()).toEqual([...one.links.slice(dated)].sort());
      expect(shards.status).toBe(one.status);
    });
  }

  for (const [what, url] of [['English', '/search/?q=election'], ['Russian', '/ru/search/?q=%D0%B2%D1%8B%D0%B1%D0%BE%D1%80%D1%8B']]) {
    it(`finds the same pages by relevance as one index (${what})`, async () => {
      const one = await allResults(session.page, `${base}${url}`);
      const shards = await allResults(session.page, `${sharded.url}${url}`);
      expect(one.links.length).toBeGreaterThan(1);
      expect([...shards.links].sort()).toEqual([...one.links].sort());
    });
  }

  for (const [lang, queries, searchPath] of [['English', LABELLED_QUERIES, '/search/'], ['Russian', RUSSIAN_QUERIES, '/ru/search/']] as const) {
    it(`ranks the labelled ${lang} queries as well as the issue asks of one index (top-1 85%, top-3 95%)`, async () => {
      // Each shard ranks its own pages, by its own word counts; the merged list is by score. Shards of 30
      // pages make those counts far noisier than a large catalogue's shards of 280 or more.
      const run = await runLabelledQueries(session.page, sharded.url, queries, searchPath);
      console.log(`in shards: ${qualityReport(run).split('\n')[0]}`);
      expect(run.quality.top1).toBeGreaterThanOrEqual(0.85);
      expect(run.quality.top3).toBeGreaterThanOrEqual(0.95);
    }, 300_000);
  }

  it('counts each facet value as one index does', async () => {
    const url = '/search/?q=women';
    expect(await facetCounts(session.page, `${sharded.url}${url}`)).toEqual(await facetCounts(session.page, `${base}${url}`));
  });
});
