// Counts in the built site: every content file is exactly one page and one search record,
// no internal link points at a page that does not exist, and entry pages stay small whatever the catalogue.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtHtml, builtPages, contentFiles, DIST, listCapOf, realGraph } from '../helpers.ts';
import { COLLECTIONS } from '../../src/schemas/vocabularies.ts';
import { DEFAULT_LANG, LANGS } from '../../src/i18n/langs.ts';
import { citingEntriesOf, connectedGroupsOf } from '../../src/lib/entry-view.ts';
import { cappedLists, HUB_LIST_PAGE_SIZE } from '../../src/lib/hub-lists.ts';

const pages = builtPages();
const files = contentFiles();
/**
 * An entry page is /<collection>/<slug>/; deeper pages under it are its full lists. /<collection>/<n>/ is a page of
 * the collection's index (a slug is never digits alone).
 */
const isEntryPage = (p: string, c: string) => new RegExp(`^/${c}/[^/]+/$`).test(p) && !isIndexPage(p, c);
const isIndexPage = (p: string, c: string) => new RegExp(`^/${c}/(\\d+/)?$`).test(p);

describe('the built site', () => {
  it('has exactly one page per content file, and one index per collection', () => {
    for (const c of COLLECTIONS) {
      const expected = files.filter((f) => f.collection === c).map((f) => `/${c}/${f.id}/`).sort();
      const built = pages.filter((p) => isEntryPage(p, c));
      expect(built, c).toEqual(expected);
      expect(pages).toContain(`/${c}/`);
    }
  });

  it('has exactly one search record per content file in each language', () => {
    const entry = JSON.parse(fs.readFileSync(path.join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(files.length);
    expect(entry.languages.ru.page_count).toBe(files.length);
    const indexed = pages.filter((p) => builtHtml(p).includes('data-pagefind-body'));
    expect(indexed.filter((p) => !p.startsWith('/ru/')).length).toBe(files.length);
    expect(indexed.filter((p) => p.startsWith('/ru/')).length).toBe(files.length);
  });

  it('keeps the space between words and inline links or code (a line break in a template must not eat it)', () => {
    const glued: string[] = [];
    for (const page of pages) {
      const text = builtHtml(page).replace(/<(script|style|pre)[\s\S]*?<\/\1>/g, '');
      for (const m of text.matchAll(/[A-Za-z0-9,;:]<(a|code|strong|em|time)[ >]|<\/(a|code|strong|em|time)>[A-Za-z(]/g)) {
        glued.push(`${page}: …${text.slice(Math.max(0, m.index! - 20), m.index! + 20)}…`);
      }
    }
    expect(glued).toEqual([]);
  });

  it('has no broken internal links', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const html = builtHtml(page);
      for (const [, href] of html.matchAll(/href="(\/[^"#?]*)[^"]*"/g)) {
        const target = path.join(DIST, decodeURI(href));
        const exists = fs.existsSync(href.endsWith('/') ? path.join(target, 'index.html') : target);
        if (!exists) broken.push(`${page} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('entry pages load no script file, only the small inline "/" shortcut and colour-scheme toggle', () => {
    for (const page of pages.filter((p) => /^\/(missions|projects|subprojects)\/.+\//.test(p))) {
      const html = builtHtml(page);
      expect(html, page).not.toMatch(/<script[^>]*\ssrc=/);
      const inline = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
      // 1200, not 600: the colour-scheme toggle's script (about 250 bytes, in ThemeToggle.astro) joined the
      // "/" shortcut (about 430 bytes); the limit still keeps entry pages free of any real client code.
      expect(inline.join('').length, page).toBeLessThan(1200);
    }
  });

  it('has full list pages for exactly the lists an entry page caps, HUB_LIST_PAGE_SIZE entries to a page', () => {
    const expected = cappedLists(realGraph()).flatMap(({ list }) =>
      Array.from({ length: Math.ceil(list.count / HUB_LIST_PAGE_SIZE) }, (_, i) => (i === 0 ? list.more!.href : `${list.more!.href}${i + 1}/`)));
    const built = pages.filter((p) => COLLECTIONS.some((c) => p.startsWith(`/${c}/`) && !isEntryPage(p, c) && !isIndexPage(p, c)));
    expect(built).toEqual(expected.sort());
  });
});

describe('entry pages stay small', () => {
  const graph = realGraph();
  const entryPages = files.map((f) => `/${f.collection}/${f.id}/`);
  /** The lists on a built page: heading count, linked entries, and the "All …" link if any. */
  const listsOn = (html: string) => [...html.matchAll(/<section class="(?:connections|cited-by)" aria-labelledby="([^"]+)">([\s\S]*?)<\/section>/g)].map(([, id, body]) => ({
    id,
    count: Number(/<h2[^>]*>[^<]*<span class="count">\((\d+)\)<\/span><\/h2>/.exec(body)?.[1]),
    shown: [...body.matchAll(/<li><a href="([^"]+)"/g)].map((m) => m[1]),
    more: /<p class="more"[^>]*><a href="([^"]+)">All (\d+) /.exec(body) ?? undefined,
  }));
  /** Every entry on a full list, following its pages by rel="next". */
  const fullList = (href: string) => {
    const items: string[] = [];
    const seen = new Set<string>();
    for (let page: string | undefined = href; page && !seen.has(page); ) {
      seen.add(page);
      const html = builtHtml(page);
      const list = /<ul class="entry-list">([\s\S]*?)<\/ul>/.exec(html)![1];
      items.push(...[...list.matchAll(/<li><a href="([^"]+)"/g)].map((m) => m[1]));
      expect(html, page).not.toContain('data-pagefind-body');
      page = /<a href="([^"]+)" rel="next"/.exec(html)?.[1];
    }
    return items;
  };

  it('every entry page is at most 30 KB, in every language', () => {
    // Russian pages are the longer ones: Cyrillic takes two bytes a letter in UTF-8.
    const pages = LANGS.flatMap((lang) => entryPages.map((p) => (lang === DEFAULT_LANG ? p : `/${lang}${p}`)));
    expect(pages.length).toBe(entryPages.length * LANGS.length);
    const sizes = pages.map((p) => ({ p, bytes: fs.statSync(path.join(DIST, p, 'index.html')).size }));
    expect(sizes.filter((s) => s.bytes > 30 * 1024)).toEqual([]);
  });

  it('each list shows its heading count, or the first of them up to its cap and a link to a full list of that count', () => {
    let capped = 0;
    for (const entry of graph.entries) {
      const page = `/${entry.collection}/${entry.id}/`;
      const lists = listsOn(builtHtml(page));
      // The counts come from the graph: every entry linking here, by collection, and every entry citing a source.
      const expected = [
        ...connectedGroupsOf(graph, entry).map((g) => [`connected-${g.collection}`, g.entries.length]),
        ...(entry.collection === 'sources' && citingEntriesOf(graph, entry).length ? [['cited-by', citingEntriesOf(graph, entry).length]] : []),
      ];
      expect(lists.map((l) => [l.id, l.count]), page).toEqual(expected);
      for (const l of lists) {
        const where = `${page} ${l.id}`;
        if (!l.more) {
          expect(l.shown.length, where).toBe(l.count);
          continue;
        }
        capped++;
        const cap = listCapOf(entry, l.id.replace(/^connected-/, ''));
        expect(l.shown.length, where).toBe(cap);
        expect(Number(l.more[2]), where).toBe(l.count);
        const all = fullList(l.more[1]);
        expect(all.length, where).toBe(l.count);
        expect(new Set(all).size, where).toBe(l.count);
        expect(all.slice(0, cap), where).toEqual(l.shown);
      }
    }
    // The real content has lists longer than the cap (sources cited by many entries), so the path is exercised.
    expect(capped).toBe(cappedLists(graph).length);
    expect(capped).toBeGreaterThan(0);
  });
});


describe('links in entry bodies', () => {
  const files = contentFiles();
  const prose = (html: string) => /<div class="prose">([\s\S]*?)<\/div>\s*(?:<section|<nav|<p class="print-only"|<p class="page-meta")/.exec(html)?.[1] ?? '';
  it('link other entries, never the entry itself, never inside a heading', () => {
    let linked = 0;
    for (const f of files) {
      const self = `/${f.collection}/${f.id}/`;
      const body = prose(builtHtml(self));
      const hrefs = [...body.matchAll(/<a href="(\/[a-z]+\/[^"#]+\/)"/g)].map((m) => m[1]);
      expect(hrefs, self).not.toContain(self);
      // Each entry is linked at most once from one body (its first mention).
      expect(hrefs.length, self).toBe(new Set(hrefs).size);
      for (const h of body.matchAll(/<h[2-6][^>]*>([\s\S]*?)<\/h[2-6]>/g)) expect(h[1], self).not.toContain('<a ');
      linked += hrefs.length;
    }
    // Bodies name other entries all the time (the Tajikistan country page names the OSCE and the Women's Resource Centres).
    const tajikistan = prose(builtHtml('/countries/tajikistan/'));
    expect(tajikistan).toContain('href="/organizations/tajikistan-womens-resource-centres/"');
    expect(linked).toBeGreaterThan(files.length);
  });
});
