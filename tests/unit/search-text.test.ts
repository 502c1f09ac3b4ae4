// The words of the search: normalizing, spelling variants, stopwords, query syntax, vocabulary and correction.
import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import {
  correctWord, normalizeWord, parseQuery, parseVocabulary, queryForm, serializeVocabulary, variantsOf, wordsOf,
} from '../../src/lib/search-text.ts';

describe('words', () => {
  it('folds case, accents and possessives', () => {
    expect(normalizeWord('Dušanbe')).toBe('dusanbe');
    expect(normalizeWord("Women's")).toBe('women');
    expect(normalizeWord('Oʻzbekiston')).toBe('ozbekiston');
    expect(normalizeWord('Душанбе')).toBe('душанбе');
  });
  it('keeps a hyphenated word whole and in parts', () => {
    expect(wordsOf('co-operation, 2018')).toEqual(['cooperation', 'co', 'operation', '2018']);
  });
});

describe('spelling variants', () => {
  it('pairs British and American spellings both ways', () => {
    expect(variantsOf('centre')).toEqual(['center']);
    expect(queryForm('Centre')).toBe('center');
    expect(queryForm('co-operation')).toBe('cooperation');
    expect(queryForm('Dushanbe')).toBe('Dushanbe');
    expect(variantsOf('center')).toEqual(['centre']);
    expect(variantsOf('defence')).toEqual(['defense']);
    expect(variantsOf('programmes')).toEqual(['programs']);
    expect(variantsOf('counselling')).toEqual(['counseling']);
    expect(variantsOf('women')).toEqual(['woman']);
    expect(variantsOf('woman')).toEqual(['women']);
  });
  it('derives -ise/-ize and -yse/-yze forms', () => {
    expect(variantsOf('organisation')).toEqual(['organization']);
    expect(variantsOf('organizations')).toEqual(['organisations']);
    expect(variantsOf('radicalisation')).toEqual(['radicalization']);
    expect(variantsOf('organised')).toEqual(['organized']);
    expect(variantsOf('analyse')).toEqual([]); // "anal" is too short a stem for a bare -yse
    expect(variantsOf('analysing')).toEqual(['analyzing']);
  });
  it('leaves plain -ise words alone', () => {
    expect(variantsOf('rise')).toEqual([]);
    expect(variantsOf('wise')).toEqual([]);
    expect(variantsOf('promise')).toEqual([]);
    expect(variantsOf('dushanbe')).toEqual([]);
  });
});

describe('query syntax', () => {
  it('drops question words and keeps the subject', () => {
    const p = parseQuery('how many women received counselling in Tajikistan');
    expect(p.words).toEqual(['women', 'received', 'counselling', 'Tajikistan']);
    expect(p.dropped).toEqual(['how', 'many', 'in']);
    expect(parseQuery('when was the OSCE Academy in Bishkek established').words).toEqual(['OSCE', 'Academy', 'Bishkek', 'established']);
  });
  it('keeps stopwords when the query is nothing else', () => {
    expect(parseQuery('who').words).toEqual(['who']);
  });
  it('reads phrases, OR and exclusions', () => {
    expect(parseQuery('"civil society" Albania')).toMatchObject({ phrases: ['civil society'], words: ['Albania'] });
    expect(parseQuery('“civil society”').phrases).toEqual(['civil society']);
    expect(parseQuery('hate OR trafficking')).toMatchObject({ alternatives: [['hate', 'trafficking']], words: [] });
    expect(parseQuery('a1 OR b1 OR c1 kosovo')).toMatchObject({ alternatives: [['a1', 'b1', 'c1']], words: ['kosovo'] });
    expect(parseQuery('civil -society')).toMatchObject({ words: ['civil'], exclude: ['society'] });
  });
  it('reads a hyphen inside a word, and a lower-case "or", as part of the words', () => {
    expect(parseQuery('co-operation 2018-2019')).toMatchObject({ words: ['co-operation', '2018-2019'], exclude: [] });
    expect(parseQuery('hate or trafficking').alternatives).toEqual([]);
  });
});

describe('vocabulary and correction', () => {
  const vocab = parseVocabulary(serializeVocabulary(new Map([
    ['dushanbe', 14], ['tajikistan', 40], ['kyrgyzstan', 9], ['scarpitta', 2], ['odihr', 12], ['platform', 8],
    ['2018', 30], ['of', 100], ['душанбе', 1],
  ])));
  it('writes words with letters only, three or more, most frequent first', () => {
    expect([...vocab.keys()]).toEqual(['tajikistan', 'dushanbe', 'odihr', 'kyrgyzstan', 'platform', 'scarpitta', 'душанбе']);
  });
  it('corrects a word the index lacks to the nearest one it holds', () => {
    expect(correctWord('Dushambe', vocab, distance)).toBe('dushanbe');
    expect(correctWord('Dušanbe', vocab, distance)).toBe('dushanbe');
    expect(correctWord('Tajikstan', vocab, distance)).toBe('tajikistan');
    expect(correctWord('Kyrgystan', vocab, distance)).toBe('kyrgyzstan');
    expect(correctWord('Scarpita', vocab, distance)).toBe('scarpitta');
    expect(correctWord('ODHIR', vocab, distance)).toBe('odihr');
    expect(correctWord('Platfrom', vocab, distance)).toBe('platform');
    expect(correctWord('Душамбе', vocab, distance)).toBe('душанбе');
  });
  it('leaves known, short, numeric and far-off words alone', () => {
    expect(correctWord('Dushanbe', vocab, distance)).toBeUndefined();
    expect(correctWord('ofx', vocab, distance)).toBeUndefined();
    expect(correctWord('2019', vocab, distance)).toBeUndefined();
    expect(correctWord('mediation', vocab, distance)).toBeUndefined();
  });
});
