// The words of the Russian search: ё and е one letter, й its own, Russian stopwords, quotes and ИЛИ,
// case endings cut for comparing names, and corrections from a Russian vocabulary.
import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { correctWord, normalizeWord, parseQuery, parseVocabulary, queryForm, russianBase, serializeVocabulary, yoVariant } from '../../src/lib/search-text.ts';
import { prepareForIndex } from '../../src/lib/search-index.ts';

describe('Cyrillic words', () => {
  it('folds ё to е, as Russian writes either, and keeps й a letter of its own', () => {
    expect(normalizeWord('Партнёр')).toBe('партнер');
    expect(normalizeWord('Ё')).toBe('е');
    expect(normalizeWord('Мой')).toBe('мой');
    expect(normalizeWord('ЙОД')).toBe('йод');
    expect(normalizeWord('Қазақстан')).toBe('қазақстан');
  });
  it('searches a ё-word in its е-spelling, which the index holds beside the page\'s own', () => {
    expect(queryForm('партнёр')).toBe('партнер');
    expect(queryForm('Таджикистан')).toBe('Таджикистан');
    expect(yoVariant('Соединённые')).toBe('соединенные');
    expect(yoVariant('Штаты')).toBeUndefined();
    const page = '<html lang="ru"><body><main data-pagefind-body><h1>Соединённые Штаты</h1><p>Партнёр и партнер.</p></main></body></html>';
    const { html } = prepareForIndex(page, 'x.html');
    expect(html).toContain('соединенные');
    expect(html.match(/партнер/g)?.length).toBe(1); // written both ways already: not added again
  });
});

describe('Russian queries', () => {
  it('leaves out Russian question and function words on a Russian page only', () => {
    expect(parseQuery('сколько женщин в Таджикистане', 'ru').words).toEqual(['женщин', 'Таджикистане']);
    expect(parseQuery('что такое СРВЧИ', 'ru').dropped).toEqual(['что', 'такое']);
    expect(parseQuery('Академия ОБСЕ в Бишкеке').words).toEqual(['Академия', 'ОБСЕ', 'в', 'Бишкеке']);
  });
  it('reads «кавычки» as a phrase and ИЛИ as OR', () => {
    expect(parseQuery('«гражданское общество» Киев', 'ru')).toMatchObject({ phrases: ['гражданское общество'], words: ['Киев'] });
    expect(parseQuery('ненависти ИЛИ торговли', 'ru').alternatives).toEqual([['ненависти', 'торговли']]);
    expect(parseQuery('ненависти ИЛИ торговли').alternatives).toEqual([]);
  });
  it('cuts case endings so a name matches in any case', () => {
    expect(russianBase('таджикистане')).toBe(russianBase('таджикистан'));
    expect(russianBase('узбекистану')).toBe('узбекистан');
    expect(russianBase('академией')).toBe(russianBase('академия'));
    expect(russianBase('бишкеке')).toBe('бишкек');
    expect(russianBase('оон')).toBe('оон');
    expect(russianBase('women')).toBe('women');
  });
  it('corrects a Russian typo from a Russian vocabulary', () => {
    const vocab = parseVocabulary(serializeVocabulary(new Map([['таджикистан', 20], ['таджикистане', 12], ['душанбе', 9], ['бишкек', 5]])));
    expect(correctWord('Таджекистан', vocab, distance)).toBe('таджикистан');
    expect(correctWord('Душамбе', vocab, distance)).toBe('душанбе');
    expect(correctWord('Бишкек', vocab, distance)).toBeUndefined();
  });
});
