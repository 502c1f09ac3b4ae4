// The cache keys of entry pages (src/lib/page-key.ts over src/lib/entry-page-view.ts): an incremental build
// renders a page again exactly when its key changes, so a key must follow everything the page shows.
import { describe, expect, it } from 'vitest';
import { pageKeyOf } from '../../src/lib/page-key.ts';
import { entryPageViewOf } from '../../src/lib/entry-page-view.ts';
import { buildGraph, keyOf, type Entry } from '../../src/lib/graph.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { contentFiles } from '../helpers.ts';
import { dayOf } from '../../src/data/build-date.ts';

describe('pageKeyOf: a digest of plain data', () => {
  it('is the same for the same data, whatever the order of its keys, and leaves undefined members out as JSON does', () => {
    expect(pageKeyOf({ a: 1, b: [1, { c: 'x' }] })).toBe(pageKeyOf({ b: [1, { c: 'x' }], a: 1 }));
    expect(pageKeyOf({ a: 1, gone: undefined })).toBe(pageKeyOf({ a: 1 }));
  });
  it('tells apart values that print alike', () => {
    const keys = [{ a: 1 }, { a: '1' }, { a: [1] }, { a: null }, { a: 'null' }, { a: true }, { a: [] }, { a: {} }, { a: new Date(0) }, { a: new Set([1]) }, { a: new Map([[1, 1]]) }]
      .map(pageKeyOf);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('refuses what is not data: a function, a class instance, a cycle; a value shared twice is fine', () => {
    expect(() => pageKeyOf({ f: () => 1 })).toThrow(/function/);
    expect(() => pageKeyOf({ u: new URL('https://example.org/') })).toThrow(/URL/);
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => pageKeyOf(loop)).toThrow(/refers to itself/);
    const shared = { x: 1 };
    expect(pageKeyOf({ a: shared, b: shared })).toBe(pageKeyOf({ a: { x: 1 }, b: { x: 1 } }));
  });
});

// The real catalogue, and copies of it with one thing changed, as a build after an edit would load it.
const { entries: realEntries } = validateContent(contentFiles());
const BUILT = new Date('2026-12-03T10:00:00Z');
const bodyOf = (e: Entry) => ({ html: `<p>${e.id}</p>`, headings: [] });

function keysOf(entries: Entry[], { builtAt = BUILT, updated = new Map<string, string>(), body = bodyOf } = {}) {
  const graph = buildGraph(entries);
  const bodies = new Map(graph.entries.map((e) => [`content/${keyOf(e)}.mdx`, body(e)]));
  const catalogue = { graph, updated, translations: new Map(), bodyOf: (f: { filePath?: string }) => bodies.get(f.filePath!)! };
  return new Map(graph.entries.map((e) => [keyOf(e), pageKeyOf(entryPageViewOf(catalogue, { ...e, filePath: `content/${keyOf(e)}.mdx` }, 'en', 'https://atlas.example.org/', dayOf(builtAt)))]));
}
const changedPages = (before: Map<string, string>, after: Map<string, string>) => [...before.keys()].filter((k) => before.get(k) !== after.get(k)).sort();
/** The catalogue with one entry's data changed by `edit` (a copy: nothing shared with the original). */
const edited = (key: string, edit: (data: Record<string, unknown>) => void): Entry[] =>
  realEntries.map((e) => {
    if (keyOf(e) !== key) return e;
    const data: Record<string, unknown> = structuredClone(e.data);
    edit(data);
    return { ...e, data } as unknown as Entry;
  });
/** Every entry that links to or is linked from `key`, found from the frontmatter's references, not the graph. */
function linkedWith(key: string): Set<string> {
  const out = new Set<string>();
  const refsIn = (v: unknown, found: string[] = []): string[] => {
    if (Array.isArray(v)) v.forEach((x) => refsIn(x, found));
    else if (v && typeof v === 'object') {
      const r = v as Record<string, unknown>;
      if (typeof r.collection === 'string' && typeof r.id === 'string' && Object.keys(r).length === 2) found.push(`${r.collection}/${r.id}`);
      else Object.values(r).forEach((x) => refsIn(x, found));
    }
    return found;
  };
  for (const e of realEntries) {
    const refs = refsIn(e.data);
    if (keyOf(e) === key) refs.forEach((r) => out.add(r));
    else if (refs.includes(key)) out.add(keyOf(e));
  }
  return out;
}

describe('entry pages’ keys follow what the pages show', () => {
  const before = keysOf(realEntries);
  const subproject = 'subprojects/csp-2018-civil-society-challenges';
  const project = 'projects/strengthening-civil-society-cooperation-2018-2019';

  it('every page has its own key', () => {
    expect(new Set(before.values()).size).toBe(realEntries.length);
    expect(before.size).toBe(realEntries.length);
  });
  it('are the same when nothing changed, computed again from a new graph', () => {
    expect(changedPages(before, keysOf(realEntries))).toEqual([]);
  });
  it('a body edit changes that page only', () => {
    const after = keysOf(realEntries, { body: (e) => ({ html: keyOf(e) === subproject ? '<p>edited</p>' : `<p>${e.id}</p>`, headings: [] }) });
    expect(changedPages(before, after)).toEqual([subproject]);
  });
  it('a title edit changes the page itself and the pages that show the title (its parent, its siblings), not every page', () => {
    const after = keysOf(edited(subproject, (d) => { d.title = `${d.title} (renamed)`; }));
    const changed = changedPages(before, after);
    expect(changed).toContain(subproject);
    expect(changed).toContain(project);
    // Its siblings list it in their section navigation.
    const siblings = realEntries.filter((e) => e.collection === 'subprojects' && (e.data.project as { id?: string } | undefined)?.id === project.split('/')[1]).map(keyOf);
    expect(siblings.length).toBeGreaterThan(1);
    for (const s of siblings) expect(changed).toContain(s);
    expect(changed.length).toBeLessThan(realEntries.length / 2);
  });
  it('an organization’s new name changes every page linked with it (each shows the name), not most of the catalogue', () => {
    const target = 'organizations/iphr';
    const changed = changedPages(before, keysOf(edited(target, (d) => { d.title = 'A new name'; })));
    const neighbours = linkedWith(target);
    expect(neighbours.size).toBeGreaterThan(3);
    for (const n of [target, ...neighbours]) expect(changed).toContain(n);
    expect(changed.length).toBeLessThan(realEntries.length / 2);
  });
  it('a summary edit changes fewer pages than a title edit: lists show titles, not summaries', () => {
    const target = 'organizations/iphr';
    const bySummary = changedPages(before, keysOf(edited(target, (d) => { d.summary = `${d.summary} Edited.`; })));
    const byTitle = changedPages(before, keysOf(edited(target, (d) => { d.title = 'A new name'; })));
    expect(bySummary).toContain(target);
    for (const k of bySummary) expect(byTitle).toContain(k);
    expect(bySummary.length).toBeLessThan(byTitle.length);
  });
  it('the build date counts by the day shown (the access date in citations), not the hour', () => {
    expect(changedPages(before, keysOf(realEntries, { builtAt: new Date('2026-12-03T23:59:00Z') }))).toEqual([]);
    expect(changedPages(before, keysOf(realEntries, { builtAt: new Date('2026-12-04T00:01:00Z') })).length).toBe(realEntries.length);
  });
  it('a file’s git date changes the page of that file only', () => {
    const file = `content/${subproject}.mdx`;
    const after = keysOf(realEntries, { updated: new Map([[file, '2026-11-30']]) });
    expect(changedPages(before, after)).toEqual([subproject]);
  });
});
