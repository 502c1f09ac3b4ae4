// Search quality: the labelled research queries of tests/search-queries.ts, typed into the real built
// search page in Chromium. Reports top-1, top-3 and mean reciprocal rank, and holds the targets.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { usePage } from '../helpers.ts';
import { LABELLED_QUERIES } from '../search-queries.ts';
import { qualityReport, runLabelledQueries } from '../search-quality-runner.ts';

const base = inject('baseUrl');
const session = usePage();
let run: Awaited<ReturnType<typeof runLabelledQueries>>;

beforeAll(async () => {
  run = await runLabelledQueries(session.page, base, LABELLED_QUERIES);
  console.log(qualityReport(run));
}, 300_000);

describe('search quality over the labelled queries', () => {
  it('has at least 120 queries of every kind the issue names', () => {
    expect(LABELLED_QUERIES.length).toBeGreaterThanOrEqual(120);
    const kinds = new Set(LABELLED_QUERIES.map((q) => q.kind));
    for (const kind of ['title', 'acronym', 'paraphrase', 'person', 'place', 'date', 'figure', 'misspelling', 'plural', 'spelling', 'cyrillic', 'question']) {
      expect(kinds, kind).toContain(kind);
    }
  });

  it('finds the expected entry in the top 3 for at least 95% of queries', () => {
    expect(run.quality.top3).toBeGreaterThanOrEqual(0.95);
  });

  it('ranks the expected entry first for at least 85% of queries', () => {
    expect(run.quality.top1).toBeGreaterThanOrEqual(0.85);
  });

  it('returns something for every query (each has an answer in the content)', () => {
    expect(run.outcomes.filter((o) => o.results.length === 0).map((o) => o.q)).toEqual([]);
  });
});
