// The per-entry rules (src/lib/model.ts), on a small made-up graph where each answer is known.
import { describe, expect, it } from 'vitest';
import { buildGraph, type Entry } from '../../src/lib/graph.ts';
import { countryRefsOf, datesOf, entryFile, entryUrl, parentRefOf, sameName, titleOf } from '../../src/lib/model.ts';
import type { CollectionName } from '../../src/schemas/vocabularies.ts';

const ref = (collection: CollectionName, id: string) => ({ collection, id });
const e = (collection: CollectionName, id: string, data: Record<string, unknown> = {}): Entry =>
  ({ collection, id, data: { title: `The ${id}`, summary: `About ${id}`, ...data } }) as unknown as Entry;

const graph = buildGraph([
  e('countries', 'kg'), e('countries', 'tj'), e('countries', 'kz'),
  e('missions', 'office', { kind: 'field-operation', hostCountry: ref('countries', 'tj'), established: '2002' }),
  e('projects', 'forum', { kind: 'event', start: '2019-04', end: '2019-05', mission: ref('missions', 'office'),
    countries: [ref('countries', 'kz')], places: [{ name: 'Osh', country: ref('countries', 'kg') }, { name: 'Bishkek', country: ref('countries', 'kg') }] }),
  e('subprojects', 'day-one', { project: ref('projects', 'forum'), order: 1 }),
  e('subprojects', 'day-two', { project: ref('projects', 'forum'), order: 2, start: '2019-05-02' }),
  e('sources', 'report', { kind: 'report', published: '2020-03', language: 'en' }),
]);
const get = (collection: CollectionName, id: string) => graph.get(ref(collection, id))!;

describe('the per-entry rules', () => {
  it('name an entry, its page and its file', () => {
    expect(titleOf(get('projects', 'forum'))).toBe('The forum');
    expect(entryUrl('projects', 'forum')).toBe('/projects/forum/');
    expect(entryFile('projects', 'forum')).toBe('content/projects/forum.mdx');
    expect(entryFile('projects', 'forum', 'ru')).toBe('content/ru/projects/forum.mdx');
  });

  it('say what an entry is part of', () => {
    expect(parentRefOf(get('subprojects', 'day-one'))).toEqual(ref('projects', 'forum'));
    expect(parentRefOf(get('projects', 'forum'))).toEqual(ref('missions', 'office'));
    expect(parentRefOf(get('countries', 'kg'))).toBeUndefined();
  });

  it('list the countries an entry names, places last, as written', () => {
    expect(countryRefsOf(get('projects', 'forum')).map((r) => r.id)).toEqual(['kz', 'kg', 'kg']);
    expect(countryRefsOf(get('projects', 'forum'), { places: false }).map((r) => r.id)).toEqual(['kz']);
    expect(countryRefsOf(get('missions', 'office')).map((r) => r.id)).toEqual(['tj']);
  });

  it('date an entry, a subproject by its project where it has no dates of its own', () => {
    expect(datesOf(graph, get('projects', 'forum'))).toEqual({ start: '2019-04', end: '2019-05' });
    expect(datesOf(graph, get('subprojects', 'day-one'))).toEqual({ start: '2019-04', end: '2019-05', inherited: true });
    expect(datesOf(graph, get('subprojects', 'day-two'))).toEqual({ start: '2019-05-02', end: undefined });
    expect(datesOf(graph, get('missions', 'office'))).toEqual({ start: '2002' });
    expect(datesOf(graph, get('sources', 'report'))).toEqual({ start: '2020-03', end: '2020-03' });
    expect(datesOf(graph, get('countries', 'kg'))).toBeUndefined();
  });

  it('take two names as one whatever their case, spacing and Unicode form', () => {
    expect(sameName('  OSCE   Academy ')).toBe(sameName('osce academy'));
    expect(sameName('ＯＳＣＥ')).toBe(sameName('OSCE'));
    expect(sameName('OSCE Academy')).not.toBe(sameName('OSCE Academies'));
  });
});
