// The sweep that makes a kept dist/ what a clean build's would be (src/integrations/stale-output.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pagesOfManifest, removeStaleOutput } from '../../src/integrations/stale-output.ts';
import { isSearchIndexOutput } from '../../src/lib/search-preload.ts';

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true }); });
const OLD = new Date('2020-01-01T00:00:00Z');

function tree(files: Record<string, 'old' | 'new'>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stale-output-'));
  dirs.push(dir);
  for (const [file, age] of Object.entries(files)) {
    const full = path.join(dir, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, file);
    if (age === 'old') fs.utimesSync(full, OLD, OLD);
  }
  return dir;
}
const list = (dir: string) => (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
  .filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')).sort();

describe('removeStaleOutput', () => {
  it('keeps what this build wrote and the pages it kept; deletes the rest and the folders it empties', () => {
    const dir = tree({
      'index.html': 'new', 'projects/kept/index.html': 'old', 'projects/gone/index.html': 'old',
      'pagefind/fragment/en_old.pf_fragment': 'old', 'pagefind/fragment/en_new.pf_fragment': 'new', 'favicon.svg': 'new',
    });
    const since = Date.now() - 60_000;
    const removed = removeStaleOutput(dir, since, new Set(['projects/kept/index.html']));
    expect(removed).toEqual(['pagefind/fragment/en_old.pf_fragment', 'projects/gone/index.html']);
    expect(list(dir)).toEqual(['favicon.svg', 'index.html', 'pagefind/fragment/en_new.pf_fragment', 'projects/kept/index.html']);
    expect(fs.existsSync(path.join(dir, 'projects', 'gone'))).toBe(false);
  });
  it('leaves alone what `only` does not accept (the pages are swept before the search index reads them, the rest after)', () => {
    const dir = tree({ 'projects/gone/index.html': 'old', 'projects/gone.bib': 'old' });
    expect(removeStaleOutput(dir, Date.now() - 60_000, new Set(), (f) => f.endsWith('.html'))).toEqual(['projects/gone/index.html']);
    expect(list(dir)).toEqual(['projects/gone.bib']);
  });
});

describe('the build\'s sweep and the search index', () => {
  it('leaves the index and the vocabularies, which the index step writes after the build, and sweeps the rest', () => {
    const dir = tree({
      'pagefind/fragment/en_old.pf_fragment': 'old', 'search/vocabulary.txt': 'old', 'ru/search/vocabulary.txt': 'old',
      'search/index.html': 'old', 'pagefinder/index.html': 'old',
    });
    expect(removeStaleOutput(dir, Date.now() - 60_000, new Set(), (f) => !isSearchIndexOutput(f))).toEqual(['pagefinder/index.html', 'search/index.html']);
  });
});

describe('pagesOfManifest', () => {
  it('lists every page output in Astro’s incremental manifest, decoded; nothing without one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stale-manifest-'));
    dirs.push(dir);
    expect(pagesOfManifest(dir).size).toBe(0);
    fs.writeFileSync(path.join(dir, 'incremental-build.json'), JSON.stringify({
      version: 1, routes: {
        'src/pages/[collection]/[slug].astro': { dependencyHash: 'x', paths: { '/projects/a/': { cacheKey: 'k', outputFile: 'projects/a/index.html' } } },
        'src/pages/ru/[collection]/[slug].astro': { dependencyHash: 'y', paths: { '/ru/x/': { cacheKey: 'k', outputFile: 'ru/%D0%B0/index.html' } } },
      },
    }));
    expect([...pagesOfManifest(dir)].sort()).toEqual(['projects/a/index.html', 'ru/а/index.html']);
  });
});
