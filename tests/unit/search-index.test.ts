// What Pagefind is given for an entry page, the variants added, the regions and the sort date.
import { describe, expect, it } from 'vitest';
import { countWords, prepareForIndex, textOf } from '../../src/lib/search-index.ts';
import { REGION_OF, regionsOf } from '../../src/lib/regions.ts';
import { searchRegions, searchSortDate } from '../../src/lib/search-facts.ts';
import { realGraph } from '../helpers.ts';

const page = `<!doctype html><html lang="en"><head><title>x</title><script type="application/ld+json">{"a":"organisation"}</script></head>
<body><header>Site nav centre</header><div class="entry-page" data-pagefind-body><h1>SOVA Center</h1><p>An organisation for women &amp; men.</p></div>
<footer>foot</footer></body></html>`;

describe('the page Pagefind indexes', () => {
  const prepared = prepareForIndex(page, 'x/index.html');
  it('keeps the language and the indexed part, not the head or what comes before it', () => {
    expect(prepared.html.startsWith('<html lang="en"><body><div data-pagefind-body><div class="entry-page" data-indexed><h1 data-pagefind-weight="10">SOVA Center</h1>')).toBe(true);
    expect(prepared.html).not.toContain('Site nav');
    expect(prepared.html).not.toContain('foot');
    expect(prepared.html).not.toContain('ld+json');
  });
  it('adds the other spellings of its words after its own text, and counts them as its words', () => {
    const added = /<\/div><p>⸻ ([^<]*)<\/p><\/div><\/body><\/html>$/.exec(prepared.html)?.[1].split(' ');
    expect(added).toEqual(expect.arrayContaining(['centre', 'organization', 'woman']));
    expect(added).not.toContain('center');
    for (const w of ['sova', 'center', 'centre', 'organisation', 'organization', 'women', 'woman', 'men']) expect(prepared.words).toContain(w);
  });
  it('adds a spelling that only the ignored parts hold (Pagefind does not index them)', () => {
    const p = prepareForIndex('<html lang="en"><body><div data-pagefind-body><nav data-pagefind-ignore><a>Organizations</a></nav><p>Civil society organisations.</p></div></body></html>', 'i');
    expect(p.html).toMatch(/⸻ [^<]*\borganizations\b/);
  });
  it('cuts out the parts about other entries: trail, connections, rail', () => {
    const p = prepareForIndex('<html lang="en"><body><div data-pagefind-body><nav class="breadcrumbs"><a>Organizations</a></nav><p>Own words.</p>'
      + '<section class="connections" aria-labelledby="c"><h2>Connected</h2><ul><li>Other entry</li></ul></section>'
      + '<aside class="entry-rail" aria-label="x"><p>Facts</p></aside></div></body></html>', 'r');
    // Cut out of the copy Pagefind reads, not only marked: it need not carry or parse them.
    for (const part of ['breadcrumbs', 'connections', 'entry-rail', 'Organizations', 'Other entry', 'Facts']) expect(p.html).not.toContain(part);
    expect(p.html).toContain('<p>Own words.</p>');
    expect([...p.words].sort()).toEqual(['own', 'words']);
  });
  it('leaves out the interface around the text: the type, the citation, related entries, the section navigation', () => {
    const p = prepareForIndex('<html lang="en"><body><div data-pagefind-body><nav class="section-nav"><a>Sibling</a></nav>'
      + '<header><p class="eyebrow">Project</p><h1>Title</h1></header><p>Own words.</p>'
      + '<section class="related"><h2>Related entries</h2></section><section class="cite"><h2>Cite</h2><p class="cite-text">Atlas</p></section>'
      + '<p class="callout callout-disagree">Sources disagree</p></div></body></html>', 'u');
    expect([...p.words].sort()).toEqual(['own', 'title', 'words']);
  });
  it('weights the title, the other names and the summary, and keeps the names and summary as result metadata', () => {
    const p = prepareForIndex('<html lang="ru"><body><div data-pagefind-body><header><h1 lang="en">Title</h1><p class="aliases">Also: <span>Other</span></p>'
      + '<p class="summary" lang="en">Short.</p></header><div class="prose"><h2>Part</h2><p class="summary">Not the entry’s.</p></div></div></body></html>', 'q');
    expect(p.html).toContain('<h1 data-pagefind-weight="10" lang="en">Title</h1>');
    expect(p.html).toContain('<p class="aliases" data-pagefind-weight="8" data-pagefind-meta="aliases">');
    expect(p.html).toContain('<p class="summary" data-pagefind-weight="3" data-pagefind-meta="summary" lang="en">Short.</p>');
    expect(p.html).toContain('<h2>Part</h2><p class="summary">Not the entry’s.</p>');
  });
  it('matches a class name whole: "cite-text" alone is not the citation block', () => {
    const p = prepareForIndex('<html lang="en"><body><div data-pagefind-body><p class="cite-text">Quoted words</p></div></body></html>', 'w');
    expect([...p.words].sort()).toEqual(['quoted', 'words']);
  });
  it('keeps nested elements of the indexed part whole', () => {
    const nested = prepareForIndex('<html lang="en"><body><div data-pagefind-body><div><p>a</p></div><div>b</div></div><div>after</div></body></html>', 'n');
    expect(nested.html).toContain('<div data-indexed><div><p>a</p></div><div>b</div></div>');
    expect(nested.html).not.toContain('after');
  });
  it('fails on a page without an indexed part, naming it', () => {
    expect(() => prepareForIndex('<html><body>nothing</body></html>', 'projects/x/index.html')).toThrow(/projects\/x\/index.html: no element marked data-pagefind-body/);
  });
  it('reads text with entities decoded', () => {
    expect(textOf('<p>a &amp; b&#39;s &#x41;</p>').trim()).toBe("a & b's A");
  });
  it('counts each word once per page', () => {
    const counts = new Map<string, number>();
    countWords(counts, new Set(['dushanbe', 'of', '2018']));
    countWords(counts, new Set(['dushanbe']));
    expect(Object.fromEntries(counts)).toEqual({ dushanbe: 2 });
  });
});

describe('regions and sort dates of the real entries', () => {
  const graph = realGraph();
  it('every country in the catalogue has a region', () => {
    for (const c of graph.list('countries')) expect(REGION_OF[c.data.code], c.id).toBeTruthy();
  });
  it('gives a country its region, and work its countries\' regions', () => {
    expect(searchRegions(graph, graph.get({ collection: 'countries', id: 'tajikistan' })!)).toEqual(['Central Asia']);
    expect(searchRegions(graph, graph.get({ collection: 'countries', id: 'kosovo' })!)).toEqual(['South-Eastern Europe']);
    expect(searchRegions(graph, graph.get({ collection: 'countries', id: 'armenia' })!)).toEqual(['South Caucasus']);
  });
  it('reaches the Central Asian events that name no country, from their own words', () => {
    expect(graph.get({ collection: 'projects', id: 'central-asia-networking-event-2022' })!.data.countries ?? []).toEqual([]);
    expect(searchRegions(graph, graph.get({ collection: 'projects', id: 'central-asia-networking-event-2022' })!)).toEqual(['Central Asia']);
    // The 2023 event names neither a country nor a region; it sits between the 2022 event and the 2024 conference.
    expect(searchRegions(graph, graph.get({ collection: 'projects', id: 'central-asia-networking-event-2023' })!)).toEqual(['Central Asia']);
  });
  it('reads a region named in words', () => {
    expect(regionsOf([], 'work in the South Caucasus')).toEqual(['South Caucasus']);
    expect(regionsOf(['UA'], 'nothing')).toEqual(['Eastern Europe']);
  });
  it('sorts work by its own dates, a subproject by its project\'s, and a person by a dated position', () => {
    expect(searchSortDate(graph, graph.get({ collection: 'projects', id: 'regional-networking-conference-2024' })!)).toBe('2024-05-21');
    expect(searchSortDate(graph, graph.get({ collection: 'missions', id: 'osce-academy-in-bishkek' })!)).toBe('2002');
    const sub = graph.get({ collection: 'subprojects', id: 'conference-2024-digital-safety-training' })!;
    expect(sub.data.start).toBeUndefined();
    expect(searchSortDate(graph, sub)).toBe('2024-05-21');
  });
});
