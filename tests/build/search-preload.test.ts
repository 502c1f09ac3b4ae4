// The search page preloads the Pagefind files its first query needs; the hints are added after Pagefind
// has named them, so they are checked against the built index as well as on their own.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtHtml, DIST } from '../helpers.ts';
import { pagefindInitFiles, preloadLinks, SCRIPT_PRELOAD, withSearchPreloads } from '../../src/lib/search-preload.ts';

describe('pagefindInitFiles', () => {
  it('names the metadata and WebAssembly of the language with the most pages', () => {
    const entry = { languages: { fr: { hash: 'fr_1', wasm: 'fr', page_count: 3 }, en: { hash: 'en_abc', wasm: 'en', page_count: 90 } } };
    expect(pagefindInitFiles(entry)).toEqual(['/pagefind/pagefind.en_abc.pf_meta', '/pagefind/wasm.en.pagefind']);
  });
  it('leaves out the WebAssembly when Pagefind names none (it then uses its generic one, found at run time)', () => {
    expect(pagefindInitFiles({ languages: { en: { hash: 'en_1', wasm: null, page_count: 1 } } })).toEqual(['/pagefind/pagefind.en_1.pf_meta']);
  });
  it('refuses an index with no language, rather than preloading nothing silently', () => {
    expect(() => pagefindInitFiles({ languages: {} })).toThrow(/no language/);
  });
});

describe('withSearchPreloads', () => {
  const page = `<head><title>Search</title>${SCRIPT_PRELOAD}<link rel="stylesheet" href="/a.css"></head>`;
  it('puts the hints right after the script preload, so they start with the page', () => {
    const out = withSearchPreloads(page, ['/pagefind/x.pf_meta']);
    expect(out).toBe(`<head><title>Search</title>${SCRIPT_PRELOAD}<link rel="preload" as="fetch" crossorigin href="/pagefind/x.pf_meta"><link rel="stylesheet" href="/a.css"></head>`);
  });
  it('adds them once, however often it runs', () => {
    const once = withSearchPreloads(page, ['/pagefind/x.pf_meta']);
    expect(withSearchPreloads(once, ['/pagefind/x.pf_meta'])).toBe(once);
  });
  it('replaces the hints and shard list an earlier run left (a page kept from the last build) with this run\'s', () => {
    const earlier = withSearchPreloads(page, ['/pagefind/old.pf_meta', '/pagefind/en-1/pagefind-entry.json'], ['/pagefind/en-1/']);
    expect(earlier).toContain('<meta name="search-shards" content="/pagefind/en-1/">');
    const now = withSearchPreloads(earlier, ['/pagefind/new.pf_meta']);
    expect(now).toBe(withSearchPreloads(page, ['/pagefind/new.pf_meta']));
    expect(now).not.toContain('search-shards');
    expect(withSearchPreloads(earlier, ['/pagefind/new.pf_meta'], ['/pagefind/en-1/', '/pagefind/en-2/'])).toBe(
      `<head><title>Search</title>${SCRIPT_PRELOAD}<meta name="search-shards" content="/pagefind/en-1/ /pagefind/en-2/"><link rel="preload" as="fetch" crossorigin href="/pagefind/new.pf_meta"><link rel="stylesheet" href="/a.css"></head>`);
  });
  it('fails loudly when the search page has lost its script preload', () => {
    expect(() => withSearchPreloads('<head></head>', ['/x'])).toThrow(/modulepreload/);
  });
  it('marks them crossorigin, which is what lets Pagefind\'s fetch() reuse them', () => {
    expect(preloadLinks(['/a'])).toContain('crossorigin');
  });
});

describe('the built search page', () => {
  it('preloads exactly the files the built Pagefind index fetches on init, and they exist', () => {
    const entry = JSON.parse(fs.readFileSync(path.join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
    const html = builtHtml('/search/');
    const preloaded = [...html.matchAll(/<link rel="preload" as="fetch" crossorigin href="([^"]+)">/g)].map((m) => m[1]);
    expect(preloaded).toEqual(pagefindInitFiles(entry));
    expect(preloaded.some((h) => h.endsWith('.pf_meta'))).toBe(true);
    for (const href of preloaded) expect(fs.existsSync(path.join(DIST, href)), href).toBe(true);
  });
});
