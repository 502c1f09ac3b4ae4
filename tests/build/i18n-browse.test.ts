// The Russian twins of the browsing pages (home, a collection index, the timeline, a year, the years, the map,
// statistics, 404): their headings are the Russian dictionary's, no English dictionary value (browse and site,
// four letters or more) is left in their text or accessible names outside lang="en" passages, their page links
// stay under /ru/, and every count reads with the Russian plural form Intl.PluralRules gives for its number.
// The English pages keep their English headings.
import { describe, expect, it } from 'vitest';
import { builtHtml, builtPages } from '../helpers.ts';
import { browse as enBrowse } from '../../src/i18n/en/browse.ts';
import * as enSite from '../../src/i18n/en/site.ts';
import { browse as ruBrowse } from '../../src/i18n/ru/browse.ts';
import { collections as ruCollections, site as ruSite } from '../../src/i18n/ru/site.ts';

const pages = builtPages();
const yearPage = pages.filter((p) => /^\/ru\/years\/\d{4}\/$/.test(p)).sort().at(-1)!;
const RU_PAGES = ['/ru/', '/ru/projects/', '/ru/missions/', '/ru/timeline/', yearPage, '/ru/years/', '/ru/map/', '/ru/stats/', '/ru/404/'];

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&nbsp;/g, '\u00a0').replace(/&amp;/g, '&');
const attrOf = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * What a reader gets from a page outside lang="en" passages: its text (scripts and styles aside), the
 * accessible names and hints it gives (aria-label, title, placeholder, alt), its title and description, and
 * its links (hreflang ones aside).
 */
function readerView(html: string) {
  const texts: string[] = [];
  const links: string[] = [];
  const stack: { name: string; en: boolean }[] = [];
  const inEnglish = () => stack.some((s) => s.en);
  const body = html.slice(html.indexOf('<body'));
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>|([^<]+)/g)) {
    if (m[4] !== undefined) {
      const skip = stack.some((s) => s.name === 'script' || s.name === 'style');
      if (!skip && !inEnglish()) texts.push(decode(m[4]));
      continue;
    }
    const [, close, rawName, attrs] = m;
    const name = rawName.toLowerCase();
    if (close) {
      const at = stack.map((s) => s.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    const en = attrOf(attrs, 'lang') === 'en';
    if (!en && !inEnglish()) {
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = attrOf(attrs, a);
        if (v) texts.push(decode(v));
      }
      const href = attrOf(attrs, 'href');
      if (name === 'a' && href && attrOf(attrs, 'hreflang') === undefined) links.push(decode(href));
    }
    if (!VOID.has(name) && !attrs.trimEnd().endsWith('/')) stack.push({ name, en });
  }
  // The document's title and description are read too: they are the page's words in a search result or a tab.
  const head = html.slice(0, html.indexOf('<body'));
  for (const m of head.matchAll(/<title>([^<]*)<\/title>|<meta name="description" content="([^"]*)"/g)) texts.push(decode(m[1] ?? m[2]));
  return { text: texts.join(' ').replace(/\s+/g, ' '), links };
}

/** Every fixed piece of English a dictionary holds: its strings, and the words around a function's arguments. */
function englishPieces(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return String(value('\u0000', '\u0000', '\u0000', '\u0000', '\u0000', '\u0000')).split('\u0000');
  if (value && typeof value === 'object') return Object.values(value).flatMap(englishPieces);
  return [];
}
const ENGLISH = [...new Set([...englishPieces(enBrowse), ...englishPieces(enSite)]
  .map((s) => s.trim().replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, ''))
  .filter((s) => (s.match(/[A-Za-z]/g) ?? []).length >= 4))];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Russian count words by family, written out here (not taken from the dictionary): the CLDR category picks one.
const FAMILIES: Record<string, { one: string; few: string; many: string }> = {
  entries: { one: 'запись', few: 'записи', many: 'записей' },
  projects: { one: 'проект', few: 'проекта', many: 'проектов' },
  subprojects: { one: 'подпроект', few: 'подпроекта', many: 'подпроектов' },
  missions: { one: 'миссия', few: 'миссии', many: 'миссий' },
  organizations: { one: 'организация', few: 'организации', many: 'организаций' },
  countries: { one: 'страна', few: 'страны', many: 'стран' },
  themes: { one: 'тема', few: 'темы', many: 'тем' },
  markers: { one: 'маркер', few: 'маркера', many: 'маркеров' },
  years: { one: 'год', few: 'года', many: 'лет' },
  events: { one: 'датированное событие', few: 'датированных события', many: 'датированных событий' },
};
const rules = new Intl.PluralRules('ru-RU');
/** Each "<number> <count word>" in a text, with the form the number takes and the form it should. */
function countsIn(text: string) {
  const out: { n: number; word: string; expected: string; family: string }[] = [];
  for (const [family, forms] of Object.entries(FAMILIES)) {
    const words = [...new Set(Object.values(forms))].sort((a, b) => b.length - a.length).map(escape).join('|');
    // A number (its groups split by a no-break or narrow space) followed by a form, as a whole word.
    for (const m of text.matchAll(new RegExp(`(?<![\\d.,:–-])(\\d{1,3}(?:[\\u00a0\\u202f ]\\d{3})*) (${words})(?![а-яё])`, 'g'))) {
      const n = Number(m[1].replace(/\D/g, ''));
      const category = rules.select(n) as 'one' | 'few' | 'many';
      out.push({ n, word: m[2], expected: forms[category], family });
    }
  }
  return out;
}

const view = new Map(RU_PAGES.map((p) => [p, readerView(builtHtml(p))]));
const main = (page: string) => /<main\b[\s\S]*?<\/main>/.exec(builtHtml(page))![0];
const h1 = (page: string) => decode(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(main(page))![1].replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
const h2s = (page: string) => [...main(page).matchAll(/<h2\b[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => decode(m[1].replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim());

describe('Russian browsing pages', () => {
  it('are built, a year page among them', () => {
    expect(yearPage).toBeTruthy();
    for (const p of RU_PAGES) expect(pages, p).toContain(p);
  });

  it('have the Russian dictionary’s headings', () => {
    expect(h1('/ru/')).toBe(ruSite.name);
    expect(h2s('/ru/')).toEqual(expect.arrayContaining([ruBrowse.home.waysIn, ruBrowse.home.latestWork]));
    expect(h1('/ru/projects/')).toMatch(new RegExp(`^${escape(ruCollections.projects.plural)} \\(\\d+\\)$`));
    expect(h1('/ru/missions/')).toMatch(new RegExp(`^${escape(ruCollections.missions.plural)} \\(\\d+\\)$`));
    expect(h1('/ru/timeline/')).toBe(ruBrowse.timeline.title);
    expect(h1(yearPage)).toBe(yearPage.split('/')[3]);
    expect(builtHtml(yearPage)).toContain(`<p class="eyebrow">${ruBrowse.years.eyebrow}</p>`);
    const headings = new Set<string>(Object.values(ruCollections).map((c) => c.plural));
    for (const h of h2s(yearPage)) expect(headings, h).toContain(h.replace(/ \(\d+\).*$/, ''));
    expect(h1('/ru/years/')).toMatch(new RegExp(`^${escape(ruBrowse.years.title)} \\(\\d+\\)$`));
    expect(h1('/ru/map/')).toBe(ruBrowse.map.title);
    expect(h2s('/ru/map/')).toContain(ruBrowse.map.tableHeading);
    expect(h1('/ru/stats/')).toBe(ruBrowse.stats.title);
    expect(h2s('/ru/stats/')).toEqual(Object.values(ruBrowse.stats.charts).map((c) => c.title));
    expect(h1('/ru/404/')).toBe(ruBrowse.notFound.title);
  });

  it('leave no English dictionary value outside lang="en" passages', () => {
    expect(ENGLISH.length).toBeGreaterThan(100);
    // The same reading of an English page finds its English words: the check can fail.
    const english = readerView(builtHtml('/timeline/')).text;
    expect(ENGLISH.filter((s) => new RegExp(`(?<![A-Za-z])${escape(s)}(?![A-Za-z])`).test(english)).length).toBeGreaterThan(10);
    for (const [page, { text }] of view) {
      const found = ENGLISH.filter((s) => new RegExp(`(?<![A-Za-z])${escape(s)}(?![A-Za-z])`).test(text));
      expect(found, page).toEqual([]);
    }
  });

  it('link pages under /ru/ (data files and other sites aside)', () => {
    for (const [page, { links }] of view) {
      const internal = links.filter((h) => h.startsWith('/') && !h.startsWith('//'))
        .filter((h) => !/\.(json|csv|xml|txt|zip|geojson)(?:[?#]|$)/.test(h.split(/[?#]/)[0]));
      expect(internal.length, page).toBeGreaterThan(0);
      expect(internal.filter((h) => !h.startsWith('/ru/')), page).toEqual([]);
    }
  });

  it('write every count with the plural form its number takes', () => {
    // The reading sees a wrong form as wrong: 5 takes "many", 22 "few", 21 "one".
    expect(countsIn('5 записи, 22 проекта, 21 страна').map((c) => c.word === c.expected)).toEqual([false, true, true]);
    let total = 0;
    for (const [page, { text }] of view) {
      const counts = countsIn(text);
      total += counts.length;
      expect(counts.filter((c) => c.word !== c.expected), page).toEqual([]);
    }
    // The home page counts its ways in and its hubs' entries, the map its entries and markers.
    for (const page of ['/ru/', '/ru/map/', '/ru/timeline/', yearPage]) expect(countsIn(view.get(page)!.text).length, page).toBeGreaterThan(0);
    expect(new Set(RU_PAGES.flatMap((p) => countsIn(view.get(p)!.text).map((c) => rules.select(c.n)))).size).toBeGreaterThan(1);
    expect(total).toBeGreaterThan(20);
  });

  it('sort lists by the Russian collation', () => {
    const titles = [...builtHtml('/ru/projects/').matchAll(/<li data-title="([^"]*)"/g)].map((m) => decode(m[1]));
    expect(titles.length).toBeGreaterThan(1);
    expect(titles).toEqual([...titles].sort(new Intl.Collator('ru').compare));
  });
});

describe('English browsing pages', () => {
  it('keep their English headings', () => {
    expect(h1('/')).toBe(enSite.site.name);
    expect(h1('/timeline/')).toBe('Timeline');
    expect(h1('/map/')).toBe('Map');
    expect(h1('/stats/')).toBe('Statistics');
    expect(h1('/projects/')).toMatch(/^Projects \(\d+\)$/);
    expect(h1(yearPage.replace(/^\/ru/, ''))).toBe(yearPage.split('/')[3]);
    expect(builtHtml('/404.html')).toContain('<h1>Page not found</h1>');
  });
});
