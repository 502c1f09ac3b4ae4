// Counts in the built site: every content file is exactly one page and one search record,
// and no internal link points at a page that does not exist.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtHtml, builtPages, contentFiles, DIST } from '../helpers.ts';
import { COLLECTIONS } from '../../src/schemas/vocabularies.ts';

const pages = builtPages();
const files = contentFiles();

describe('the built site', () => {
  it('has exactly one page per content file, and one index per collection', () => {
    for (const c of COLLECTIONS) {
      const expected = files.filter((f) => f.collection === c).map((f) => `/${c}/${f.id}/`).sort();
      const built = pages.filter((p) => p.startsWith(`/${c}/`) && p !== `/${c}/`);
      expect(built, c).toEqual(expected);
      expect(pages).toContain(`/${c}/`);
    }
  });

  it('has exactly one search record per content file', () => {
    const entry = JSON.parse(fs.readFileSync(path.join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(files.length);
    const indexed = pages.filter((p) => builtHtml(p).includes('data-pagefind-body'));
    expect(indexed.length).toBe(files.length);
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
});
