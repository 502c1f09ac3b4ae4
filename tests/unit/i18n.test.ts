// The language layer: paths per language, the dictionaries' completeness, Intl plurals, numbers and dates.
import { describe, expect, it } from 'vitest';
import { missingKeys, t } from '../../src/i18n/index.ts';
import { countOf, formatNumber, formatPartialDate, monthName, pluralForm } from '../../src/i18n/format.ts';
import { langOfPath, localizePath, pathWithoutLang } from '../../src/i18n/langs.ts';
import { formatDateRange } from '../../src/lib/dates.ts';

describe('paths per language', () => {
  it('puts pages under /ru/ and leaves data files, outside links and fragments alone', () => {
    expect(localizePath('/projects/hdim/', 'ru')).toBe('/ru/projects/hdim/');
    expect(localizePath('/', 'ru')).toBe('/ru/');
    expect(localizePath('/search/?q=x#r', 'ru')).toBe('/ru/search/?q=x#r');
    expect(localizePath('/ru/projects/', 'en')).toBe('/projects/');
    expect(localizePath('/ru/projects/', 'ru')).toBe('/ru/projects/');
    for (const kept of ['/data/entries.json', '/projects/hdim.json', '/data/projects.csv', '/rss.xml', 'https://osce.org/', '#facts', '//cdn.example/x']) {
      expect(localizePath(kept, 'ru')).toBe(kept);
    }
  });

  it('reads the language back from a path', () => {
    expect([langOfPath('/ru/projects/'), langOfPath('/ru/'), langOfPath('/projects/'), langOfPath('/rus/')]).toEqual(['ru', 'ru', 'en', 'en']);
    expect([pathWithoutLang('/ru/'), pathWithoutLang('/ru'), pathWithoutLang('/ru/map/'), pathWithoutLang('/russia/')]).toEqual(['/', '/', '/map/', '/russia/']);
  });
});

describe('dictionaries', () => {
  it('the Russian dictionary gives every key the English one has, as a non-empty value of the same kind', () => {
    expect(missingKeys(t('en'), t('ru'))).toEqual([]);
  });

  it('missingKeys names what is absent, empty or of the wrong kind', () => {
    const en = { a: 'A', b: { c: 'C', d: (n: number) => `${n}` } };
    expect(missingKeys(en, { a: 'А', b: { c: ' ', d: 'not a function' } })).toEqual(['b.c', 'b.d']);
    expect(missingKeys(en, { b: {} })).toEqual(['a', 'b.c', 'b.d']);
  });

  it('vocabulary labels differ between the languages (none left in English)', () => {
    const en = t('en').vocab, ru = t('ru').vocab;
    for (const group of ['kinds', 'roles', 'statuses'] as const) {
      for (const [key, label] of Object.entries(en[group])) expect((ru[group] as Record<string, string>)[key], `${group}.${key}`).not.toBe(label);
    }
  });
});

describe('plurals, numbers and dates', () => {
  const entries = t('ru').counts.entries;
  it('Russian plural forms follow CLDR: one (1, 21, 101), few (2–4, 22), many (5–20, 11–14, 0)', () => {
    expect([1, 21, 101].map((n) => pluralForm('ru', n, entries))).toEqual(['запись', 'запись', 'запись']);
    expect([2, 3, 4, 22].map((n) => pluralForm('ru', n, entries))).toEqual(['записи', 'записи', 'записи', 'записи']);
    expect([0, 5, 11, 12, 14, 20, 111].map((n) => pluralForm('ru', n, entries))).toEqual(Array(7).fill('записей'));
    expect([1, 2, 5].map((n) => countOf('en', n, t('en').counts.entries))).toEqual(['1 entry', '2 entries', '5 entries']);
  });

  it('numbers group thousands with a space in Russian and a comma in English', () => {
    expect(formatNumber(6465, 'ru').replace(/\s/g, ' ')).toBe('6 465');
    expect(formatNumber(6465, 'en')).toBe('6,465');
    expect(formatNumber(2.5, 'ru')).toBe('2,5');
  });

  it('a number is written as Intl writes it, whether or not a formatter was needed (below 1,000 none is built)', () => {
    for (const [lang, locale] of [['en', 'en-GB'], ['ru', 'ru-RU']] as const) {
      const intl = new Intl.NumberFormat(locale);
      for (const n of [...Array(1001).keys(), 1234, 10_000, 2.5, -3, 999.5]) expect(formatNumber(n, lang), `${lang} ${n}`).toBe(intl.format(n));
    }
  });

  it('partial dates keep their precision, with Russian cases', () => {
    expect(['2018-06-01', '2018-06', '2018'].map((d) => formatPartialDate(d, 'ru'))).toEqual(['1 июня 2018 г.', 'июнь 2018 г.', '2018']);
    expect(['2018-06-01', '2018-06', '2018'].map((d) => formatPartialDate(d, 'en'))).toEqual(['1 June 2018', 'June 2018', '2018']);
    expect(formatDateRange('2020-06', undefined, 'ru')).toBe('с июня 2020 г.');
    expect(formatDateRange(undefined, '2020', 'ru')).toBe('до 2020 г.');
    expect(formatDateRange('2018-06', '2019-12-31', 'ru')).toBe('июнь 2018 г. – 31 декабря 2019 г.');
    expect(formatDateRange('2020-06', undefined, 'en')).toBe('from June 2020');
    expect(formatPartialDate('2024-02', 'ru', 'genitive')).toBe('февраля 2024 г.');
  });

  it('names months on their own, first to last', () => {
    expect([1, 2, 12].map((m) => monthName(m))).toEqual(['January', 'February', 'December']);
    expect(monthName(6, 'ru')).toBe('июнь');
  });
});
