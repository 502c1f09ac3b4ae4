// The built /stats/ and /quality/ pages: every chart is a list of bars with an accessible name, each bar
// with something to find a link to the search, and a table beside it holding the very numbers the bars show,
// which are the numbers src/lib/stats.ts computes.
import { describe, expect, it } from 'vitest';
import { builtHtml, builtPages, contentFiles, realGraph } from '../helpers.ts';
import { statsOf } from '../../src/lib/stats.ts';
import { qualityReport } from '../../src/lib/quality.ts';
import { COLLECTIONS } from '../../src/schemas/vocabularies.ts';

const pages = builtPages();
const graph = realGraph();
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"').trim();
const number = (s: string) => Number(text(s).replace(/[,\s]/g, ''));

interface BuiltChart { id: string; barsName: string; bars: [string, number, number][]; barLinks: (string | undefined)[]; tableRows: [string, number][]; sumRow?: number }

/** Each chart on /stats/: the figure, its bars (key, value, the number printed, the link) and its table. */
function builtCharts(html: string): BuiltChart[] {
  return [...html.matchAll(/<figure\b[^>]*class="chart"[^>]*>([\s\S]*?)<\/figure>/g)].map((m) => {
    const figure = m[0];
    const list = /<ol\b[^>]*class="bars"[^>]*>([\s\S]*?)<\/ol>/.exec(figure)!;
    const items = [...list[1].matchAll(/<li\b[^>]*class="bar"[^>]*>([\s\S]*?)<\/li>/g)];
    const bars = items.map((li) => {
      const open = /<li\b[^>]*>/.exec(li[0])![0];
      const printed = /<span\b[^>]*class="bar-value"[^>]*>([\s\S]*?)<\/span>/.exec(li[1])![1];
      return [attr(open, 'data-key')!, Number(attr(open, 'data-value')), number(printed)] as [string, number, number];
    });
    const barLinks = items.map((li) => { const a = /<a\b[^>]*>/.exec(li[1]); return a ? attr(a[0], 'href')!.replace(/&amp;/g, '&') : undefined; });
    const table = /<table\b[\s\S]*?<\/table>/.exec(figure)![0];
    const body = /<tbody\b[^>]*>([\s\S]*?)<\/tbody>/.exec(table)![1];
    const tableRows = [...body.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => {
      const key = attr(/<tr\b[^>]*>/.exec(r[0])![0], 'data-key')!;
      return [key, number(/<td\b[^>]*>([\s\S]*?)<\/td>/.exec(r[1])![1])] as [string, number];
    });
    const foot = /<tfoot\b[\s\S]*?<td\b[^>]*>([\s\S]*?)<\/td>/.exec(table);
    return {
      id: attr(/<figure\b[^>]*>/.exec(figure)![0], 'id')!, barsName: attr(/<ol\b[^>]*>/.exec(list[0])![0], 'aria-label') ?? '',
      bars, barLinks, tableRows, sumRow: foot ? number(foot[1]) : undefined,
    };
  });
}

describe('/stats/', () => {
  const html = pages.includes('/stats/') ? builtHtml('/stats/') : '';

  it('is built', () => {
    expect(pages).toContain('/stats/');
    expect(html).toContain('<h1>Statistics</h1>');
  });

  const charts = html ? builtCharts(html) : [];
  const expected = statsOf(graph);

  it('has one chart per statistic, in order', () => {
    expect(charts.map((c) => c.id)).toEqual(expected.charts.map((c) => c.id));
  });

  it('gives every chart’s bars an accessible name', () => {
    for (const c of charts) expect(c.barsName, c.id).toMatch(/\w{3,}.*bar chart/);
  });

  it('puts beside every chart a table with the same numbers as its bars, in the same order', () => {
    for (const c of charts) {
      expect(c.bars.length, c.id).toBeGreaterThan(0);
      for (const [key, value, printed] of c.bars) expect(printed, `${c.id} ${key}`).toBe(value);
      expect(c.tableRows, c.id).toEqual(c.bars.map(([key, value]) => [key, value]));
    }
  });

  it('links each bar to the search src/lib/stats.ts narrows it to, and only those', () => {
    for (const c of charts) {
      const want = expected.charts.find((x) => x.id === c.id)!;
      expect(c.barLinks, c.id).toEqual(want.bars.map((b) => b.searchHref));
    }
    expect(charts.flatMap((c) => c.barLinks).filter(Boolean).length).toBeGreaterThan(20);
  });

  it('prints no label cut short: every bar shows its whole label', () => {
    for (const c of charts) {
      const want = expected.charts.find((x) => x.id === c.id)!;
      const figure = new RegExp(`<figure\\b[^>]*id="${c.id}"[\\s\\S]*?</figure>`).exec(html)![0];
      const labels = [...figure.matchAll(/<span\b[^>]*class="bar-label"[^>]*>([\s\S]*?)<\/span>/g)].map((l) => text(l[1]));
      expect(labels, c.id).toEqual(want.bars.map((b) => b.label));
    }
  });

  it('shows the numbers src/lib/stats.ts computes from the content', () => {
    for (const c of charts) {
      const want = expected.charts.find((x) => x.id === c.id)!;
      expect(c.tableRows, c.id).toEqual(want.bars.map((b) => [b.key, b.value]));
    }
    const byCollection = charts.find((c) => c.id === 'by-collection')!;
    const files = contentFiles();
    for (const col of COLLECTIONS) {
      expect(byCollection.tableRows.find(([k]) => k === col)?.[1], col).toBe(files.filter((f) => f.collection === col).length);
    }
    expect(byCollection.sumRow).toBe(files.length);
  });
});

describe('/quality/', () => {
  const html = pages.includes('/quality/') ? builtHtml('/quality/') : '';
  const report = qualityReport(graph);

  it('is built, with its four parts', () => {
    expect(pages).toContain('/quality/');
    for (const id of ['links', 'unplaced', 'uncited', 'fields']) expect(html, id).toContain(`id="${id}"`);
  });

  it('covers every collection, with its number of entries', () => {
    for (const c of report.coverage) {
      const heading = new RegExp(`<h3\\b[^>]*id="fields-${c.collection}"[^>]*>([\\s\\S]*?)</h3>`).exec(html);
      expect(heading?.[1], c.collection).toContain(`(${c.total})`);
    }
  });

  it('links every entry it reports', () => {
    for (const u of report.unplaced) expect(html, u.entry.id).toContain(`href="/${u.entry.collection}/${u.entry.id}/"`);
    for (const p of [...report.sequence, ...report.parts]) expect(html, p.entry.id).toContain(`href="/${p.entry.collection}/${p.entry.id}/"`);
  });
});
