// Names in other scripts: every country must be findable under its Russian name. The expected names come
// from i18n-iso-countries' Russian locale (a maintained, independent list), never from the content itself.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { realGraph } from '../helpers.ts';

const require = createRequire(import.meta.url);
const russian: Record<string, string | string[]> = require('i18n-iso-countries/langs/ru.json').countries;
const countries = realGraph().list('countries');
const CYRILLIC = /\p{Script=Cyrillic}/u;

describe('country aliases in Russian', () => {
  it('there are countries to check', () => {
    expect(countries.length).toBeGreaterThan(0);
  });

  it.each(countries.map((c) => [c.id, c] as const))('%s has every Russian name i18n-iso-countries gives for its code', (_id, country) => {
    const expected = [russian[country.data.code] ?? []].flat();
    expect(expected, `i18n-iso-countries has no Russian name for ${country.data.code}`).not.toHaveLength(0);
    const cyrillicAliases = country.data.aliases.filter((a: string) => CYRILLIC.test(a));
    for (const name of expected) expect(cyrillicAliases).toContain(name);
  });
});

// The OSCE's own structures and the subjects of the atlas are what a Russian-reading researcher types first
// ("БДИПЧ", "торговля людьми"); each has at least one name in Cyrillic.
describe('names in Cyrillic for the OSCE’s structures and the themes', () => {
  const graph = realGraph();
  it.each([...graph.list('missions'), ...graph.list('themes')].map((e) => [`${e.collection}/${e.id}`, e] as const))('%s', (_key, entry) => {
    expect(entry.data.aliases.filter((a: string) => CYRILLIC.test(a)), String(entry.data.title)).not.toHaveLength(0);
  });
});
