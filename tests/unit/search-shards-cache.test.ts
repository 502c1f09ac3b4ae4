// The search index's shards on a rebuild (src/integrations/search-shards.ts): a shard whose pages changed is
// indexed again from its pages' kept Pagefind input where a page is unchanged, and what it writes must be what
// indexing the same pages from nothing writes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import { completeShardStates, indexLanguageInShards, type IndexedPage } from '../../src/integrations/search-shards.ts';
import { mergeSearchIndexes } from '../../src/integrations/pagefind.ts';
import { vocabularyFile } from '../../src/lib/search-preload.ts';
import { outputDifferences } from '../dir-compare.ts';

const PER_SHARD = 3;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-atlas-shard-cache-'));
afterAll(async () => {
  await pagefind.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** A built site of `texts.length` entry pages under `dir`, as the index step reads one. */
function site(dir: string, texts: string[]): IndexedPage[] {
  fs.rmSync(path.join(dir, 'projects'), { recursive: true, force: true });
  return texts.map((text, i) => {
    const url = `/projects/p${i}/`;
    const file = path.join(dir, 'projects', `p${i}`, 'index.html');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `<html lang="en"><body><main data-pagefind-body><h1>Project ${i}</h1><p>${text}</p></main></body></html>`);
    return { file, url, record: { filters: { type: ['Project'] }, meta: { title: `Project ${i}` }, sort: { title: `project ${i}` }, family: `projects/p${i}` } };
  });
}

/** One language's index step, as scripts/index-search.ts runs it: the shards, then shard 0 merged into the primary. */
async function index(dir: string, pages: IndexedPage[]) {
  const cacheDir = path.join(dir, 'cache');
  const result = await indexLanguageInShards(dir, 'en', pages, { info: () => {} }, { cacheDir, primaryPart: 'part', pagesPerShard: PER_SHARD });
  if (fs.existsSync(path.join(dir, 'part'))) {
    mergeSearchIndexes(dir, ['part'], { keep: true });
    completeShardStates(dir, 'en', cacheDir);
  }
  return result;
}

/** The index files a rebuild must get right: every shard but the primary's part, the vocabulary, the sort order. */
const indexOf = (dir: string) => path.join(dir, 'pagefind');

const TEXTS = Array.from({ length: 12 }, (_, i) => `mediation training ${['alpha', 'beta', 'gamma'][i % 3]} number${i}`);

describe('a shard indexed again', () => {
  const kept = path.join(scratch, 'kept');
  const fresh = path.join(scratch, 'fresh');

  it('writes what indexing from nothing writes, after one page is edited', async () => {
    await index(kept, site(kept, TEXTS));
    const edited = TEXTS.map((t, i) => (i === 5 ? `${t} ombudsperson` : t));
    const { indexed } = await index(kept, site(kept, edited));
    expect(indexed).toBe(1);
    await index(fresh, site(fresh, edited));
    expect(outputDifferences(indexOf(kept), indexOf(fresh))).toEqual([]);
    expect(fs.readFileSync(path.join(kept, vocabularyFile('en')), 'utf8')).toBe(fs.readFileSync(path.join(fresh, vocabularyFile('en')), 'utf8'));
    expect(fs.readFileSync(path.join(kept, vocabularyFile('en')), 'utf8')).toContain('ombudsperson 1');
  });

  it('takes an unchanged page’s input from what was kept, not from cutting the page down again', async () => {
    const cacheFiles = fs.readdirSync(path.join(kept, 'cache')).filter((n) => n.endsWith('.pages.json'));
    expect(cacheFiles.length).toBe(TEXTS.length / PER_SHARD);
    // Mark every kept page: a kept page's words come back in the vocabulary as they were kept.
    for (const name of cacheFiles) {
      const file = path.join(kept, 'cache', name);
      const cache = JSON.parse(fs.readFileSync(file, 'utf8'));
      for (const page of Object.values(cache.data) as [string, string, string[]][]) page[2].push('keptmark');
      fs.writeFileSync(file, JSON.stringify(cache));
    }
    const edited = TEXTS.map((t, i) => (i === 5 ? `${t} ombudsman` : t));
    await index(kept, site(kept, edited));
    const shardOfEdited = fs.readFileSync(path.join(kept, vocabularyFile('en')), 'utf8');
    // The edited page was cut down again (no mark); the other pages of its shard were kept (marked); the shards
    // that did not change were not read at all, and their words come from their states.
    expect(shardOfEdited).toMatch(new RegExp(`^keptmark ${PER_SHARD - 1}$`, 'm'));
  });

  it('finds a page rewritten to the same size (its time says it was written)', async () => {
    const before = TEXTS.map((t, i) => (i === 5 ? `${t} ombudsman` : t));
    const same = before.map((t, i) => (i === 7 ? t.replace('beta', 'zeta') : t));
    expect(same[7]).not.toBe(before[7]);
    expect(same[7].length).toBe(before[7].length);
    const file = path.join(kept, 'projects', 'p7', 'index.html');
    const html = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, html.replace(before[7], same[7]));
    const pages = site(fresh, same).map((p) => ({ ...p, file: path.join(kept, path.relative(fresh, p.file)) }));
    const { indexed } = await index(kept, pages);
    expect(indexed).toBe(1);
    await index(fresh, site(fresh, same));
    expect(outputDifferences(indexOf(kept), indexOf(fresh))).toEqual([]);
  });

  it('forgets the kept pages of shards a smaller catalogue no longer has', async () => {
    await index(kept, site(kept, TEXTS.slice(0, 2 * PER_SHARD)));
    expect(fs.readdirSync(path.join(kept, 'cache')).filter((n) => n.endsWith('.pages.json')).sort()).toEqual(['en-0.pages.json', 'en-1.pages.json']);
  });
});
