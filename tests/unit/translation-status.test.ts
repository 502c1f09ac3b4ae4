// The translation-status report: states from the translated graph, and "behind since" from the first
// English change after the translation's own last change.
import { describe, expect, it } from 'vitest';
import { buildGraph, type Entry } from '../../src/lib/graph.ts';
import { translationReport } from '../../src/lib/translation-status.ts';
import type { Changelog } from '../../src/lib/changelog.ts';

const entry = (id: string, title: string, translation: Entry['translation']): Entry =>
  ({ collection: 'themes', id, data: { title, summary: 'S.', sources: [] }, lang: 'ru', translation }) as unknown as Entry;
const graph = buildGraph([entry('a', 'Альфа', 'current'), entry('b', 'Бета', 'behind'), entry('c', 'Gamma', 'missing'), entry('d', 'Дельта', 'behind')], 'ru');
const change = (date: string, id: string) => ({ commit: date, short: date, date, day: date.slice(0, 10), subject: '', changes: [{ change: 'modified' as const, id: `themes/${id}`, collection: 'themes' as const, slug: id, exists: true, title: id, url: `/themes/${id}/` }] });
const changelog: Pick<Changelog, 'commits'> = {
  commits: [change('2026-03-01T00:00:00Z', 'b'), change('2026-02-01T00:00:00Z', 'b'), change('2026-01-01T00:00:00Z', 'b')],
};
const updated = new Map([
  ['content/themes/b.mdx', '2026-03-01T00:00:00Z'],
  ['content/ru/themes/b.mdx', '2026-01-15T00:00:00Z'],
  ['content/themes/d.mdx', '2025-05-05T00:00:00Z'],
]);

describe('translationReport', () => {
  const report = translationReport(graph, changelog, updated);

  it('counts every entry in its state', () => {
    expect(report.counts).toEqual({ current: 1, behind: 2, missing: 1 });
    expect(report.total).toBe(4);
    expect(report.byState.missing.map((s) => s.entry.id)).toEqual(['c']);
  });

  it('dates a translation behind from the first English change after it, else from the English file’s last change', () => {
    const since = Object.fromEntries(report.byState.behind.map((s) => [s.entry.id, s.behindSince]));
    expect(since).toEqual({ b: '2026-02-01T00:00:00Z', d: '2025-05-05T00:00:00Z' });
  });

  it('names the files of each entry', () => {
    expect(report.byState.current[0]).toMatchObject({ englishFile: 'content/themes/a.mdx', translationFile: 'content/ru/themes/a.mdx' });
  });
});
