// The facts of an entry page: the Type row, which does not repeat the collection named above the title, and
// the one row of countries and the places in them (each country once, its places as its note, a place's
// country added when the entry does not list it, an inferred place kept apart with its mark).
import { describe, expect, it } from 'vitest';
import { buildGraph, type Entry } from '../../src/lib/graph.ts';
import { factsOf } from '../../src/lib/entry-view.ts';
import type { CollectionName } from '../../src/schemas/vocabularies.ts';

const ref = (collection: CollectionName, id: string) => ({ collection, id });
const e = (collection: CollectionName, id: string, data: Record<string, any> = {}): Entry =>
  ({ collection, id, data: { title: id[0].toUpperCase() + id.slice(1), summary: '…', sources: [], themes: [], countries: [], places: [], organizations: [], ...data } }) as unknown as Entry;
const countries = ['poland', 'italy', 'austria'].map((c) => e('countries', c));
const row = (data: Record<string, any>) => {
  const graph = buildGraph([...countries, e('projects', 'p', data)]);
  const facts = factsOf(graph, graph.get(ref('projects', 'p'))!);
  return facts.filter((f) => f.label.startsWith('Countries') || f.label === 'Places');
};

describe('the countries and places row', () => {
  it('is "Countries" alone when the entry names no place', () => {
    const [only, ...rest] = row({ countries: [ref('countries', 'poland'), ref('countries', 'italy')] });
    expect(rest).toEqual([]);
    expect(only.label).toBe('Countries');
    expect(only.items.map((i) => [i.text, i.href, i.note])).toEqual([['Poland', '/countries/poland/', undefined], ['Italy', '/countries/italy/', undefined]]);
  });

  it('gives each country its places, in the entry’s order, and adds a country only a place names', () => {
    const rows = row({
      countries: [ref('countries', 'poland'), ref('countries', 'italy')],
      places: [{ name: 'Milan', country: ref('countries', 'italy') }, { name: 'Vienna', country: ref('countries', 'austria') }, { name: 'Rome', country: ref('countries', 'italy') }],
    });
    expect(rows.map((r) => r.label)).toEqual(['Countries and places']);
    expect(rows[0].items.map((i) => [i.text, i.href, i.note])).toEqual([
      ['Poland', '/countries/poland/', undefined],
      ['Italy', '/countries/italy/', 'Milan, Rome'],
      ['Austria', '/countries/austria/', 'Vienna'],
    ]);
  });

  it('keeps an inferred place apart, marked, without marking its stated country', () => {
    const [r] = row({ countries: [ref('countries', 'poland')], places: [{ name: 'Warsaw', country: ref('countries', 'poland'), inferred: 'The photo is of the Palace of Culture.' }] });
    expect(r.items.map((i) => [i.text, i.note, i.inferred ?? false])).toEqual([['Poland', undefined, false], ['Warsaw', 'Poland', true]]);
  });
});

describe('the Type row', () => {
  const typeOn = (collection: CollectionName, data: Record<string, any>) => {
    const graph = buildGraph([e('projects', 'p'), e(collection, 'x', data)]);
    return factsOf(graph, graph.get(ref(collection, 'x'))!).find((f) => f.label === 'Type');
  };
  it('names a kind other than the collection', () => {
    expect(typeOn('projects', { kind: 'programme' })?.items.map((i) => i.text)).toEqual(['Programme']);
    expect(typeOn('organizations', { kind: 'ngo' })?.items.map((i) => i.text)).toEqual(['Non-governmental organization']);
  });
  it('is left out where it would repeat the collection ("Project" on a project) or there is no kind (a subproject)', () => {
    expect(typeOn('projects', { kind: 'project' })).toBeUndefined();
    expect(typeOn('subprojects', { project: ref('projects', 'p'), order: 1 })).toBeUndefined();
  });
  it('is kept, marked, when the kind is inferred, even if it is the collection’s name', () => {
    expect(typeOn('projects', { kind: 'project', inferred: { kind: 'The page calls it a project only once.' } })).toMatchObject({ items: [{ text: 'Project' }], inferred: true });
  });
});
