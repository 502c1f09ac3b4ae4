// An entry without a translation, one whose translation is behind the English, and a hub with a full list
// (more connected entries than an entry page shows), in a fixture build: the Russian pages show the
// notices, mark the English words lang="en", and keep the full list in Russian with its links under /ru/.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSite, type FixtureFile, type FixtureSite } from '../fixture-site.ts';
import { attr, findAll, parseHtml, textOf } from '../page-text.ts';
import { entry as ruEntry } from '../../src/i18n/ru/entry.ts';
import { collections as ruCollections } from '../../src/i18n/ru/site.ts';
import { HUB_LIST_CAP } from '../../src/lib/hub-lists.ts';
import { localizePath } from '../../src/i18n/langs.ts';

const SOURCE = 'csp-project-2018-2019-page';
const front = (data: Record<string, unknown>) => `---\n${Object.entries(data).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\n---\n`;
const LINKED = HUB_LIST_CAP + 3;
const FILES: FixtureFile[] = [
  { file: 'content/countries/notice-untranslated.mdx', text: `${front({ title: 'Untranslated Fixture Country', code: 'FR', summary: 'A made-up country without a translation.', sources: [SOURCE] })}The English body of an untranslated entry.\n` },
  { file: 'content/countries/notice-behind.mdx', text: `${front({ title: 'Behind Fixture Country', code: 'ES', summary: 'A made-up country whose translation is behind.', sources: [SOURCE] })}The English body, changed since.\n` },
  { file: 'content/ru/countries/notice-behind.mdx', text: `${front({ englishVersion: '00000000', title: 'Отстающая страна', summary: 'Выдуманная страна, перевод которой отстал от английского текста.' })}Русский текст старой версии.\n` },
  ...Array.from({ length: LINKED }, (_, i) => ({
    file: `content/projects/notice-p-${i}.mdx`,
    text: `${front({ title: `Notice fixture project ${i}`, summary: 'A made-up project.', sources: [SOURCE], kind: 'event', countries: ['notice-untranslated'], start: `20${10 + i}` })}A made-up project.\n`,
  })),
];

let site: FixtureSite;
const read = (page: string) => parseHtml(fs.readFileSync(path.join(site.dist, page, 'index.html'), 'utf8'));
const byClass = (doc: ReturnType<typeof read>, cls: string) => findAll(doc, (n) => (attr(n, 'class') ?? '').split(' ').includes(cls));

beforeAll(async () => {
  site = await fixtureSite(FILES);
}, 300_000);
afterAll(() => site?.close());

describe('Russian entry pages of a fixture build', () => {
  it('say an untranslated entry is not translated yet, link to the English page, and mark its English words', () => {
    const doc = read('/ru/countries/notice-untranslated/');
    const [notice] = byClass(doc, 'translation-notice');
    expect(textOf(notice)).toContain(ruEntry.notTranslated);
    const link = findAll(notice, (n) => n.tagName === 'a')[0];
    expect(attr(link, 'href')).toBe('/countries/notice-untranslated/');
    expect(textOf(link)).toBe(ruEntry.readInEnglish);
    const h1 = findAll(doc, (n) => n.tagName === 'h1')[0];
    expect([textOf(h1), attr(h1, 'lang')]).toEqual(['Untranslated Fixture Country', 'en']);
    expect(attr(byClass(doc, 'summary')[0], 'lang')).toBe('en');
    const prose = byClass(doc, 'prose')[0];
    expect([textOf(prose), attr(prose, 'lang')]).toEqual(['The English body of an untranslated entry.', 'en']);
    // The interface around it is Russian.
    expect(textOf(findAll(doc, (n) => attr(n, 'id') === 'facts')[0])).toBe(ruEntry.headings.facts);
    // Its file to edit is the English one (there is no translation to edit).
    expect(findAll(doc, (n) => n.tagName === 'a' && (attr(n, 'href') ?? '').endsWith('/content/countries/notice-untranslated.mdx')).length).toBe(1);
  });

  it('say a translation is behind the English, with a link to the English page; the file to edit is the translation', () => {
    const doc = read('/ru/countries/notice-behind/');
    const [notice] = byClass(doc, 'translation-notice');
    // The fixture is no git checkout, so the English file has no date and the notice goes undated.
    expect(textOf(notice)).toContain(ruEntry.translationBehindUndated);
    expect(attr(findAll(notice, (n) => n.tagName === 'a')[0], 'href')).toBe('/countries/notice-behind/');
    expect(attr(findAll(doc, (n) => n.tagName === 'h1')[0], 'lang')).toBeUndefined();
    expect(findAll(doc, (n) => n.tagName === 'a' && (attr(n, 'href') ?? '').endsWith('/content/ru/countries/notice-behind.mdx')).length).toBe(1);
    // A current translation has no notice.
    expect(byClass(read('/ru/countries/austria/'), 'translation-notice')).toEqual([]);
    expect(byClass(read('/countries/notice-untranslated/'), 'translation-notice')).toEqual([]);
  });

  it('cap the hub’s list with a Russian count and link to its Russian full list', () => {
    const doc = read('/ru/countries/notice-untranslated/');
    const section = findAll(doc, (n) => attr(n, 'aria-labelledby') === 'connected-projects')[0];
    expect(textOf(findAll(section, (n) => n.tagName === 'h2')[0])).toBe(`${ruCollections.projects.plural} (${LINKED})`);
    const more = byClass(section, 'more')[0];
    expect(attr(findAll(more, (n) => n.tagName === 'a')[0], 'href')).toBe('/ru/countries/notice-untranslated/projects/');
    expect(textOf(more)).toContain(ruEntry.allLinked(LINKED, 'projects', ruCollections.projects.plural, 'Untranslated Fixture Country'));
  });

  it('give the full list page in Russian, every link under /ru/', () => {
    const doc = read('/ru/countries/notice-untranslated/projects/');
    const title = ruEntry.linkedTo(ruCollections.projects.plural, 'Untranslated Fixture Country');
    expect(textOf(findAll(doc, (n) => n.tagName === 'h1')[0])).toBe(title);
    expect(textOf(byClass(doc, 'eyebrow')[0])).toBe(ruEntry.fullList(ruCollections.countries.singular));
    expect(textOf(byClass(doc, 'lead')[0])).toContain(ruEntry.allCount(LINKED, ruEntry.orderRecent));
    const rows = findAll(byClass(doc, 'entry-list')[0], (n) => n.tagName === 'a');
    expect(rows.length).toBe(LINKED);
    // The fixture projects have no translation: their titles are English, and marked so.
    for (const a of rows) expect(attr(a, 'lang')).toBe('en');
    const stray = findAll(doc, (n) => n.tagName === 'a' && (attr(n, 'href') ?? '').startsWith('/') && attr(n, 'hreflang') === undefined)
      .map((a) => attr(a, 'href')!).filter((href) => localizePath(href, 'ru') !== href && !href.startsWith('/ru/'));
    expect(stray).toEqual([]);
  });
});
