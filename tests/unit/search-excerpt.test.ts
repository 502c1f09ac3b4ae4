// Result excerpts: a whole sentence of the entry's own prose with the matches marked, or the summary.
import { describe, expect, it } from 'vitest';
import { excerptOf } from '../../src/lib/search-excerpt.ts';

const title = 'OSCE Academy in Bishkek.';
const aliases = 'Also known as: Академия ОБСЕ в Бишкеке.';
const summary = 'Founded in 2002 in Bishkek, the Academy teaches.';
const prose = 'It was set up by the OSCE. Its master programmes draw students from Central Asia. Graduates work across the region.';
const content = `${title} ${aliases} ${summary} ${prose}`;
const words = content.split(' ');
const at = (word: string, from = 0) => words.indexOf(word, from);

describe('search excerpts', () => {
  it('is the prose sentence holding the matches, from its start, matches marked', () => {
    const students = at('students');
    expect(excerptOf({ content, locations: [students], title, aliases, summary }))
      .toBe('Its master programmes draw <mark>students</mark> from Central Asia.');
  });
  it('prefers the sentence with most matches', () => {
    const locs = [at('OSCE', 10), at('Central'), at('Asia.')];
    expect(excerptOf({ content, locations: locs, title, aliases, summary })).toContain('<mark>Central</mark> <mark>Asia.</mark>');
  });
  it('shows the summary when only the title, other names or summary match', () => {
    expect(excerptOf({ content, locations: [at('Bishkek.')], title, aliases, summary })).toBe('Founded in 2002 in Bishkek, the Academy teaches.');
    expect(excerptOf({ content, locations: [at('Bishkek,')], title, aliases, summary })).toBe('Founded in 2002 in <mark>Bishkek,</mark> the Academy teaches.');
  });
  it('escapes page text', () => {
    const c = `${title} ${aliases} ${summary} A <b>bold</b> & claim.`;
    expect(excerptOf({ content: c, locations: [c.split(' ').indexOf('claim.')], title, aliases, summary })).toBe('A &lt;b&gt;bold&lt;/b&gt; &amp; <mark>claim.</mark>');
  });
  it('cuts a very long sentence around its match, saying so', () => {
    const long = Array.from({ length: 120 }, (_, i) => `w${i}`).join(' ') + '.';
    const c = `${title} ${aliases} ${summary} ${long}`;
    const ws = c.split(' ');
    const out = excerptOf({ content: c, locations: [ws.indexOf('w60')], title, aliases, summary });
    expect(out.startsWith('… w52')).toBe(true);
    expect(out).toContain('<mark>w60</mark>');
    expect(out.endsWith(' …')).toBe(true);
  });
});
