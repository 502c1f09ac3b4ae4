// /quality/: what it finds in small hand-made graphs, and that it reads the real content without surprises.
import { describe, expect, it } from 'vitest';
import { contentFiles, realGraph } from '../helpers.ts';
import { buildGraph, type Entry } from '../../src/lib/graph.ts';
import {
  fieldCoverage, firstOf, OFTEN_EMPTY, optionalFields, partProblems, qualityData, qualityReport, sequenceProblems, uncitedSources,
  withoutThemeOrCountry,
} from '../../src/lib/quality.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/vocabularies.ts';

const ref = (collection: CollectionName, id: string) => ({ collection, id });
const src = [ref('sources', 's')];
const e = (collection: CollectionName, id: string, data: Record<string, any> = {}): Entry =>
  ({ collection, id, data: { title: id.toUpperCase(), summary: '…', sources: src, aliases: [], themes: [], countries: [], places: [], organizations: [], ...data } }) as unknown as Entry;
const base = [e('sources', 's', { sources: undefined }), e('countries', 'tj'), e('themes', 'gender')];
const ids = (entries: Entry[]) => entries.map((x) => `${x.collection}/${x.id}`);

describe('predecessor ↔ successor', () => {
  it('finds nothing when both sides name each other', () => {
    const g = buildGraph([...base, e('projects', 'a', { successor: ref('projects', 'b') }), e('projects', 'b', { predecessor: ref('projects', 'a') })]);
    expect(sequenceProblems(g)).toEqual([]);
  });

  it('reports a link written on one side only, against the entry missing the other side', () => {
    const g = buildGraph([...base, e('projects', 'a', { successor: ref('projects', 'b') }), e('projects', 'b'), e('projects', 'c', { predecessor: ref('projects', 'd') }), e('projects', 'd')]);
    const found = sequenceProblems(g).map((p) => [p.kind, p.entry.id, p.other.id, p.message]);
    expect(found).toEqual([
      ['one-sided', 'b', 'a', 'has no predecessor, though “A” names it as successor'],
      ['one-sided', 'd', 'c', 'has no successor, though “C” names it as predecessor'],
    ]);
  });

  it('reports a contradiction: the other side names a third project, or an entry names itself', () => {
    const g = buildGraph([
      ...base,
      e('projects', 'a', { successor: ref('projects', 'b') }), e('projects', 'b', { predecessor: ref('projects', 'c') }),
      e('projects', 'c', { successor: ref('projects', 'b') }), e('projects', 'z', { successor: ref('projects', 'z') }),
    ]);
    const found = sequenceProblems(g).map((p) => `${p.kind} ${p.entry.id}`);
    expect(found).toContain('conflict b');
    expect(found).toContain('conflict z');
    expect(found).not.toContain('conflict c');
  });
});

describe('parts and wholes (partOf and subprojects’ project)', () => {
  it('reports a part dated outside its whole, at the precision both give', () => {
    const g = buildGraph([
      ...base,
      e('projects', 'p', { start: '2018-03', end: '2019' }),
      e('subprojects', 'early', { project: ref('projects', 'p'), order: 1, start: '2018-01-15' }),
      e('subprojects', 'inside', { project: ref('projects', 'p'), order: 2, start: '2018', end: '2019-12' }),
      e('projects', 'late', { partOf: ref('projects', 'p'), start: '2019-06', end: '2020-01' }),
    ]);
    expect(partProblems(g).map((p) => [p.kind, p.entry.id, p.other.id, p.message])).toEqual([
      ['part-outside-dates', 'late', 'p', 'ends (January 2020) after the project it is part of (2019)'],
      ['part-outside-dates', 'early', 'p', 'starts (15 January 2018) before the project it is part of (March 2018)'],
    ]);
  });

  it('reports the same part recorded both as a project partOf P and as a subproject of P', () => {
    const g = buildGraph([
      ...base,
      e('projects', 'p'),
      e('projects', 'twin', { partOf: ref('projects', 'p'), title: 'Youth Forum' }),
      e('subprojects', 'sub', { project: ref('projects', 'p'), order: 1, title: 'Other', aliases: ['youth forum'] }),
    ]);
    expect(partProblems(g).map((p) => [p.kind, p.entry.id, p.other.id])).toEqual([['duplicate-part', 'twin', 'sub']]);
  });

  it('reports loops in chains of parents', () => {
    const g = buildGraph([
      ...base,
      e('projects', 'a', { partOf: ref('projects', 'b') }), e('projects', 'b', { partOf: ref('projects', 'a') }),
      e('organizations', 'o', { parent: ref('organizations', 'o') }),
    ]);
    expect(partProblems(g).filter((p) => p.kind === 'loop').map((p) => p.entry.id).sort()).toEqual(['a', 'b', 'o']);
  });
});

describe('sources, themes and countries', () => {
  it('lists sources nothing cites', () => {
    const g = buildGraph([...base, e('sources', 'lonely', { sources: undefined }), e('projects', 'a')]);
    expect(ids(uncitedSources(g))).toEqual(['sources/lonely']);
  });

  it('lists missions, projects and subprojects without a theme or a country; places and a host country count', () => {
    const tj = ref('countries', 'tj');
    const g = buildGraph([
      ...base,
      e('missions', 'hosted', { hostCountry: tj, themes: [ref('themes', 'gender')] }),
      e('missions', 'nowhere', { themes: [ref('themes', 'gender')] }),
      e('projects', 'placed', { places: [{ name: 'Dushanbe', country: tj }], themes: [ref('themes', 'gender')] }),
      e('projects', 'bare'),
      e('subprojects', 'child', { project: ref('projects', 'placed'), order: 1 }),
      e('organizations', 'org'), // not a programme: never listed
    ]);
    const found = withoutThemeOrCountry(g).map((u) => [u.entry.id, u.noTheme, u.noCountry, u.parentHas.themes, u.parentHas.countries]);
    expect(found).toEqual([
      ['nowhere', false, true, false, false],
      ['bare', true, true, false, false],
      ['child', true, true, true, true],
    ]);
  });
});

describe('optional fields', () => {
  it('are read from the schemas: defaults and optional fields, never required ones', () => {
    expect(optionalFields('projects')).toEqual(expect.arrayContaining(['predecessor', 'successor', 'themes', 'start', 'status']));
    expect(optionalFields('projects')).not.toContain('title');
    expect(optionalFields('projects')).not.toContain('kind');
    expect(optionalFields('sources')).not.toContain('language');
    for (const c of COLLECTIONS) for (const f of OFTEN_EMPTY[c]) expect(optionalFields(c), `${c}.${f}`).toContain(f);
  });

  it('are counted per collection: filled plus empty is the number of entries', () => {
    const g = buildGraph([...base, e('projects', 'a', { start: '2018' }), e('projects', 'b')]);
    const projects = fieldCoverage(g).find((c) => c.collection === 'projects')!;
    const start = projects.fields.find((f) => f.field === 'start')!;
    expect(start.filled).toBe(1);
    expect(ids(start.missing)).toEqual(['projects/b']);
    expect(projects.fields.find((f) => f.field === 'themes')!.filled).toBe(0);
  });
});

describe('the real content', () => {
  const report = qualityReport(realGraph());
  const files = contentFiles();

  it('covers every entry of every collection', () => {
    for (const c of report.coverage) {
      const n = files.filter((f) => f.collection === c.collection).length;
      expect(c.total, c.collection).toBe(n);
      for (const f of c.fields) expect(f.filled + f.missing.length, `${c.collection}.${f.field}`).toBe(n);
    }
  });

  it('has no uncited source, as the build already requires', () => {
    expect(report.uncitedSources).toEqual([]);
  });

  it('lists only missions, projects and subprojects as lacking a theme or a country', () => {
    for (const u of report.unplaced) expect(['missions', 'projects', 'subprojects']).toContain(u.entry.collection);
  });
});

describe('capped lists and the full data (/quality.json)', () => {
  it('shows at most the cap, and counts the rest', () => {
    const items = Array.from({ length: 30 }, (_, i) => i);
    expect(firstOf(items, 25)).toEqual({ shown: items.slice(0, 25), more: 5 });
    expect(firstOf(items.slice(0, 3), 25)).toEqual({ shown: [0, 1, 2], more: 0 });
    expect(firstOf([], 25)).toEqual({ shown: [], more: 0 });
    expect(firstOf(items, 30)).toEqual({ shown: items, more: 0 });
  });

  it('carries every finding and every entry with an empty field, not only the ones the page shows', () => {
    const many = Array.from({ length: 40 }, (_, i) => e('projects', `p${String(i).padStart(2, '0')}`));
    const g = buildGraph([...base, e('sources', 'lonely', { sources: undefined }), ...many,
      e('projects', 'a', { successor: ref('projects', 'b') }), e('projects', 'b')]);
    const report = qualityReport(g);
    const data = JSON.parse(JSON.stringify(qualityData(report)));
    expect(data.checks.unplaced.count).toBe(42);
    expect(data.checks.unplaced.items.map((u: any) => u.entry.id)).toEqual(report.unplaced.map((u) => u.entry.id));
    expect(data.checks.unplaced.items[0]).toMatchObject({ missing: ['theme', 'country'], entry: { collection: 'projects', url: `/projects/${report.unplaced[0].entry.id}/`, file: `content/projects/${report.unplaced[0].entry.id}.mdx` } });
    expect(data.checks.sequence).toMatchObject({ count: 1, items: [{ kind: 'one-sided', entry: { id: 'b', url: '/projects/b/' }, other: { id: 'a' } }] });
    expect(data.checks.uncitedSources.items.map((s: any) => s.url)).toEqual(['/sources/lonely/']);
    const projects = data.fields.find((c: any) => c.collection === 'projects');
    expect(projects.total).toBe(42);
    const start = projects.fields.find((f: any) => f.field === 'start');
    expect(start).toMatchObject({ filled: 0, empty: 42, oftenEmpty: false });
    expect(start.missing).toEqual(graphIds(g, 'projects'));
    expect(projects.url.replace('{id}', start.missing[0])).toBe(`/projects/${start.missing[0]}/`);
  });
});

const graphIds = (g: ReturnType<typeof buildGraph>, c: CollectionName) => g.list(c).map((x) => x.id);
