// Related entries: on small made-up graphs where the answer is known, and on the real content for the
// invariants.
import { describe, expect, it } from 'vitest';
import { realGraph } from '../helpers.ts';
import { ancestors, buildGraph, keyOf, type Entry } from '../../src/lib/graph.ts';
import { computeRelated, RELATED_LIMIT, relatedIndexOf, relatedOf } from '../../src/lib/related.ts';
import type { CollectionName } from '../../src/schemas/vocabularies.ts';

const ref = <C extends CollectionName>(collection: C, id: string) => ({ collection, id });
const entity = (collection: CollectionName, id: string): Entry => ({ collection, id, data: { title: id } }) as Entry;
const project = (id: string, data: Record<string, any> = {}): Entry => ({ collection: 'projects', id, data: { title: id, ...data } }) as Entry;
const themes = (...ids: string[]) => ids.map((t) => ref('themes', t));
const orgs = (...ids: string[]) => ids.map((o) => ({ organization: ref('organizations', o), role: 'partner' }));


const small = () => buildGraph([
  entity('themes', 't1'), entity('themes', 't2'), entity('themes', 't3'), entity('organizations', 'o1'), entity('people', 'p1'),
  entity('countries', 'c1'),
  { collection: 'missions', id: 'mission', data: { title: 'Mission', themes: themes('t1') } } as unknown as Entry,
  project('a', { mission: ref('missions', 'mission'), themes: themes('t1', 't2'), organizations: orgs('o1') }),
  project('b-two-themes', { themes: themes('t1', 't2') }),
  project('c-one-org', { organizations: orgs('o1') }),
  project('d-one-person', { people: [{ person: ref('people', 'p1'), role: 'speaker' }], themes: themes('t3') }),
  { collection: 'subprojects', id: 'a-child', data: { title: 'A child', project: ref('projects', 'a'), order: 1, themes: themes('t1', 't2') } } as unknown as Entry,
  project('z-tie', { themes: themes('t1', 't2') }),
  project('y-tie', { themes: themes('t1', 't2') }),
  project('unrelated', { themes: themes('t3'), countries: [ref('countries', 'c1')] }),
]);

describe('related entries', () => {
  it('ranks by weighted overlap: an organization outweighs a theme; ties go by key (collection/id)', () => {
    const g = small();
    const related = relatedOf(g, ref('projects', 'a'));
    expect(related.map((r) => [r.entry.id, r.score])).toEqual([
      ['c-one-org', 3], ['b-two-themes', 2], ['y-tie', 2], ['z-tie', 2],
    ]);
    expect(related[0].shared.map((s) => s.id)).toEqual(['o1']);
    expect(related[1].shared.map((s) => s.id)).toEqual(['t1', 't2']);
  });

  it('leaves out the entry itself, its direct parent and its children', () => {
    const g = small();
    const ids = relatedOf(g, ref('projects', 'a')).map((r) => r.entry.id);
    expect(ids).not.toContain('a');
    expect(ids).not.toContain('mission');
    expect(ids).not.toContain('a-child');
    // The child in turn does not list its parent, but does list its parent's grandparent (not direct).
    const childIds = relatedOf(g, ref('subprojects', 'a-child')).map((r) => r.entry.id);
    expect(childIds).not.toContain('a');
    expect(childIds).toContain('mission');
  });

  it('a shared person counts more than a shared theme or country', () => {
    const g = buildGraph([
      entity('people', 'p1'), entity('themes', 't1'), entity('countries', 'c1'),
      project('x', { people: [{ person: ref('people', 'p1'), role: 'r' }], themes: themes('t1'), countries: [ref('countries', 'c1')] }),
      project('a-theme-and-country', { themes: themes('t1'), countries: [ref('countries', 'c1')] }),
      project('b-person', { people: [{ person: ref('people', 'p1'), role: 'r' }] }),
    ]);
    expect(relatedOf(g, ref('projects', 'x')).map((r) => r.entry.id)).toEqual(['b-person', 'a-theme-and-country']);
  });

  it('leaves out what the page already links to: a successor, and (on its page) the predecessor', () => {
    const g = buildGraph([
      entity('themes', 't1'),
      project('first', { themes: themes('t1'), successor: ref('projects', 'second') }),
      project('second', { themes: themes('t1') }),
      project('third', { themes: themes('t1') }),
    ]);
    expect(relatedOf(g, ref('projects', 'first')).map((r) => r.entry.id)).toEqual(['third']);
    expect(relatedOf(g, ref('projects', 'second')).map((r) => r.entry.id)).toEqual(['third']);
    expect(relatedOf(g, ref('projects', 'third')).map((r) => r.entry.id)).toEqual(['first', 'second']);
  });

  it('shows at most four, and nothing for an entry that shares nothing', () => {
    const many = buildGraph([
      entity('themes', 't'),
      ...Array.from({ length: 9 }, (_, i) => project(`p${i}`, { themes: themes('t') })),
      project('alone'),
    ]);
    expect(relatedOf(many, ref('projects', 'p0')).map((r) => r.entry.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(relatedOf(many, ref('projects', 'alone'))).toEqual([]);
  });

  it('is computed once per graph, then looked up', () => {
    const g = small();
    const first = relatedOf(g, ref('projects', 'a'));
    expect(relatedOf(g, ref('projects', 'a'))).toBe(first);
  });

  it('holds on the real content: at most four, no self, no direct parent or child, best first', () => {
    const graph = realGraph();
    const all = computeRelated(graph);
    let withRelated = 0;
    for (const e of graph.entries) {
      const items = all.get(keyOf(e))!;
      if (items.length) withRelated++;
      expect(items.length).toBeLessThanOrEqual(RELATED_LIMIT);
      const keys = items.map((i) => keyOf(i.entry));
      expect(keys).not.toContain(keyOf(e));
      const parent = ancestors(graph, e).at(-1);
      if (parent) expect(keys).not.toContain(keyOf(parent));
      for (const i of items) {
        const itsParent = ancestors(graph, i.entry).at(-1);
        expect(itsParent && keyOf(itsParent)).not.toBe(keyOf(e));
        expect(i.shared.length).toBeGreaterThan(0);
      }
      for (let k = 1; k < items.length; k++) expect(items[k - 1].score).toBeGreaterThanOrEqual(items[k].score);
    }
    expect(withRelated).toBeGreaterThan(graph.entries.length / 2);
  });

  it('equals the plain pairwise definition on the real content, shared features included (the fast index changes nothing)', () => {
    const graph = realGraph();
    const weights: Record<string, number> = { people: 3, organizations: 3, themes: 1, countries: 1 };
    const featureKeys = (e: Entry) => new Set(graph.outgoing(e).filter((l) => weights[l.to.collection]).map((l) => keyOf(l.to)));
    const parentKey = (e: Entry) => { const p = ancestors(graph, e).at(-1); return p && keyOf(p); };
    // An entry the page already links to (or is linked from) is never suggested again.
    const links = (from: Entry, to: Entry) => graph.outgoing(from).some((l) => keyOf(l.to) === keyOf(to));
    const byKey = (a: Entry, b: Entry) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0);
    const all = computeRelated(graph);
    for (const e of graph.entries) {
      const mine = featureKeys(e);
      const expected = graph.entries
        .filter((o) => o !== e && parentKey(e) !== keyOf(o) && parentKey(o) !== keyOf(e) && !links(e, o) && !links(o, e))
        .map((o) => ({ o, score: [...featureKeys(o)].filter((k) => mine.has(k)).reduce((n, k) => n + weights[k.split('/')[0]], 0) }))
        .filter((x) => x.score > 0)
        .sort((a, b) => b.score - a.score || byKey(a.o, b.o))
        .slice(0, RELATED_LIMIT)
        .map((x) => `${keyOf(x.o)}:${x.score}`);
      expect(all.get(keyOf(e))!.map((i) => `${keyOf(i.entry)}:${i.score}`), keyOf(e)).toEqual(expected);
    }
  });

  it('scores each entry the same whatever order entries are asked for in (a rebuild asks for a few)', () => {
    const graph = realGraph();
    const lists = (items: ReturnType<typeof relatedOf>) => items.map((i) => `${keyOf(i.entry)}:${i.score}:${i.shared.map(keyOf).join('+')}`);
    const inOrder = computeRelated(graph);
    const index = relatedIndexOf(graph);
    const shuffled = [...graph.entries].sort((a, b) => (keyOf(a).length * 7919 + keyOf(a).charCodeAt(0)) % 101 - (keyOf(b).length * 7919 + keyOf(b).charCodeAt(0)) % 101 || (keyOf(a) < keyOf(b) ? 1 : -1));
    for (const e of shuffled) expect(lists(index.of(e)), keyOf(e)).toEqual(lists(inOrder.get(keyOf(e))!));
    expect([...inOrder.values()].filter((l) => l.length).length).toBeGreaterThan(graph.entries.length / 2);
  });

  it('keeps every list when an entry is renamed: ties do not go by title, so one title edit does not reach every page', () => {
    const graph = realGraph();
    const lists = (g: typeof graph) => new Map([...computeRelated(g)].map(([k, items]) => [k, items.map((i) => `${keyOf(i.entry)}:${i.score}`)]));
    const before = lists(graph);
    const projects = graph.entries.filter((e) => e.collection === 'projects' || e.collection === 'subprojects');
    // A title that sorts first and one that sorts last, on a spread of the catalogue's projects and subprojects.
    for (const renamed of projects.filter((_, i) => i % Math.ceil(projects.length / 6) === 0)) {
      for (const title of ['Aaa renamed', 'Zzz renamed']) {
        const after = lists(buildGraph(graph.entries.map((e) => (e === renamed ? ({ ...e, data: { ...e.data, title } } as Entry) : e))));
        expect(after, `${keyOf(renamed)} renamed "${title}"`).toEqual(before);
      }
    }
  });
});
