// The Russian edition as built: every page has its twin in the other language, says which language it
// is in, links to its twin, and holds no interface wording of the other language outside passages
// marked with their own `lang`. Entry pages hold Russian text, not only Russian labels.
import { describe, expect, it } from 'vitest';
import { builtHtml, builtPages, contentFiles } from '../helpers.ts';
import { cyrillicShare, dictionaryPhrases, phrasesIn, textInLanguage } from '../i18n-helpers.ts';

const pages = builtPages().filter((p) => p.endsWith('/'));
const russian = pages.filter((p) => p.startsWith('/ru/'));
const english = pages.filter((p) => !p.startsWith('/ru/'));
const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];

describe('every page in both languages', () => {
  it('each English page has its Russian twin under /ru/, and each Russian page its English one', () => {
    expect(english.length).toBeGreaterThan(100);
    // The English "not found" page is the host's /404.html; the Russian one is /ru/404/.
    expect(builtPages()).toContain('/404.html');
    expect(russian).toContain('/ru/404/');
    expect(russian.filter((p) => p !== '/ru/404/' && !english.includes(p.slice(3)))).toEqual([]);
    expect(english.filter((p) => !russian.includes(`/ru${p}`))).toEqual([]);
  });

  it('each page declares its language and names its twin in hreflang alternates and the language switch', () => {
    const wrong: string[] = [];
    for (const page of pages) {
      if (/^(\/ru)?\/404\/$/.test(page)) continue;
      const html = builtHtml(page);
      const lang = page.startsWith('/ru/') ? 'ru' : 'en';
      const twin = lang === 'ru' ? page.slice(3) : `/ru${page}`;
      const hreflang = Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], new URL(m[2], 'https://x.invalid').pathname]));
      const switchTag = /<ul class="lang-switch"[^>]*>.*?<\/ul>/s.exec(html)?.[0] ?? '';
      const switchLink = /<a [^>]*>/.exec(switchTag)?.[0] ?? '';
      if (attr(/<html[^>]*>/.exec(html)![0], 'lang') !== lang) wrong.push(`${page}: html lang`);
      if (hreflang.en !== (lang === 'en' ? page : twin) || hreflang.ru !== (lang === 'ru' ? page : twin) || hreflang['x-default'] !== hreflang.en) wrong.push(`${page}: hreflang ${JSON.stringify(hreflang)}`);
      if (attr(switchLink, 'href') !== twin || attr(switchLink, 'hreflang') !== (lang === 'ru' ? 'en' : 'ru')) wrong.push(`${page}: switch ${switchLink}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('no interface wording of the other language', () => {
  const englishPhrases = dictionaryPhrases('en', 'ru');
  const russianPhrases = dictionaryPhrases('ru', 'en');

  it('the dictionaries give phrases to look for', () => {
    expect(englishPhrases).toContain('Skip to content');
    expect(russianPhrases).toContain('Перейти к содержанию');
  });

  it('a Russian page shows no English dictionary wording outside lang="en" passages', () => {
    const found = russian.flatMap((page) => phrasesIn(textInLanguage(builtHtml(page), 'ru'), englishPhrases).map((p) => `${page}: ${p}`));
    expect(found.slice(0, 40)).toEqual([]);
  });

  it('an English page shows no Russian dictionary wording outside lang="ru" passages', () => {
    const found = english.flatMap((page) => phrasesIn(textInLanguage(builtHtml(page), 'en'), russianPhrases).map((p) => `${page}: ${p}`));
    expect(found.slice(0, 40)).toEqual([]);
  });
});

describe('Russian entry pages hold Russian text', () => {
  it('every entry page under /ru/ is mostly Cyrillic in its main text', () => {
    const entries = contentFiles().map((f) => `/ru/${f.collection}/${f.id}/`);
    const low = entries
      .map((page) => ({ page, share: cyrillicShare(textInLanguage(builtHtml(page), 'ru', 'main')) }))
      .filter((p) => p.share < 0.75)
      .map((p) => `${p.page} ${p.share.toFixed(2)}`);
    expect(low).toEqual([]);
  });
});
