// Search quality in Russian: the labelled queries of tests/search-queries-ru.ts, typed into the real built
// Russian search page (/ru/search/, which queries Pagefind's Russian index) in Chromium. Reports top-1, top-3
// and mean reciprocal rank, and holds the Russian edition's targets.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { usePage } from '../helpers.ts';
import { RUSSIAN_QUERIES } from '../search-queries-ru.ts';
import { qualityReport, runLabelledQueries } from '../search-quality-runner.ts';

const base = inject('baseUrl');
const session = usePage();
let run: Awaited<ReturnType<typeof runLabelledQueries>>;

beforeAll(async () => {
  run = await runLabelledQueries(session.page, base, RUSSIAN_QUERIES, '/ru/search/');
  console.log(qualityReport(run));
}, 300_000);

describe('Russian search quality over the labelled queries', () => {
  it('has at least 40 queries, of every kind the Russian edition names', () => {
    expect(RUSSIAN_QUERIES.length).toBeGreaterThanOrEqual(40);
    const kinds = new Set(RUSSIAN_QUERIES.map((q) => q.kind));
    for (const kind of ['title', 'inflected', 'acronym', 'place', 'misspelling', 'latin', 'mixed', 'yo']) expect(kinds, kind).toContain(kind);
  });

  it('answers from the Russian pages only', () => {
    const elsewhere = run.outcomes.flatMap((o) => o.results).filter((url) => !url.startsWith('/ru/'));
    expect(elsewhere).toEqual([]);
  });

  it('finds the expected entry in the top 3 for at least 90% of queries', () => {
    expect(run.quality.top3).toBeGreaterThanOrEqual(0.9);
  });

  it('returns something for every query (each has an answer in the Russian content)', () => {
    expect(run.outcomes.filter((o) => o.results.length === 0).map((o) => o.q)).toEqual([]);
  });
});
