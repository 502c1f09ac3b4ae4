// The list pages' paths kept between builds (src/data/list-page-keys.ts): the same keys as paths made afresh,
// props worked out only when a page reads them, and everything made again when the graph changes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keptListPaths } from '../../src/data/list-page-keys.ts';
import { keyedByProps } from '../../src/lib/page-key.ts';
import { buildGraph, type Entry } from '../../src/lib/graph.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { contentFiles } from '../helpers.ts';

const { entries } = validateContent(contentFiles());
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'list-keys-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const ROUTE = 'src/pages/[collection]/[...page].astro';

/** A list route's paths as a page makes them: one page per collection, its first page without a `page` param. */
function pathsOf(graph: ReturnType<typeof buildGraph>) {
  const collections = [...new Set(graph.entries.map((e) => e.collection))].sort();
  return collections.map((collection, i) => ({
    params: { collection, page: i % 2 ? String(i) : undefined },
    props: { rows: graph.list(collection).map((e) => ({ id: e.id, title: e.data.title })), total: graph.list(collection).length },
  }));
}

describe('keptListPaths', () => {
  const file = path.join(dir, 'record.json');
  const graph = buildGraph(entries);
  let made = 0;
  const compute = (g: ReturnType<typeof buildGraph>) => () => (made++, pathsOf(g));
  const first = keptListPaths(ROUTE, 'en', graph, compute(graph), { file });

  it('a first build makes the paths, each keyed by its props', () => {
    expect(made).toBe(1);
    expect(first.map((p) => p.cacheKey)).toEqual(keyedByProps(pathsOf(graph)).map((p) => p.cacheKey));
  });
  it('the same graph again: the same params and keys, and nothing made until a page reads its props', () => {
    made = 0;
    const again = keptListPaths(ROUTE, 'en', buildGraph(entries), compute(buildGraph(entries)), { file });
    expect(made).toBe(0);
    expect(again.map((p) => [p.params, p.cacheKey])).toEqual(first.map((p) => [p.params, p.cacheKey]));
    // A first page's `page` is there, and undefined, as paginate gives it (Astro refuses paths without it).
    expect(again.some((p) => 'page' in p.params && p.params.page === undefined)).toBe(true);
    // Astro copies a rendered page's props: every page's are then worked out, once for all.
    expect(again.map((p) => ({ ...p.props }))).toEqual(first.map((p) => p.props));
    expect(made).toBe(1);
  });
  it('a renamed entry: the paths are made again and the keys are those of the new props', () => {
    const target = entries.find((e) => e.collection === 'projects')!;
    const renamed = entries.map((e) => (e === target ? ({ ...e, data: { ...e.data, title: 'Renamed for the test' } } as unknown as Entry) : e));
    const g = buildGraph(renamed);
    made = 0;
    const after = keptListPaths(ROUTE, 'en', g, compute(g), { file });
    expect(made).toBe(1);
    expect(after.map((p) => p.cacheKey)).toEqual(keyedByProps(pathsOf(g)).map((p) => p.cacheKey));
    expect(after.map((p) => p.cacheKey)).not.toEqual(first.map((p) => p.cacheKey));
  });
  it('the same graph in another language is not the same inputs', () => {
    made = 0;
    keptListPaths(ROUTE, 'ru', graph, compute(graph), { file });
    expect(made).toBe(1);
  });
});
