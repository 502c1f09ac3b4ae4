// Runs labelled queries through the real built /search/ page in a browser, as a reader would: typed into the
// search box and submitted, the results read from `#search-results` (one link per result, in rank order).
// Shared by the browser tests (tests/e2e/search-quality.test.ts, search-quality-ru.test.ts) and `npm run bench`.
import type { Page } from 'playwright-core';
import { rankOf, searchQuality, type LabelledQuery } from './search-queries.ts';

export interface QueryOutcome { q: string; kind: string; rank: number; results: string[]; note: string }

/** How many results are read per query: enough for top-3 and MRR, as far as a reader scans. */
const READ = 10;

/** `searchPath`: the search page to type into, /search/ or a language's own (/ru/search/). */
export async function runLabelledQueries(page: Page, base: string, queries: (Omit<LabelledQuery, 'kind'> & { kind: string })[], searchPath = '/search/') {
  await page.goto(`${base}${searchPath}`);
  const outcomes: QueryOutcome[] = [];
  for (const { q, expect, kind } of queries) {
    await page.locator('#search-q').fill(q);
    await page.locator('#search-q').press('Enter');
    // The page marks the list with the query its results answer once they are all in place.
    await page.waitForFunction((query) => document.getElementById('search-results')?.dataset.query === query, q);
    const { results, note } = await page.evaluate((n) => ({
      results: [...document.querySelectorAll<HTMLAnchorElement>('#search-results > li a[href]')]
        .slice(0, n)
        .map((a) => new URL(a.href).pathname),
      note: document.getElementById('search-status')?.textContent ?? '',
    }), READ);
    outcomes.push({ q, kind, rank: rankOf(results, expect), results, note });
  }
  return { outcomes, quality: searchQuality(outcomes.map((o) => o.rank)) };
}

/** One line per figure, and the queries that missed the top 3, for test output and the bench. */
export function qualityReport({ outcomes, quality }: Awaited<ReturnType<typeof runLabelledQueries>>) {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `search quality over ${quality.queries} labelled queries: top-1 ${pct(quality.top1)}, top-3 ${pct(quality.top3)}, MRR ${quality.mrr.toFixed(3)}, not found ${quality.notFound}`,
  ];
  const kinds = [...new Set(outcomes.map((o) => o.kind))];
  for (const kind of kinds) {
    const mine = searchQuality(outcomes.filter((o) => o.kind === kind).map((o) => o.rank));
    lines.push(`  ${kind.padEnd(12)} ${String(mine.queries).padStart(3)} queries  top-1 ${pct(mine.top1).padStart(6)}  top-3 ${pct(mine.top3).padStart(6)}  MRR ${mine.mrr.toFixed(3)}`);
  }
  for (const o of outcomes.filter((x) => x.rank === 0 || x.rank > 3)) {
    lines.push(`  miss: “${o.q}” → rank ${o.rank || 'none'}; first: ${o.results.slice(0, 3).join(' ') || '(nothing)'}`);
  }
  return lines.join('\n');
}
