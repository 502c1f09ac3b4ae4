// The entry pages' keys kept between builds (src/data/entry-page-keys.ts): a kept key must be the key a view
// built from nothing would have, after any change, and a view is built only where its inputs changed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { entryPagesOf } from '../../src/data/entry-page-keys.ts';
import { entryPageViewOf, type PageEntry } from '../../src/lib/entry-page-view.ts';
import { pageKeyOf } from '../../src/lib/page-key.ts';
import { buildGraph, keyOf, type Entry } from '../../src/lib/graph.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { contentFiles } from '../helpers.ts';

const { entries: realEntries } = validateContent(contentFiles());
const SITE = 'https://atlas.example.org/';
const DAY = '2026-12-03';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-keys-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A catalogue as the build loads it: each entry stored with a body digest, its body rendered by that digest. */
function catalogueOf(entries: Entry[], { updated = new Map<string, string>(), digests = new Map<string, string>() } = {}) {
  const graph = buildGraph(entries);
  const stored: PageEntry[] = graph.entries.map((e) => ({ collection: e.collection, id: e.id, filePath: `content/${keyOf(e)}.mdx`, digest: digests.get(keyOf(e)) ?? 'a0' }));
  const bodyOf = (f: { filePath?: string; digest?: string | number }) => ({ html: `<p>${f.filePath} as of ${f.digest}</p>`, headings: [] });
  return { graph, updated, translations: new Map(), bodyOf, entries: stored };
}
type Catalogue = ReturnType<typeof catalogueOf>;

/** Each page's key from its view built afresh: what a clean build gives. */
const freshKeys = (c: Catalogue, day = DAY) => c.entries.map((e) => pageKeyOf(entryPageViewOf(c, e, 'en', SITE, day)));

function run(c: Catalogue, file: string, day = DAY) {
  const pages = entryPagesOf(c, 'en', SITE, day, { root: process.cwd(), file });
  return { keys: pages.map((p) => p.key), built: pages.filter((p) => p.view !== undefined).map((p) => `${p.entry.collection}/${p.entry.id}`) };
}

const retitled = (key: string): Entry[] => realEntries.map((e) => (keyOf(e) === key ? ({ ...e, data: { ...e.data, title: 'A new name' } } as unknown as Entry) : e));
const subproject = realEntries.find((e) => e.collection === 'subprojects')!;
const project = realEntries.find((e) => e.collection === 'projects')!;

describe('entryPagesOf: keys kept where a view’s inputs are unchanged', () => {
  const file = path.join(dir, 'en.json');
  const first = run(catalogueOf(realEntries), file);
  it('a first build builds every view, and each key is its view’s', () => {
    expect(first.built.length).toBe(realEntries.length);
    expect(first.keys).toEqual(freshKeys(catalogueOf(realEntries)));
  });
  it('the same inputs again build no view and keep every key', () => {
    const again = run(catalogueOf(realEntries), file);
    expect(again.built).toEqual([]);
    expect(again.keys).toEqual(first.keys);
  });
  it('a body edit (a new body digest) builds that page’s view alone, and every key is still a clean build’s', () => {
    const edited = catalogueOf(realEntries, { digests: new Map([[keyOf(subproject), 'b1']]) });
    const after = run(edited, file);
    expect(after.built).toEqual([keyOf(subproject)]);
    expect(after.keys).toEqual(freshKeys(edited));
    expect(after.keys).not.toEqual(first.keys);
  });
  it('a title edit, which other pages show, builds every view again', () => {
    const edited = catalogueOf(retitled(keyOf(project)));
    const after = run(edited, file);
    expect(after.built.length).toBe(realEntries.length);
    expect(after.keys).toEqual(freshKeys(edited));
  });
  it('a git date or another day builds every view again', () => {
    const dated = catalogueOf(realEntries, { updated: new Map([[`content/${keyOf(subproject)}.mdx`, '2026-11-30']]) });
    const after = run(dated, file);
    expect(after.built.length).toBe(realEntries.length);
    expect(after.keys).toEqual(freshKeys(dated));
    const nextDay = run(catalogueOf(realEntries), file, '2026-12-04');
    expect(nextDay.built.length).toBe(realEntries.length);
    expect(nextDay.keys).toEqual(freshKeys(catalogueOf(realEntries), '2026-12-04'));
  });
  it('a record cut short by a killed build is no record: every view is built, nothing thrown', () => {
    fs.writeFileSync(file, '{"shared": "x", "pa');
    const after = run(catalogueOf(realEntries), file);
    expect(after.built.length).toBe(realEntries.length);
    expect(after.keys).toEqual(first.keys);
  });
});
