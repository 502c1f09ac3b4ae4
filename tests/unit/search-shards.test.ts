// The rules of the sharded search index (src/lib/search-shards.ts): how many shards, which page in which,
// and the order a sorted search across shards is given back in.
import { describe, expect, it } from 'vitest';
import { MAX_SHARDS, mergedShardUrls, orderResults, shardCount, shardFolder, shardOf, sortOrderOf, type SortablePage } from '../../src/lib/search-shards.ts';

describe('shardCount', () => {
  it('keeps a small catalogue in one index and cuts a large one into at most MAX_SHARDS', () => {
    expect(shardCount(0, 100)).toBe(1);
    expect(shardCount(199, 100)).toBe(1);
    expect(shardCount(200, 100)).toBe(2);
    expect(shardCount(450, 100)).toBe(4);
    expect(shardCount(1_000_000, 100)).toBe(MAX_SHARDS);
  });

  it('refuses a shard size that is not a positive whole number, naming it', () => {
    expect(() => shardCount(10, 0)).toThrow(/positive whole number, not 0/);
    expect(() => shardCount(10, Number('x'))).toThrow(/not NaN/);
  });
});

describe('shardOf', () => {
  const families = Array.from({ length: 4000 }, (_, i) => `projects/project-${i}`);

  it('puts a family in the same shard every time, within range', () => {
    for (const f of families.slice(0, 50)) {
      const k = shardOf(f, 7);
      expect(k).toBeGreaterThanOrEqual(0);
      expect(k).toBeLessThan(7);
      expect(shardOf(f, 7)).toBe(k);
    }
  });

  it('spreads families evenly enough that no shard holds much more than its share', () => {
    const sizes = new Array(8).fill(0);
    for (const f of families) sizes[shardOf(f, 8)]++;
    // 500 expected per shard; a hash this even stays within a fifth of it for 4,000 keys.
    for (const size of sizes) expect(Math.abs(size - 500)).toBeLessThan(100);
  });

  it('matches FNV-1a 32-bit on a known value', () => {
    // FNV-1a("a") = 0xe40c292c, by the published test vectors of the algorithm.
    expect(shardOf('a', 2 ** 32 - 1)).toBe(0xe40c292c % (2 ** 32 - 1));
  });
});

describe('shard folders', () => {
  it('keep shard 0 in the primary index and the others in folders of their language', () => {
    expect(shardFolder('en', 0)).toBe('pagefind');
    expect(shardFolder('ru', 3)).toBe('pagefind/ru-3');
    expect(mergedShardUrls('ru', 3)).toEqual(['/pagefind/ru-1/', '/pagefind/ru-2/']);
    expect(mergedShardUrls('en', 1)).toEqual([]);
  });
});

const pages: SortablePage[] = [
  { id: 'en_c', url: '/projects/c/', sort: { title: 'beta', date: '2019-03' } },
  { id: 'en_a', url: '/projects/a/', sort: { title: 'alpha' } },
  { id: 'en_d', url: '/projects/d/', sort: { title: 'beta', date: '2017' } },
  { id: 'en_b', url: '/projects/b/', sort: { title: 'Zeta', date: '2019-03' } },
];

describe('sortOrderOf', () => {
  it('orders by title as Pagefind compares text (by code point) and by date, leaving out the undated', () => {
    // 'Zeta' < 'alpha' by code point; the two 'beta' titles by their addresses (/c/ before /d/).
    expect(sortOrderOf(pages).title).toEqual(['en_b', 'en_a', 'en_c', 'en_d']);
    // 2017 first; the two 2019-03 by address (/b/ before /c/); /a/ has no date.
    expect(sortOrderOf(pages).date).toEqual(['en_d', 'en_b', 'en_c']);
  });

  it('does not depend on the order the shards hand their pages in', () => {
    expect(sortOrderOf([...pages].reverse())).toEqual(sortOrderOf(pages));
  });
});

describe('orderResults', () => {
  const order = sortOrderOf(pages);
  // As Pagefind's merged search returns them: by score.
  const results = [{ id: 'en_a', score: 9 }, { id: 'en_d', score: 5 }, { id: 'en_b', score: 3 }];

  it('puts results merged from several shards in the order asked for', () => {
    expect(orderResults(results, order, { title: 'asc' }).map((r) => r.id)).toEqual(['en_b', 'en_a', 'en_d']);
    expect(orderResults(results, order, { date: 'asc' }).map((r) => r.id)).toEqual(['en_d', 'en_b']);
    expect(orderResults(results, order, { date: 'desc' }).map((r) => r.id)).toEqual(['en_b', 'en_d']);
  });

  it('refuses a sort it has no order for', () => {
    expect(() => orderResults(results, order, { popularity: 'asc' })).toThrow(/no sort order for "popularity"/);
  });
});
