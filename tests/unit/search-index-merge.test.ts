// The search index is written one language at a time (scripts/index-search.ts), and the parts
// put together (mergeSearchIndexes): the result must be what one Pagefind run over every language writes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeSearchIndexes } from '../../src/integrations/pagefind.ts';

const page = (lang: string, title: string, text: string) =>
  `<html lang="${lang}"><body><main data-pagefind-body><h1>${title}</h1><p data-pagefind-filter="country">${text}</p></main></body></html>`;
const PAGES = [
  { url: '/projects/a/', content: page('en', 'Mediation training', 'Tajikistan') },
  { url: '/projects/b/', content: page('en', 'Election observation', 'Kyrgyzstan') },
  { url: '/ru/projects/a/', content: page('ru', 'Обучение медиации', 'Таджикистан') },
  { url: '/ru/projects/b/', content: page('ru', 'Наблюдение за выборами', 'Кыргызстан') },
];

/** Every file under `dir`, relative, with its bytes. */
function filesOf(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const f of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (f.isFile()) out.set(path.relative(dir, path.join(f.parentPath, f.name)), fs.readFileSync(path.join(f.parentPath, f.name)));
  }
  return out;
}

async function write(into: string, pages: typeof PAGES) {
  const { index } = await pagefind.createIndex({});
  for (const p of pages) await index!.addHTMLFile(p);
  const { errors } = await index!.writeFiles({ outputPath: into });
  expect(errors).toEqual([]);
}

let site: string;
beforeAll(async () => {
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-atlas-index-merge-'));
  await write(path.join(site, 'whole'), PAGES);
  await write(path.join(site, '.part-en'), PAGES.filter((p) => !p.url.startsWith('/ru/')));
  await write(path.join(site, '.part-ru'), PAGES.filter((p) => p.url.startsWith('/ru/')));
  await pagefind.close();
}, 60_000);
afterAll(() => fs.rmSync(site, { recursive: true, force: true }));

describe('mergeSearchIndexes', () => {
  it('puts the languages\' parts together into the index one run over both languages writes, byte for byte', () => {
    mergeSearchIndexes(site, ['.part-en', '.part-ru']);
    const whole = filesOf(path.join(site, 'whole'));
    const merged = filesOf(path.join(site, 'pagefind'));
    expect([...merged.keys()].sort()).toEqual([...whole.keys()].sort());
    for (const [name, bytes] of whole) expect(merged.get(name)!.equals(bytes), name).toBe(true);
    expect(fs.existsSync(path.join(site, '.part-en')) || fs.existsSync(path.join(site, '.part-ru'))).toBe(false);
  });

  it('with keep, replaces one language in an index and leaves the other and the shard folders as they were', async () => {
    // An index of both languages, with an English shard folder beside them, then the English part rewritten
    // with a changed page: the result must be what one run over the new pages writes, and the shard untouched.
    const changed = PAGES.map((p) => (p.url === '/projects/a/' ? { ...p, content: page('en', 'Mediation training, changed', 'Tajikistan') } : p));
    await write(path.join(site, 'whole-changed'), changed);
    await write(path.join(site, '.keep-en'), changed.filter((p) => !p.url.startsWith('/ru/')));
    await pagefind.close();
    fs.cpSync(path.join(site, 'whole'), path.join(site, 'kept'), { recursive: true });
    fs.mkdirSync(path.join(site, 'kept', 'en-1'));
    fs.writeFileSync(path.join(site, 'kept', 'en-1', 'pagefind-entry.json'), '{}');
    fs.rmSync(path.join(site, 'pagefind'), { recursive: true, force: true });
    fs.renameSync(path.join(site, 'kept'), path.join(site, 'pagefind'));
    mergeSearchIndexes(site, ['.keep-en'], { keep: true });
    const merged = filesOf(path.join(site, 'pagefind'));
    expect(merged.get(path.join('en-1', 'pagefind-entry.json'))?.toString()).toBe('{}');
    merged.delete(path.join('en-1', 'pagefind-entry.json'));
    const whole = filesOf(path.join(site, 'whole-changed'));
    expect([...merged.keys()].sort()).toEqual([...whole.keys()].sort());
    for (const [name, bytes] of whole) expect(merged.get(name)!.equals(bytes), name).toBe(true);
  });

  it('refuses parts that disagree on a file they share, or on the Pagefind that wrote them', () => {
    for (const part of ['.a', '.b']) fs.cpSync(path.join(site, 'whole'), path.join(site, part), { recursive: true });
    fs.appendFileSync(path.join(site, '.b', 'pagefind.js'), '// changed');
    expect(() => mergeSearchIndexes(site, ['.a', '.b'])).toThrow(/different pagefind\.js/);
    for (const part of ['.c', '.d']) fs.cpSync(path.join(site, 'whole'), path.join(site, part), { recursive: true });
    const entry = path.join(site, '.d', 'pagefind-entry.json');
    fs.writeFileSync(entry, JSON.stringify({ ...JSON.parse(fs.readFileSync(entry, 'utf8')), version: '0.0.1' }));
    expect(() => mergeSearchIndexes(site, ['.c', '.d'])).toThrow(/different Pagefind settings/);
  });
});
