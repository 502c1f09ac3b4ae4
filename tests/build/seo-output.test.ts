// Every built page is findable and shareable: unique title and description, canonical URL,
// Open Graph tags, JSON-LD on entries, and every entry in the sitemap and the feed.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtHtml, builtPages, contentFiles, DIST } from '../helpers.ts';

const pages = builtPages().filter((p) => p.endsWith('/') || p === '/404.html');
const files = contentFiles();
const attr = (html: string, re: RegExp) => re.exec(html)?.[1];
// The site's public address the build was given (SITE_URL), read back from robots.txt: absent in a plain
// `npm test`, present in a deploy build; either way the pages must be consistent with it.
const robots = fs.readFileSync(path.join(DIST, 'robots.txt'), 'utf8');
const site = /^Sitemap: (https?:\/\/[^/]+\/)sitemap-index\.xml$/m.exec(robots)?.[1];

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
      // An error page has no canonical address (src/layouts/Base.astro): the English /404.html and its twins (/ru/404/).
      if (m.page === '/404.html' || /^\/[a-z]{2}\/404\/$/.test(m.page)) continue;
      // Absolute on the configured site; the page's own path when the build has no address.
      expect(m.canonical, m.page).toBe(site ? new URL(m.page, site).href : m.page);
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
  const sitemaps = fs.readdirSync(DIST).filter((n) => /^sitemap-\d+\.xml$/.test(n));
  it('with the site’s address a sitemap of every entry page, named in robots.txt; without it none, and feeds say why', () => {
    if (site) {
      const xml = sitemaps.map((n) => fs.readFileSync(path.join(DIST, n), 'utf8')).join('');
      for (const f of files) expect(xml).toContain(`<loc>${site}${f.collection}/${f.id}/</loc>`);
      return;
    }
    expect(sitemaps).toEqual([]);
    expect(robots).toBe('User-agent: *\nAllow: /\n');
    expect(builtHtml('/')).not.toContain('/sitemap-index.xml');
    const feed = fs.readFileSync(path.join(DIST, 'rss.xml'), 'utf8');
    expect(feed).toContain('built without its public address (SITE_URL)');
    expect(feed).not.toMatch(/\.invalid|example\.org/);
    const links = [...feed.matchAll(/<link>([^<]*)<\/link>/g)].map((m) => m[1]);
    expect(links.slice(1).sort()).toEqual(files.map((f) => `/${f.collection}/${f.id}/`).sort());
  });

  it('the site feed has one item per entry, and each collection feed one per entry of it', () => {
    const items = (file: string) => fs.readFileSync(path.join(DIST, file), 'utf8').split('<item>').length - 1;
    expect(items('rss.xml')).toBe(files.length);
    for (const c of new Set(files.map((f) => f.collection))) {
      expect(items(`${c}/rss.xml`), c).toBe(files.filter((f) => f.collection === c).length);
    }
  });
});
