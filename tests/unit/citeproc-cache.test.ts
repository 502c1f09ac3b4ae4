// citeproc's output kept between builds (src/data/citeproc-cache.ts): only changed items are formatted again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedFormat } from '../../src/data/citeproc-cache.ts';
import type { CslItem } from '../../src/lib/citation.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => fs.rmSync(r, { recursive: true, force: true })));
const newRoot = () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-atlas-citeproc-'));
  roots.push(root);
  return root;
};

const item = (id: string, title: string) => ({ id, type: 'webpage', title, URL: `/x/${id}/` }) as unknown as CslItem;

/** A stand-in for citeproc that records what it was asked to format. */
function recorder() {
  const asked: string[][] = [];
  const format = async (items: CslItem[]) => {
    asked.push(items.map((i) => i.id));
    return new Map(items.map((i) => [i.id, `<i>${i.title}</i>`]));
  };
  return { asked, format };
}

describe('the citeproc cache', () => {
  it('formats each item once, then only the items that changed', async () => {
    const root = newRoot();
    const { asked, format } = recorder();
    const cached = () => cachedFormat(format, { name: 'apa-en', formatter: 'f1', root });
    const first = await cached()([item('a', 'Alpha'), item('b', 'Beta')]);
    expect([...first]).toEqual([['a', '<i>Alpha</i>'], ['b', '<i>Beta</i>']]);
    // Another build, nothing changed: no formatting at all, the same output.
    expect([...(await cached()([item('a', 'Alpha'), item('b', 'Beta')]))]).toEqual([...first]);
    // b renamed: only b.
    const third = await cached()([item('a', 'Alpha'), item('b', 'Beta renamed')]);
    expect(third.get('b')).toBe('<i>Beta renamed</i>');
    expect(asked).toEqual([['a', 'b'], ['b']]);
  });

  it('keeps only what the last build used, one file per name, and starts afresh for another formatter', async () => {
    const root = newRoot();
    const { asked, format } = recorder();
    await cachedFormat(format, { name: 'apa-en', formatter: 'f1', root })([item('a', 'Alpha'), item('b', 'Beta')]);
    await cachedFormat(format, { name: 'apa-ru', formatter: 'f1', root })([item('c', 'Гамма')]);
    await cachedFormat(format, { name: 'apa-en', formatter: 'f1', root })([item('a', 'Alpha')]);
    const dir = path.join(root, 'node_modules', '.astro', 'civic-atlas-citeproc');
    expect(fs.readdirSync(dir).sort()).toEqual(['apa-en.f1.json', 'apa-ru.f1.json']);
    expect(Object.values(JSON.parse(fs.readFileSync(path.join(dir, 'apa-en.f1.json'), 'utf8')))).toEqual(['<i>Alpha</i>']);
    // The other language's items were not dropped by this one's build.
    await cachedFormat(format, { name: 'apa-ru', formatter: 'f1', root })([item('c', 'Гамма')]);
    // A new formatter (another style, options or package version) formats everything again and replaces the old file.
    await cachedFormat(format, { name: 'apa-en', formatter: 'f2', root })([item('a', 'Alpha')]);
    expect(fs.readdirSync(dir).sort()).toEqual(['apa-en.f2.json', 'apa-ru.f1.json']);
    expect(asked).toEqual([['a', 'b'], ['c'], ['a']]);
  });

  it('formats everything when its file is unreadable, and refuses a name that is not a plain word', async () => {
    const root = newRoot();
    const dir = path.join(root, 'node_modules', '.astro', 'civic-atlas-citeproc');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'apa-en.f1.json'), '{ half a fi');
    const { asked, format } = recorder();
    expect((await cachedFormat(format, { name: 'apa-en', formatter: 'f1', root })([item('a', 'Alpha')])).get('a')).toBe('<i>Alpha</i>');
    expect(asked).toEqual([['a']]);
    expect(() => cachedFormat(format, { name: '../apa', formatter: 'f1', root })).toThrow(/cache name/);
  });

  it('says so when the formatter leaves an item out', async () => {
    const format = async () => new Map<string, string>();
    await expect(cachedFormat(format, { name: 'apa-en', formatter: 'f1', root: newRoot() })([item('a', 'Alpha')])).rejects.toThrow(/nothing for a/);
  });
});
