// The notice a Russian entry page shows about its translation (src/lib/entry-page.ts translationNoticeOf), and
// the entry libs' wording in Russian: the same lists and facts, in the Russian dictionary's words.
import { describe, expect, it } from 'vitest';
import { translationNoticeOf } from '../../src/lib/entry-page.ts';
import { entry as ruEntry } from '../../src/i18n/ru/entry.ts';
import { languageName } from '../../src/lib/entry-view.ts';
import { pagedTitle } from '../../src/lib/paging.ts';

const ref = { collection: 'projects' as const, id: 'hdim' };

describe('translation notices', () => {
  it('say an untranslated entry is shown in English, linking to the English page', () => {
    const notice = translationNoticeOf({ ...ref, lang: 'ru', translation: 'missing' })!;
    expect(notice).toEqual({ kind: 'missing', text: ruEntry.notTranslated, href: '/projects/hdim/', linkText: ruEntry.readInEnglish });
    expect(notice.text).toMatch(/\p{Script=Cyrillic}/u);
  });

  it('give the day the English file changed when the translation is behind', () => {
    const notice = translationNoticeOf({ ...ref, lang: 'ru', translation: 'behind' }, '2026-11-30T18:04:00+00:00')!;
    const day = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 10, 30)));
    expect(day).toBe('30 ноября 2026 г.');
    expect(notice.kind).toBe('behind');
    expect(notice.text).toBe(ruEntry.translationBehind(day));
    expect(notice.text).toContain(day);
    expect(notice.href).toBe('/projects/hdim/');
    expect(notice.linkText).toBe(ruEntry.readTheEnglish);
  });

  it('still say so, undated, when git gives no date', () => {
    expect(translationNoticeOf({ ...ref, lang: 'ru', translation: 'behind' })?.text).toBe(ruEntry.translationBehindUndated);
  });

  it('say nothing for a current translation or an English page', () => {
    expect(translationNoticeOf({ ...ref, lang: 'ru', translation: 'current' })).toBeUndefined();
    expect(translationNoticeOf({ ...ref, lang: 'en', translation: 'original' })).toBeUndefined();
    expect(translationNoticeOf({ ...ref })).toBeUndefined();
  });
});

describe('entry wording by language', () => {
  it('names languages in the page’s language', () => {
    expect(languageName('en')).toBe('English');
    expect(languageName('en', 'ru')).toBe(new Intl.DisplayNames(['ru'], { type: 'language' }).of('en'));
    expect(languageName('de', 'ru')).toMatch(/^\p{Script=Cyrillic}+$/u);
  });

  it('titles the pages of a list in the language', () => {
    expect(pagedTitle('Projects', { currentPage: 2, lastPage: 3 })).toBe('Projects, page 2 of 3');
    expect(pagedTitle('Проекты', { currentPage: 2, lastPage: 3 }, undefined, 'ru')).toBe(ruEntry.pagedTitle('Проекты', 2, 3));
    expect(pagedTitle('Проекты', { currentPage: 1, lastPage: 1 }, undefined, 'ru')).toBe('Проекты');
  });

  it('counts in Russian plural forms', () => {
    expect(ruEntry.moreCountries(1)).toBe('и ещё 1 страна');
    expect(ruEntry.moreCountries(3)).toBe('и ещё 3 страны');
    expect(ruEntry.moreCountries(5)).toBe('и ещё 5 стран');
    expect(ruEntry.allLinked(21, 'projects', 'Проекты', 'X')).toBe('Полный список: 21 проект');
    expect(ruEntry.allCitedBy(12, 'X')).toBe('Полный список: 12 записей');
  });
});
