// The Russian search in the built site: Pagefind's Russian index beside the English one, a vocabulary of the
// Russian pages' words for corrections, /ru/search/ in Russian (its words, its preloads, its links), and the
// Russian entry pages' facet values in Russian. Expected words come from the dictionaries, not from output.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtHtml, DIST } from '../helpers.ts';
import { t } from '../../src/i18n/index.ts';
import { pagefindInitFiles, vocabularyFile } from '../../src/lib/search-preload.ts';
import { parseVocabulary } from '../../src/lib/search-text.ts';
import { COLLECTIONS } from '../../src/schemas/vocabularies.ts';

const entry = () => JSON.parse(fs.readFileSync(path.join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
/** A page's text without elements marked lang="en" (English that is meant to be there), tags and scripts. */
const russianText = (html: string) =>
  decode(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<(\w+)[^>]*\blang="en"[^>]*>[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' '));
const stringsOf = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(stringsOf) : [];

describe('the Russian index', () => {
  it('is one of its own, with every Russian entry page, beside the English', () => {
    const { languages } = entry();
    expect(Object.keys(languages).sort()).toEqual(['en', 'ru']);
    expect(languages.ru.page_count).toBe(languages.en.page_count);
    expect(languages.ru.wasm).toBe('ru'); // Pagefind's Russian build: its stemmer
    expect(fs.existsSync(path.join(DIST, `pagefind/wasm.${languages.ru.wasm}.pagefind`))).toBe(true);
  });

  it('has a vocabulary of the Russian pages\' words, apart from the English one', () => {
    const ru = parseVocabulary(fs.readFileSync(path.join(DIST, vocabularyFile('ru')), 'utf8'));
    const en = parseVocabulary(fs.readFileSync(path.join(DIST, vocabularyFile('en')), 'utf8'));
    for (const w of ['таджикистан', 'таджикистане', 'насилие', 'торговли', 'бишкеке', 'секретариат']) expect(ru.has(w), w).toBe(true);
    expect(en.has('торговли')).toBe(false);
    expect(en.has('tajikistan')).toBe(true);
    // ё folded as queries fold it; й kept.
    expect([...ru.keys()].some((w) => w.includes('ё'))).toBe(false);
    expect(ru.has('людей') || ru.has('который') || ru.has('своей')).toBe(true);
  });
});

describe('/ru/search/', () => {
  const html = builtHtml('/ru/search/');
  const ru = t('ru').search;
  const en = t('en').search;

  it('is in Russian: heading, form, help, sort and the script\'s words', () => {
    expect(html).toContain('<html lang="ru"');
    expect(html).toContain(`<h1>${ru.heading}</h1>`);
    for (const sort of Object.values(ru.sorts)) expect(html).toContain(`>${sort}</option>`);
    const config = JSON.parse(decode(/data-search-config="([^"]+)"/.exec(html)![1]));
    expect(config).toEqual({ lang: 'ru', words: ru.client, vocabulary: `/${vocabularyFile('ru')}` });
  });

  it('shows no English search wording outside lang="en" passages', () => {
    const text = russianText(html.replace(/data-search-config="[^"]+"/, ''));
    const english = [...stringsOf(en), ...Object.values(t('en').collections).map((c) => c.plural)]
      .filter((s) => s.trim().length > 3 && !stringsOf(ru).includes(s) && !['CSV', 'JSON'].includes(s))
      .filter((s) => !s.includes('{'));
    for (const s of english) expect(text, s).not.toContain(s.trim());
  });

  it('preloads the Russian index\'s files, and they exist', () => {
    const preloaded = [...html.matchAll(/<link rel="preload" as="fetch" crossorigin href="([^"]+)">/g)].map((m) => m[1]);
    expect(preloaded).toEqual(pagefindInitFiles(entry(), '/pagefind/', 'ru'));
    expect(preloaded.some((h) => h.includes('.ru_'))).toBe(true);
    for (const href of preloaded) expect(fs.existsSync(path.join(DIST, href)), href).toBe(true);
  });

  it('links to Russian pages only (data files aside)', () => {
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    const hrefs = [...main.matchAll(/href="(\/[^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(20);
    expect(hrefs.filter((h) => !h.startsWith('/ru/') && !/\.[a-z]+$/.test(h.split(/[?#]/)[0]))).toEqual([]);
    expect(main).toContain('action="/ru/search/"');
  });
});

describe('Russian entry pages\' search records', () => {
  // What the indexer hands Pagefind beside each page (the served page does not carry it).
  const records = (lang: 'en' | 'ru') => JSON.parse(fs.readFileSync(path.join(DIST, lang === 'en' ? '' : lang, 'search', 'records.json'), 'utf8'));
  const ru = records('ru');
  const en = records('en');
  const words = t('ru');

  it('name type, status and region in Russian, from the dictionary', () => {
    const tj = ru['/ru/countries/tajikistan/'].filters;
    expect(tj.type).toEqual([words.collections.countries.singular]);
    expect(tj.region).toEqual([words.search.regions['Central Asia']]);
    expect(tj.country).toEqual(['Таджикистан']);
    expect(ru['/ru/projects/hdim/'].filters.status).toEqual([words.vocab.statuses.recurring]);
  });

  it('keep the English pages\' facts: the same regions, years and sort date', () => {
    for (const page of ['/projects/hdim/', '/projects/regional-networking-conference-2024/', '/countries/tajikistan/']) {
      expect(ru[`/ru${page}`].filters.year, page).toEqual(en[page].filters.year);
      expect(ru[`/ru${page}`].filters.region.length, page).toBe(en[page].filters.region.length);
      expect(ru[`/ru${page}`].sort.date, page).toBe(en[page].sort.date);
    }
  });

  it('exist for every entry page of each language, and for nothing else', () => {
    const entryPages = (prefix: string) => COLLECTIONS.flatMap((c) => {
      const dir = path.join(DIST, prefix, c);
      return fs.readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory() && !/^\d+$/.test(e.name) && fs.existsSync(path.join(dir, e.name, 'index.html')))
        .map((e) => `${prefix ? `/${prefix}` : ''}/${c}/${e.name}/`);
    });
    expect(Object.keys(ru).sort()).toEqual(entryPages('ru').sort());
    expect(Object.keys(en).sort()).toEqual(entryPages('').sort());
  });

  it('are not in the served pages: no entry page carries an index-only filter', () => {
    for (const page of Object.keys(ru).slice(0, 40)) expect(builtHtml(page), page).not.toContain('data-pagefind-filter');
  });
});
