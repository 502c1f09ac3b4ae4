// Collection index rows and order, on a small made-up graph where the answer is known.
import { describe, expect, it } from 'vitest';
import { buildGraph, type Entry } from '../../src/lib/graph.ts';
import { groupRuns, indexOrderOf, indexRowsOf, INDEX_ROW_COUNTRIES } from '../../src/lib/collection-index.ts';

const ref = (collection: any, id: string) => ({ collection, id });
const e = (collection: any, id: string, data: Record<string, any> = {}): Entry => ({ collection, id, data: { title: id.toUpperCase(), summary: `About ${id}`, ...data } }) as Entry;

const graph = buildGraph([
  e('missions', 'b-office', { kind: 'field-operation' }), e('missions', 'a-institute', { kind: 'institution' }), e('missions', 'c-office', { kind: 'field-operation' }),
  ...['c1', 'c2', 'c3', 'c4', 'c5'].map((c) => e('countries', c)),
  e('projects', 'zeta', { kind: 'event', start: '2019-04', end: '2019-05', status: 'completed', mission: ref('missions', 'b-office'),
    countries: ['c1', 'c2', 'c3', 'c4', 'c5'].map((c) => ref('countries', c)) }),
  e('projects', 'alpha', { kind: 'project' }),
  e('subprojects', 'z-second', { project: ref('projects', 'zeta'), order: 2 }),
  e('subprojects', 'y-first', { project: ref('projects', 'zeta'), order: 1 }),
  e('subprojects', 'x-of-alpha', { project: ref('projects', 'alpha'), order: 1 }),
]);
const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe('collection index', () => {
  it('lists missions by kind in the vocabulary’s order, then by title', () => {
    expect(ids(indexOrderOf(graph, 'missions'))).toEqual(['b-office', 'c-office', 'a-institute']);
  });
  it('lists subprojects under their project (projects by title), each in the project’s order', () => {
    expect(ids(indexOrderOf(graph, 'subprojects'))).toEqual(['x-of-alpha', 'y-first', 'z-second']);
    const runs = groupRuns(indexRowsOf(graph, 'subprojects'));
    expect(runs.map((r) => [r.group?.text, r.rows.length])).toEqual([['ALPHA', 1], ['ZETA', 2]]);
  });
  it('gives a row its kind, dates, status, a few countries and its parent; an inherited date says so', () => {
    const [, zeta] = indexRowsOf(graph, 'projects');
    expect(zeta).toMatchObject({ text: 'ZETA', kind: 'Event', when: 'April 2019 – May 2019', start: '2019-04', status: 'Completed', parent: { text: 'B-OFFICE', href: '/missions/b-office/' } });
    expect(zeta.countries).toEqual(['C1', 'C2', 'C3', `and ${5 - INDEX_ROW_COUNTRIES} more`]);
    const [alpha] = indexRowsOf(graph, 'projects');
    expect(alpha.kind).toBeUndefined(); // "Project" over a project says nothing
    const first = indexRowsOf(graph, 'subprojects').find((r) => r.text === 'Y-FIRST')!;
    expect(first.when).toBe('April 2019 – May 2019 (its project’s dates)');
  });
});
