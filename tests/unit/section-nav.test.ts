// The section navigation and previous/next: on small made-up graphs where the answer is known, and on the
// real content, where the expected order is read from the files' own `order` and dates.
import { describe, expect, it } from 'vitest';
import { contentFiles, realGraph } from '../helpers.ts';
import { buildGraph, keyOf, type Entry } from '../../src/lib/graph.ts';
import { neighboursOf, sectionNavOf, SECTION_WINDOW, siblingsOf, type NavNode } from '../../src/lib/section-nav.ts';
import { pageContentsOf } from '../../src/lib/entry-page.ts';

const ref = (collection: any, id: string) => ({ collection, id });
const mission = (id: string): Entry => ({ collection: 'missions', id, data: { title: id } }) as Entry;
const project = (id: string, data: Record<string, any> = {}): Entry => ({ collection: 'projects', id, data: { title: id, ...data } }) as Entry;
const sub = (id: string, project: string, order: number): Entry => ({ collection: 'subprojects', id, data: { title: id, project: ref('projects', project), order } }) as Entry;

describe('siblings and previous/next', () => {
  const graph = buildGraph([
    mission('m'),
    project('late', { mission: ref('missions', 'm'), start: '2021-03' }),
    project('early', { mission: ref('missions', 'm'), start: '2018' }),
    project('undated', { mission: ref('missions', 'm') }),
    project('alone'),
    sub('c', 'early', 3), sub('a', 'early', 1), sub('b', 'early', 2),
  ]);
  const get = (c: any, id: string) => graph.get(ref(c, id))!;
  const ids = (list: Entry[]) => list.map((e) => e.id);

  it('orders subprojects by their number in the project, not by title', () => {
    expect(ids(siblingsOf(graph, get('subprojects', 'c')).siblings)).toEqual(['a', 'b', 'c']);
  });
  it('orders a mission’s projects by start date, undated last', () => {
    expect(ids(siblingsOf(graph, get('projects', 'undated')).siblings)).toEqual(['early', 'late', 'undated']);
  });
  it('steps among siblings only, with the parent as up and no wrap-around', () => {
    expect(neighboursOf(graph, get('subprojects', 'a'))).toEqual({ previous: undefined, next: get('subprojects', 'b'), up: get('projects', 'early') });
    expect(neighboursOf(graph, get('subprojects', 'c')).next).toBeUndefined();
    expect(neighboursOf(graph, get('projects', 'late'))).toEqual({ previous: get('projects', 'early'), next: get('projects', 'undated'), up: get('missions', 'm') });
  });
  it('opens the family down to the page and marks the page as current', () => {
    const nav = sectionNavOf(graph, get('subprojects', 'b'));
    expect(nav.root).toBe(get('missions', 'm'));
    const [root] = nav.rows;
    expect(ids(root.children.map((n) => n.entry))).toEqual(['early', 'late', 'undated']);
    const early = root.children[0];
    expect(ids(early.children.map((n) => n.entry))).toEqual(['a', 'b', 'c']);
    expect(early.children.filter((n) => n.current).map((n) => n.entry.id)).toEqual(['b']);
    expect(root.children[1].children).toEqual([]); // a sibling branch is not opened
  });
});

describe('the section navigation stays bounded', () => {
  const N = 200;
  const entries: Entry[] = [mission('m')];
  for (let i = 0; i < N; i++) entries.push(project(`p${String(i).padStart(3, '0')}`, { mission: ref('missions', 'm'), start: `${1900 + i}` }));
  const graph = buildGraph(entries);
  const count = (nodes: NavNode[]): number => nodes.reduce((n, x) => n + 1 + count(x.children), 0);

  for (const i of [0, 3, 100, N - 2, N - 1]) {
    it(`around project ${i} of ${N}: at most ${2 * SECTION_WINDOW + 1} siblings, the page among them, the rest counted`, () => {
      const page = graph.get(ref('projects', `p${String(i).padStart(3, '0')}`))!;
      const { rows } = sectionNavOf(graph, page);
      const level = rows[0];
      expect(level.children.length).toBe(2 * SECTION_WINDOW + 1);
      expect(level.children.some((n) => n.current && n.entry === page)).toBe(true);
      expect(level.hiddenBefore + level.children.length + level.hiddenAfter).toBe(N);
      expect(count(rows)).toBeLessThanOrEqual(2 * SECTION_WINDOW + 2);
    });
  }
});

describe('on the real content', () => {
  const graph = realGraph();
  it('every subproject’s previous and next are its project’s subprojects numbered one below and one above', () => {
    // Expected from the files themselves: each project's subprojects and their `order`.
    const byProject = new Map<string, { id: string; order: number }[]>();
    for (const f of contentFiles().filter((f) => f.collection === 'subprojects')) {
      const project = String((f.data as any).project);
      byProject.set(project, [...(byProject.get(project) ?? []), { id: f.id, order: Number((f.data as any).order) }]);
    }
    let checked = 0;
    for (const [project, subs] of byProject) {
      subs.sort((a, b) => a.order - b.order);
      subs.forEach((s, i) => {
        const n = neighboursOf(graph, graph.get(ref('subprojects', s.id))!);
        expect(n.previous?.id, s.id).toBe(subs[i - 1]?.id);
        expect(n.next?.id, s.id).toBe(subs[i + 1]?.id);
        expect(n.up?.id, s.id).toBe(project);
        checked++;
      });
    }
    expect(checked).toBe(contentFiles().filter((f) => f.collection === 'subprojects').length);
  });
  it('every entry is current exactly once in its own navigation', () => {
    const walk = (nodes: NavNode[]): NavNode[] => nodes.flatMap((n) => [n, ...walk(n.children)]);
    for (const e of graph.entries) {
      const current = walk(sectionNavOf(graph, e).rows).filter((n) => n.current);
      expect(current.map((n) => keyOf(n.entry)), keyOf(e)).toEqual([keyOf(e)]);
    }
  });
});

describe('On this page', () => {
  const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase() });
  it('lists the parts present around the body’s level-2 and level-3 headings, in page order', () => {
    const items = pageContentsOf([h(1, 'Title'), h(2, 'Aims'), h(4, 'Deep'), h(3, 'Detail')],
      [{ slug: 'intro', text: 'Intro', present: true }],
      [{ slug: 'figures', text: 'Key figures', present: false }, { slug: 'cite-this', text: 'Cite this entry', present: true }]);
    expect(items.map((i) => i.text)).toEqual(['Intro', 'Aims', 'Detail', 'Cite this entry']);
  });
});
