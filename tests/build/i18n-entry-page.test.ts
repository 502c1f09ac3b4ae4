// The Russian entry pages (dist/ru/<collection>/<slug>/): their interface is the Russian dictionary's, not
// the English one; English left on them (notes, roles, quotes, disagreements, English-only citations) is
// marked lang="en"; their links stay in Russian; their main text is mostly Cyrillic.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers.ts';
import { attr, findAll, parseHtml, textOf } from '../page-text.ts';
import { entry as enEntry } from '../../src/i18n/en/entry.ts';
import * as enSite from '../../src/i18n/en/site.ts';
import { entry as ruEntry } from '../../src/i18n/ru/entry.ts';
import * as ruSite from '../../src/i18n/ru/site.ts';
import { localizePath } from '../../src/i18n/langs.ts';
import { COLLECTIONS } from '../../src/schemas/vocabularies.ts';

/** A project with key figures, one with dated events, a subproject, a country, a source, a person, a mission, an organization. */
const SAMPLES = [
  '/projects/tajikistan-womens-resource-centres-counselling/',
  '/projects/uzbekistan-combating-trafficking/',
  '/subprojects/csp-2018-counter-terrorism-and-human-rights/',
  '/countries/tajikistan/',
  '/sources/csp-project-2018-2019-page/',
  '/people/colin-peters/',
  '/people/lara-scarpitta/',
  '/missions/osce-programme-office-in-dushanbe/',
  '/organizations/civic-solidarity-platform/',
];

/** Every entry page (/<collection>/<slug>/), from the English build's folders. */
const ALL = COLLECTIONS.flatMap((c) => fs.readdirSync(path.join(DIST, c), { withFileTypes: true })
  .filter((d) => d.isDirectory() && /^[a-z0-9-]+$/.test(d.name) && fs.existsSync(path.join(DIST, c, d.name, 'index.html')))
  .map((d) => `/${c}/${d.name}/`));

const read = (page: string) => parseHtml(fs.readFileSync(path.join(DIST, page, 'index.html'), 'utf8'));
const main = (doc: ReturnType<typeof read>) => findAll(doc, (n) => n.tagName === 'main')[0];
const byId = (doc: ReturnType<typeof read>, id: string) => findAll(doc, (n) => attr(n, 'id') === id)[0];

/** Every string of a dictionary part with its dotted key (functions aside: their words are checked where they are used). */
function strings(v: unknown, at = ''): [string, string][] {
  if (typeof v === 'string') return [[at, v]];
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => strings(x, at ? `${at}.${k}` : k));
  return [];
}
const valueAt = (dict: unknown, key: string) => key.split('.').reduce<any>((o, k) => o?.[k], dict);

/** English interface words of four letters or more that the Russian dictionary words differently. */
const ENGLISH_WORDS = [...strings(enEntry, 'entry'), ...strings({ ...enSite }, '')]
  .filter(([key, value]) => (value.match(/\p{L}/gu) ?? []).length >= 4 && valueAt({ entry: ruEntry, ...ruSite }, key) !== value)
  .map(([key, value]) => ({ key, value }));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Paths and addresses ("/ru/projects/x/") are not words of the interface.
const withoutPaths = (text: string) => text.replace(/\S*\/\S*/g, ' ');
const occurs = (text: string, phrase: string) => new RegExp(`(^|[^\\p{L}])${escape(phrase)}($|[^\\p{L}])`, 'u').test(text);

describe('Russian entry pages', () => {
  it('the samples are built in both languages', () => {
    for (const page of SAMPLES) {
      expect(fs.existsSync(path.join(DIST, page, 'index.html')), page).toBe(true);
      expect(fs.existsSync(path.join(DIST, 'ru', page, 'index.html')), `/ru${page}`).toBe(true);
    }
  });

  it('show the Russian dictionary’s headings and labels', () => {
    const ids: [string, string][] = [['facts', ruEntry.headings.facts], ['sources', ruEntry.headings.sources], ['cite-this', ruEntry.headings.cite], ['toc-heading', ruEntry.onThisPage]];
    for (const page of SAMPLES) {
      const doc = read(`/ru${page}`);
      for (const [id, heading] of ids) if (byId(doc, id)) expect(textOf(byId(doc, id)), `${page} #${id}`).toBe(heading);
      const text = textOf(main(doc));
      expect(text, page).toContain(ruEntry.editPage);
      expect(text, page).toContain(ruEntry.asJson);
      const crumbs = findAll(doc, (n) => n.tagName === 'nav' && attr(n, 'class') === 'breadcrumbs')[0];
      expect(attr(crumbs, 'aria-label')).toBe(ruEntry.breadcrumb);
      expect(textOf(crumbs).startsWith(ruSite.site.home), page).toBe(true);
    }
    // The parts only some entries have, each where one has it.
    const figures = read('/ru/projects/tajikistan-womens-resource-centres-counselling/');
    expect(textOf(byId(figures, 'figures'))).toBe(ruEntry.headings.figures);
    expect(textOf(findAll(figures, (n) => n.tagName === 'table')[0])).toContain(ruEntry.whatWasCounted);
    expect(textOf(byId(read('/ru/projects/uzbekistan-combating-trafficking/'), 'events'))).toBe(ruEntry.headings.events);
    expect(textOf(byId(read('/ru/subprojects/csp-2018-counter-terrorism-and-human-rights/'), 'disagreements'))).toBe(ruEntry.headings.disagreements);
    const person = textOf(main(read('/ru/people/colin-peters/')));
    expect(person).toContain(ruEntry.facts.positions);
  });

  it('show no English interface word outside lang="en" passages, on any entry page', () => {
    expect(ENGLISH_WORDS.length).toBeGreaterThan(50);
    expect(ALL.length).toBeGreaterThan(SAMPLES.length);
    for (const page of ALL) {
      const doc = read(`/ru${page}`);
      const body = findAll(doc, (n) => n.tagName === 'body')[0];
      // The interface, not the entry's own text: the body (a translation may quote an English name) is the
      // translator's, and Pagefind's hidden search metadata is the search index's.
      const skip = (n: Parameters<typeof attr>[0]) =>
        attr(n, 'class') === 'prose' || (attr(n, 'data-pagefind-meta') !== undefined && n.tagName !== 'p' && n.tagName !== 'h1');
      const text = withoutPaths(textOf(body, { skipLangOtherThan: 'ru', skip }));
      const found = ENGLISH_WORDS.filter(({ value }) => occurs(text, value)).map(({ key, value }) => `${key}: ${value}`);
      expect(found, page).toEqual([]);
    }
  });

  it('link to Russian pages (data files and the English page offered as such aside), on any entry page', () => {
    for (const page of ALL) {
      const links = findAll(read(`/ru${page}`), (n) => n.tagName === 'a' && (attr(n, 'href') ?? '').startsWith('/'));
      expect(links.length).toBeGreaterThan(5);
      const stray = links
        .filter((a) => attr(a, 'hreflang') !== 'en')
        .map((a) => attr(a, 'href')!)
        // A file under /ru/ (the entry's Russian citation files) is the Russian edition's own.
        .filter((href) => localizePath(href, 'ru') !== href && !href.startsWith('/ru/'));
      expect(stray, page).toEqual([]);
    }
  });

  it('have a mostly Cyrillic main text', () => {
    for (const page of SAMPLES) {
      const letters = textOf(main(read(`/ru${page}`))).match(/\p{L}/gu) ?? [];
      const cyrillic = letters.filter((l) => /\p{Script=Cyrillic}/u.test(l)).length;
      expect(cyrillic / letters.length, page).toBeGreaterThanOrEqual(0.6);
    }
  });

  it('name languages in Russian and mark English notes, roles and quotes', () => {
    const source = read('/ru/sources/csp-project-2018-2019-page/');
    const facts = textOf(findAll(source, (n) => n.tagName === 'dl' && attr(n, 'class') === 'facts')[0]);
    expect(facts).toContain(ruEntry.facts.language);
    expect(facts).toContain(new Intl.DisplayNames(['ru'], { type: 'language' }).of('en')!);
    // Every disagreement's subject is English and marked so.
    const subproject = read('/ru/subprojects/csp-2018-counter-terrorism-and-human-rights/');
    const callouts = findAll(subproject, (n) => n.tagName === 'aside' && attr(n, 'class') === 'callout');
    expect(callouts.length).toBeGreaterThan(0);
    for (const c of callouts) expect(findAll(c, (n) => attr(n, 'lang') === 'en').length).toBeGreaterThan(0);
  });

  it('keep the English pages in English', () => {
    for (const page of SAMPLES) {
      const doc = read(page);
      expect(textOf(byId(doc, 'facts')), page).toBe(enEntry.headings.facts);
      expect(textOf(byId(doc, 'cite-this')), page).toBe(enEntry.headings.cite);
      expect(textOf(main(doc))).toContain(enEntry.editPage);
      expect(findAll(doc, (n) => n.tagName === 'a' && (attr(n, 'href') ?? '').startsWith('/ru/') && attr(n, 'hreflang') !== 'ru')).toEqual([]);
    }
  });
});
