// The built /stats/ and /quality/ pages: every chart is an SVG image with an accessible name and a table
// beside it holding the very numbers the bars show, which are the numbers src/lib/stats.ts computes.
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

interface BuiltChart { id: string; svgName: string; svgBars: [string, number, number][]; tableRows: [string, number][]; sumRow?: number }

/** Each chart on /stats/: the figure, its SVG (bars with their printed value) and its table. */
function builtCharts(html: string): BuiltChart[] {
  return [...html.matchAll(/<figure\b[^>]*class="chart"[^>]*>([\s\S]*?)<\/figure>/g)].map((m) => {
    const figure = m[0];
    const svgTag = /<svg\b[^>]*>/.exec(figure)![0];
    const svg = /<svg\b[\s\S]*?<\/svg>/.exec(figure)![0];
    expect(attr(svgTag, 'role')).toBe('img');
    const names = (attr(svgTag, 'aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    const svgName = names.map((id) => text(new RegExp(`<(\\w+)\\b[^>]*\\sid="${id}"[^>]*>([\\s\\S]*?)</\\1>`).exec(svg)?.[2] ?? '')).join(' ');
    const svgBars = [...svg.matchAll(/<g\b[^>]*class="bar"[^>]*>([\s\S]*?)<\/g>/g)].map((g) => {
      const open = /<g\b[^>]*>/.exec(g[0])![0];
      const printed = /<text\b[^>]*class="value"[^>]*>([\s\S]*?)<\/text>/.exec(g[1])![1];
      return [attr(open, 'data-key')!, Number(attr(open, 'data-value')), number(printed)] as [string, number, number];
    });
    const table = /<table\b[\s\S]*?<\/table>/.exec(figure)![0];
    const body = /<tbody\b[^>]*>([\s\S]*?)<\/tbody>/.exec(table)![1];
    const tableRows = [...body.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => {
      const key = attr(/<tr\b[^>]*>/.exec(r[0])![0], 'data-key')!;
      return [key, number(/<td\b[^>]*>([\s\S]*?)<\/td>/.exec(r[1])![1])] as [string, number];
    });
    const foot = /<tfoot\b[\s\S]*?<td\b[^>]*>([\s\S]*?)<\/td>/.exec(table);
    return { id: attr(/<figure\b[^>]*>/.exec(figure)![0], 'id')!, svgName, svgBars, tableRows, sumRow: foot ? number(foot[1]) : undefined };
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

  it('gives every SVG an accessible name', () => {
    for (const c of charts) expect(c.svgName, c.id).toMatch(/\w{3,}/);
  });

  it('puts beside every SVG a table with the same numbers as its bars, in the same order', () => {
    for (const c of charts) {
      expect(c.svgBars.length, c.id).toBeGreaterThan(0);
      for (const [key, value, printed] of c.svgBars) expect(printed, `${c.id} ${key}`).toBe(value);
      expect(c.tableRows, c.id).toEqual(c.svgBars.map(([key, value]) => [key, value]));
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
