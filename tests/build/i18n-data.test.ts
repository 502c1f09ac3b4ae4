// The Russian edition in the built output of the pages/feeds helper: the open data's Russian words, the
// Russian feeds, JSON-LD's inLanguage, GOST citations on Russian pages, the translation-status counts.
// Expected values are read from the files (content/ru/… parsed here with yaml, not through the site's
// loaders) or from the dictionary, never copied from the output.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { builtHtml, DIST, ROOT } from '../helpers.ts';
import { COLLECTIONS } from '../../src/schemas/vocabularies.ts';
import { englishVersionOf } from '../../src/schemas/translation.ts';
import { t } from '../../src/i18n/index.ts';

/** Frontmatter and body of an MDX file, read with yaml alone. */
function readMdx(file: string): { data: Record<string, any>; body: string } {
  const text = fs.readFileSync(file, 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file}: no frontmatter`);
  return { data: parseYaml(m[1]) ?? {}, body: m[2] };
}
const filesIn = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)) : []);
const english = COLLECTIONS.flatMap((c) => filesIn(path.join(ROOT, 'content', c)).map((id) => ({ collection: c, id, ...readMdx(path.join(ROOT, 'content', c, `${id}.mdx`)) })));
const russian = new Map<string, Record<string, any>>(COLLECTIONS.flatMap((c) => filesIn(path.join(ROOT, 'content/ru', c)).map((id) => [`${c}/${id}`, readMdx(path.join(ROOT, 'content/ru', c, `${id}.mdx`)).data] as const)));
const read = (name: string) => fs.readFileSync(path.join(DIST, name), 'utf8');
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&apos;/g, "'").replace(/&amp;/g, '&');

describe('the open data carries the Russian words', () => {
  const entries: any[] = JSON.parse(read('data/entries.json'));

  it('has a Russian translation for the entries the tests rely on', () => {
    expect(russian.size).toBeGreaterThan(100);
  });

  it('entries.json: title_ru and summary_ru are each translation file’s, null where there is none; the English ones unchanged', () => {
    expect(entries).toHaveLength(english.length);
    for (const e of english) {
      const record = entries.find((r) => r.id === `${e.collection}/${e.id}`);
      const ru = russian.get(`${e.collection}/${e.id}`);
      expect(record.title, record.id).toBe(String(e.data.title));
      expect(record.title_ru, record.id).toBe(ru ? String(ru.title) : null);
      expect(record.summary_ru, record.id).toBe(ru ? String(ru.summary) : null);
    }
  });

  it('each collection’s CSV: title_ru and summary_ru after the existing columns, equal to the translation files', () => {
    for (const c of COLLECTIONS) {
      const text = read(`data/${c}.csv`);
      const header = text.split('\n')[0].split(',');
      expect(header.slice(-2), c).toEqual(['title_ru', 'summary_ru']);
      expect(header.slice(0, 2), c).toEqual(['slug', 'url']);
      for (const row of parseCsv(text, { columns: true }) as Record<string, string>[]) {
        const ru = russian.get(`${c}/${row.slug}`);
        expect(row.title_ru, `${c}/${row.slug}`).toBe(ru ? String(ru.title) : '');
        expect(row.summary_ru, `${c}/${row.slug}`).toBe(ru ? String(ru.summary) : '');
      }
    }
  });

  it('the per-entry JSON files carry the same record', () => {
    const [e] = english;
    const record = JSON.parse(read(`${e.collection}/${e.id}.json`));
    expect(record.title_ru).toBe(russian.get(`${e.collection}/${e.id}`)?.title ?? null);
  });

  it('schema.json and datapackage.json describe the new fields', () => {
    const schema = JSON.parse(read('data/schema.json'));
    expect(schema.$defs.record.properties.title_ru.type).toEqual(['string', 'null']);
    expect(schema.$defs.record.required).toEqual(expect.arrayContaining(['title_ru', 'summary_ru']));
    const pkg = JSON.parse(read('data/datapackage.json'));
    for (const c of COLLECTIONS) {
      const fields = pkg.resources.find((r: any) => r.path === `${c}.csv`).schema.fields;
      expect(fields.find((f: any) => f.name === 'title_ru')?.description, c).toMatch(/Russian/);
      expect(fields.find((f: any) => f.name === 'summary_ru')?.description, c).toMatch(/Russian/);
    }
  });
});

describe('the Russian feeds', () => {
  const items = (xml: string) => [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, item]) => ({
    title: decode(/<title>([\s\S]*?)<\/title>/.exec(item)![1]),
    link: /<link>([\s\S]*?)<\/link>/.exec(item)![1],
  }));
  const keyOfLink = (link: string) => /\/ru\/([^/]+)\/([^/]+)\/$/.exec(link)?.slice(1).join('/');

  it('are what the footer offers: a Russian page links /ru/rss.xml, an English one /rss.xml', () => {
    const feedsIn = (page: string) => {
      const footer = /<footer[\s\S]*?<\/footer>/.exec(builtHtml(page))![0];
      return [...footer.matchAll(/href="([^"]*rss\.xml)"/g)].map((m) => m[1]);
    };
    for (const page of ['/', '/projects/', '/data/']) {
      expect(feedsIn(page), page).toEqual(['/rss.xml']);
      expect(feedsIn(`/ru${page}`), page).toEqual(['/ru/rss.xml']);
    }
  });

  it('/ru/rss.xml says it is Russian and lists every entry under its Russian title and /ru/ page', () => {
    const xml = read('ru/rss.xml');
    expect(xml).toContain('<language>ru</language>');
    expect(decode(/<channel><title>([^<]*)<\/title>/.exec(xml)![1])).toBe(t('ru').feeds.allTitle);
    const list = items(xml);
    expect(list).toHaveLength(english.length);
    for (const item of list) {
      const key = keyOfLink(item.link);
      expect(key, item.link).toBeDefined();
      const ru = russian.get(key!);
      if (ru) expect(item.title, key).toBe(String(ru.title));
    }
    expect(list.filter((i) => /[а-яё]/i.test(i.title)).length).toBeGreaterThanOrEqual(russian.size - 5);
  });

  it('each collection has a Russian feed of its own entries', () => {
    for (const c of COLLECTIONS) {
      const xml = read(`ru/${c}/rss.xml`);
      expect(xml, c).toContain('<language>ru</language>');
      expect(decode(/<channel><title>([^<]*)<\/title>/.exec(xml)![1]), c).toBe(t('ru').feeds.collectionTitle(t('ru').collections[c].plural));
      expect(items(xml).every((i) => i.link.includes(`/ru/${c}/`)), c).toBe(true);
    }
  });

  it('the English feed stays English', () => {
    const xml = read('rss.xml');
    expect(xml).toContain('<language>en</language>');
    expect(xml).toContain('<title>Civic Atlas</title>');
    expect(items(xml).every((i) => !i.link.includes('/ru/'))).toBe(true);
  });
});

describe('JSON-LD', () => {
  const ldOf = (page: string) => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(builtHtml(page))![1]);

  it('says inLanguage on every entry page: en on English pages, ru on translated Russian ones, with the Russian name (and the meta description)', () => {
    for (const e of english) {
      const en = ldOf(`/${e.collection}/${e.id}/`);
      expect(en.inLanguage, e.id).toBe('en');
      expect(en.name).toBe(String(e.data.title));
      const ru = russian.get(`${e.collection}/${e.id}`);
      const ld = ldOf(`/ru/${e.collection}/${e.id}/`);
      expect(ld.inLanguage, e.id).toBe(ru ? 'ru' : 'en');
      if (ru) {
        expect(ld.name, e.id).toBe(String(ru.title));
        // The summary is the page's meta description (JSON-LD does not repeat it).
        const meta = /<meta name="description" content="([^"]*)"/.exec(builtHtml(`/ru/${e.collection}/${e.id}/`))![1];
        expect(decode(meta), e.id).toBe(String(ru.summary).trim());
        expect(ld['@id'], e.id).toMatch(new RegExp(`/ru/${e.collection}/${e.id}/$`));
      }
    }
  });
});

describe('citations on Russian pages', () => {
  const sample = english.filter((e) => russian.has(`${e.collection}/${e.id}`)).slice(0, 12);
  const citeSection = (html: string) => /<section class="cite"[\s\S]*?<\/section>/.exec(html)![0];

  it('give GOST R 7.0.5-2008 first, with the Russian title, the /ru/ address and the access date', () => {
    for (const e of sample) {
      const html = citeSection(builtHtml(`/ru/${e.collection}/${e.id}/`));
      const gost = /data-format="[^"]*"><p class="cite-text">([\s\S]*?)<\/p>/.exec(html)![1];
      const text = decode(gost.replace(/<[^>]*>/g, ''));
      expect(html.indexOf(t('ru').pages.citation.gostName), e.id).toBeGreaterThan(-1);
      expect(text, e.id).toContain(String(russian.get(`${e.collection}/${e.id}`)!.title));
      expect(text, e.id).toMatch(new RegExp(`\\[Электронный ресурс\\]\\. URL: \\S*/ru/${e.collection}/${e.id}/ \\(дата обращения: \\d{2}\\.\\d{2}\\.\\d{4}\\)\\.$`));
    }
  });

  it('cite the Russian title and /ru/ address in the other formats too; English pages have no GOST', () => {
    const [e] = sample;
    const ru = decode(citeSection(builtHtml(`/ru/${e.collection}/${e.id}/`)));
    // The page links its own CSL-JSON file under /ru/, and that file cites the Russian page.
    expect(ru).toContain(`href="/ru/${e.collection}/${e.id}.csl.json"`);
    const [csl] = JSON.parse(read(`ru/${e.collection}/${e.id}.csl.json`));
    expect(csl.language).toBe('ru');
    expect(csl.title).toBe(String(russian.get(`${e.collection}/${e.id}`)!.title));
    expect(csl.URL).toMatch(new RegExp(`/ru/${e.collection}/${e.id}/$`));
    expect(read(`ru/${e.collection}/${e.id}.bib`)).toMatch(new RegExp(`\\\\url\\{[^}]*/ru/${e.collection}/${e.id}/\\}`));
    const en = citeSection(builtHtml(`/${e.collection}/${e.id}/`));
    expect(en).not.toContain('Электронный ресурс');
    expect(en).not.toContain(t('ru').pages.citation.gostName);
  });
});

describe('translation status', () => {
  // An independent count: the translation files that exist, and whether each records the English text of now.
  const expected = { current: 0, behind: 0, missing: 0 };
  for (const e of english) {
    const ru = russian.get(`${e.collection}/${e.id}`);
    if (!ru) expected.missing++;
    else if (ru.englishVersion === englishVersionOf(e.data, e.body)) expected.current++;
    else expected.behind++;
  }
  const countsOn = (page: string) => {
    const html = builtHtml(page);
    return Object.fromEntries([...html.matchAll(/<li data-state="(\w+)">[\s\S]*?data-count="(\d+)"/g)].map(([, s, n]) => [s, Number(n)]));
  };

  it('counts what the content/ru files say, on both pages', () => {
    expect(expected.current + expected.behind).toBe(russian.size);
    for (const page of ['/translations/', '/ru/translations/']) expect(countsOn(page), page).toEqual(expected);
  });

  it('lists every entry once, each in its state’s section, with links to both pages', () => {
    const html = builtHtml('/ru/translations/');
    const rows = [...html.matchAll(/<tr data-entry="([^"]+)">/g)].map((m) => m[1]);
    expect(rows.sort()).toEqual(english.map((e) => `${e.collection}/${e.id}`).sort());
    for (const e of english.slice(0, 5)) {
      expect(html).toContain(`href="/${e.collection}/${e.id}/"`);
      expect(html).toContain(`href="/ru/${e.collection}/${e.id}/"`);
    }
    expect(html).toContain(`<h1>${t('ru').pages.translations.title}</h1>`);
  });

  it('is linked from the quality pages', () => {
    expect(builtHtml('/quality/')).toContain('href="/translations/"');
    expect(builtHtml('/ru/quality/')).toContain('href="/ru/translations/"');
  });
});

describe('the Russian pages of data, quality and contribution', () => {
  const pages = {
    '/ru/data/': t('ru').pages.data.title,
    '/ru/quality/': t('ru').pages.quality.title,
    '/ru/contribute/': t('ru').pages.contribute.title,
    '/ru/contribute/new/': t('ru').pages.editor.title,
    '/ru/translations/': t('ru').pages.translations.title,
  };
  const main = (html: string) => /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? html;

  it('have their Russian headings and keep internal page links under /ru/', () => {
    for (const [page, title] of Object.entries(pages)) {
      const html = main(builtHtml(page));
      expect(html, page).toContain(`<h1>${title}</h1>`);
      const links = [...html.matchAll(/href="(\/[^"]*)"/g)].map((m) => m[1]);
      // Data files are shared by every language; pages are in the page's.
      const pageLinks = links.filter((l) => !/\.[a-z0-9]+(#.*)?$/i.test(l.split('?')[0]) && !l.startsWith('/ru/'));
      const allowed = page === '/ru/translations/' ? pageLinks.filter((l) => !/^\/[a-z]+\/[a-z0-9-]+\/$/.test(l)) : pageLinks;
      expect(allowed, page).toEqual([]);
    }
  });

  it('show no English heading of the English page', () => {
    const en = t('en').pages;
    const headings = [en.data.files, en.data.changes, en.data.readingCsv, en.data.standards, en.quality.linksToCheck, en.quality.fields, en.contribute.inBrowser, en.contribute.vocabularies, en.editor.preview, en.editor.yourFile];
    for (const page of Object.keys(pages)) {
      const html = main(builtHtml(page));
      for (const h of headings) expect(html, `${page}: ${h}`).not.toMatch(new RegExp(`<h[1-4][^>]*>${h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
    }
  });
});

describe('the entry editor in Russian', () => {
  const dataOf = (page: string) => JSON.parse(/<script type="application\/json" id="editor-data"[^>]*>([\s\S]*?)<\/script>/.exec(builtHtml(page))![1]);

  it('sends the script its words and the collections in the page’s language', () => {
    expect(dataOf('/ru/contribute/new/').words).toEqual(t('ru').pages.editorScript);
    expect(dataOf('/contribute/new/').words).toEqual(t('en').pages.editorScript);
    expect(dataOf('/ru/contribute/new/').collections.map((c: { label: string }) => c.label)).toEqual(COLLECTIONS.map((c) => t('ru').collections[c].singular));
  });

  it('marks the still-English field labels and messages as English', () => {
    const html = builtHtml('/ru/contribute/new/');
    expect(html).toMatch(/<div id="editor-fields" lang="en">/);
    expect(html).toMatch(/<ul id="editor-problem-list" class="error-summary-list" lang="en">/);
    expect(builtHtml('/contribute/new/')).not.toMatch(/id="editor-fields" lang=/);
  });
});
