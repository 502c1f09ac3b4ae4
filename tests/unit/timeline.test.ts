import { describe, expect, it } from 'vitest';
import { timeline, timelineFilters } from '../../src/lib/timeline.ts';
import { realGraph } from '../helpers.ts';

const graph = realGraph();
const all = timeline(graph);
const hrefs = all.flatMap((y) => y.items.map((i) => i.href));

describe('timeline', () => {
  it('holds every dated project and subproject exactly once', () => {
    const dated = graph.entries.filter((e) => (e.collection === 'projects' || e.collection === 'subprojects') &&
      (e.data.start || e.data.end || (e.collection === 'subprojects' && (graph.get(e.data.project)?.data.start))));
    expect(hrefs.sort()).toEqual(dated.map((e) => `/${e.collection}/${e.id}/`).sort());
  });
  it('keeps partial dates honest and in order', () => {
    const y2024 = all.find((y) => y.year === '2024')!;
    expect(y2024.items.map((i) => i.when)).toEqual(expect.arrayContaining(['March 2024', '21 May 2024 – 23 May 2024']));
    expect(all.find((y) => y.year === '2022')!.items[0].when).toBe('2022');
    expect(all.map((y) => y.year)).toEqual([...all.map((y) => y.year)].sort());
  });
  it('narrows by country', () => {
    const kz = timeline(graph, { collection: 'countries', id: 'kazakhstan' }).flatMap((y) => y.items.map((i) => i.href));
    expect(kz).toContain('/projects/regional-networking-conference-2024/');
    expect(kz).not.toContain('/projects/democracy-defenders-workshop-2017/');
    expect(timelineFilters(graph).some((f) => f.entry.id === 'kazakhstan')).toBe(true);
  });
  it('tags each item with the countries and themes its filter pages narrow by, so the in-page filter agrees', () => {
    const items = all.flatMap((y) => y.items);
    for (const f of timelineFilters(graph)) {
      const key = f.collection === 'countries' ? 'countries' : 'themes';
      const tagged = items.filter((i) => i[key].includes(f.entry.id)).map((i) => i.href).sort();
      const page = timeline(graph, f.entry).flatMap((y) => y.items.map((i) => i.href)).sort();
      expect(tagged, `${f.collection}/${f.entry.id}`).toEqual(page);
      expect(tagged.length).toBe(f.count);
    }
    for (const i of items) expect(i.href.startsWith(`/${i.collection}/`), i.href).toBe(true);
  });
});
