// Every built page is findable and shareable: unique title and description, canonical URL,
// Open Graph tags, JSON-LD on entries, and every entry in the sitemap and the feed.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtHtml, builtPages, contentFiles, DIST } from '../helpers.ts';

const pages = builtPages().filter((p) => p.endsWith('/') || p === '/404.html');
const files = contentFiles();
const attr = (html: string, re: RegExp) => re.exec(html)?.[1];

describe('metadata of built pages', () => {
  const meta = pages.map((page) => {
    const html = builtHtml(page);
    return {
      page, html,
      title: attr(html, /<title>([^<]*)<\/title>/),
      description: attr(html, /<meta name="description" content="([^"]*)"/),
      canonical: attr(html, /<link rel="canonical" href="([^"]*)"/),
      ogTitle: attr(html, /<meta property="og:title" content="([^"]*)"/),
    };
  });

  it('every page has a title, a description, a canonical URL and Open Graph tags', () => {
    for (const m of meta) {
      expect(m.title, m.page).toBeTruthy();
      expect(m.description, m.page).toBeTruthy();
      expect(m.ogTitle, m.page).toBeTruthy();
      if (m.page !== '/404.html') expect(new URL(m.canonical!).pathname, m.page).toBe(m.page);
    }
  });

  it('titles are unique', () => {
    const seen = new Map<string, string>();
    const clashes = meta.filter((m) => seen.has(m.title!) || !seen.set(m.title!, m.page)).map((m) => `${m.page} = ${seen.get(m.title!)}`);
    expect(clashes).toEqual([]);
  });

  it('every entry page has parseable JSON-LD naming the entry', () => {
    for (const f of files) {
      const html = builtHtml(`/${f.collection}/${f.id}/`);
      const json = attr(html, /<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
      const ld = JSON.parse(json!);
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld.url.endsWith(`/${f.collection}/${f.id}/`)).toBe(true);
    }
  });
});

describe('sitemap and feeds', () => {
  it('the sitemap lists every entry page', () => {
    const xml = fs.readdirSync(DIST).filter((n) => /^sitemap-\d+\.xml$/.test(n)).map((n) => fs.readFileSync(path.join(DIST, n), 'utf8')).join('');
    for (const f of files) expect(xml).toContain(`/${f.collection}/${f.id}/</loc>`);
    expect(fs.readFileSync(path.join(DIST, 'robots.txt'), 'utf8')).toMatch(/Sitemap: .*sitemap-index\.xml/);
  });

  it('the site feed has one item per entry, and each collection feed one per entry of it', () => {
    const items = (file: string) => fs.readFileSync(path.join(DIST, file), 'utf8').split('<item>').length - 1;
    expect(items('rss.xml')).toBe(files.length);
    for (const c of new Set(files.map((f) => f.collection))) {
      expect(items(`${c}/rss.xml`), c).toBe(files.filter((f) => f.collection === c).length);
    }
  });
});
