// Inferences as data: a value the sources imply but do not state carries its reason, validate refuses a
// mark without one, and the page, the data files and /quality/ all show it as inferred.
import { describe, expect, it } from 'vitest';
import { makeSchemas } from '../../src/schemas/collections.ts';
import { plainReference } from '../../src/schemas/fields.ts';
import { buildGraph, type Entry } from '../../src/lib/graph.ts';
import { connectedGroupsOf, factsOf, inferencesOf } from '../../src/lib/entry-view.ts';
import { csvRows } from '../../src/lib/data-export.ts';
import { inferredEntries } from '../../src/lib/quality.ts';
import { builtHtml, contentFiles, realGraph } from '../helpers.ts';

const schemas = makeSchemas(plainReference);
const REASON = 'The page lists it among the members of a network of NGOs.';
const org = (extra: Record<string, unknown>) => ({ title: 'DRA', summary: 'An organisation.', sources: ['a-source'], kind: 'ngo', ...extra });
const issues = (data: Record<string, unknown>, collection: 'organizations' | 'projects' = 'organizations') => {
  const r = schemas[collection].safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the schema', () => {
  it('accepts a field-level mark with a reason, and an item-level one', () => {
    expect(issues(org({ inferred: { kind: REASON } }))).toEqual([]);
    expect(issues({
      title: 'P', summary: 'S.', sources: ['a-source'], kind: 'project',
      organizations: [{ organization: 'csp', role: 'implementer', inferred: REASON }],
    }, 'projects')).toEqual([]);
  });
  it('refuses a mark without a real reason', () => {
    expect(issues(org({ inferred: { kind: '' } }))).toEqual([expect.stringMatching(/^inferred\.kind: say why it is inferred/)]);
    expect(issues(org({ inferred: { kind: 'guess' } }))).toEqual([expect.stringMatching(/^inferred\.kind: say why/)]);
    expect(issues(org({ inferred: { kind: true } }))).toEqual([expect.stringMatching(/^inferred\.kind: expected the reason/)]);
  });
  it('refuses a mark on a field the collection does not have, or one the entry leaves empty', () => {
    expect(issues(org({ inferred: { knd: REASON } }))).toEqual([expect.stringMatching(/^inferred\.knd: "knd" is not a field that can be inferred here; expected one of: title, kind, countries/)]);
    expect(issues(org({ inferred: { parent: REASON } }))).toEqual(['inferred.parent: marks "parent" as inferred, but the entry gives no parent']);
    expect(issues(org({ inferred: { sources: REASON } }))).toEqual([expect.stringMatching(/^inferred\.sources: "sources" is not a field that can be inferred/)]);
  });
  it('refuses a dated event whose end is before its date', () => {
    expect(issues({ title: 'P', summary: 'S.', sources: ['a-source'], kind: 'project', events: [{ date: '2021', end: '2020', what: 'A strategy' }] }, 'projects'))
      .toEqual(['events.0.end: the end date is before the event’s date']);
  });
});

describe('on the page and in the data', () => {
  const parse = (collection: 'organizations' | 'projects', id: string, data: Record<string, unknown>): Entry =>
    ({ collection, id, data: schemas[collection].parse(data) }) as Entry;
  const graph = buildGraph([
    parse('organizations', 'dra', org({ inferred: { kind: REASON } })),
    parse('organizations', 'csp', org({ title: 'CSP', kind: 'network' })),
    parse('projects', 'p', {
      title: 'P', summary: 'S.', sources: ['a-source'], kind: 'project',
      organizations: [{ organization: 'csp', role: 'implementer', inferred: 'The page never says who ran it; it introduces the CSP first.' }, { organization: 'dra', role: 'partner' }],
    }),
  ]);
  const get = (collection: string, id: string) => graph.entries.find((e) => e.collection === collection && e.id === id)!;

  it('lists each inference with what it is, its value and its reason', () => {
    expect(inferencesOf(graph, get('organizations', 'dra'))).toEqual([{ what: 'Type', value: 'Non-governmental organization', reason: REASON }]);
    expect(inferencesOf(graph, get('projects', 'p'))).toEqual([
      { what: 'Organization', value: 'CSP, Implementer', reason: 'The page never says who ran it; it introduces the CSP first.' },
    ]);
  });
  it('marks the inferred fact and the inferred item only', () => {
    expect(factsOf(graph, get('organizations', 'dra')).find((f) => f.label === 'Type')?.inferred).toBe(true);
    const orgs = factsOf(graph, get('projects', 'p')).find((f) => f.label === 'Organizations')!;
    expect(orgs.inferred).toBeUndefined();
    expect(orgs.items.map((i) => [i.text, !!i.inferred])).toEqual([['CSP', true], ['DRA', false]]);
  });
  it('says "inferred" beside the role on the other entry’s page', () => {
    const groups = connectedGroupsOf(graph, get('organizations', 'csp'));
    expect(groups[0].entries[0].note).toBe('Implementer, inferred');
    expect(connectedGroupsOf(graph, get('organizations', 'dra'))[0].entries[0].note).toBe('Partner');
  });
  it('carries the reasons into the CSV cells', () => {
    expect(csvRows(graph, 'organizations').find((r) => r.slug === 'dra')!.inferred).toBe(`kind: ${REASON}`);
    expect(csvRows(graph, 'projects')[0].organizations).toBe('csp (implementer, inferred: The page never says who ran it; it introduces the CSP first.); dra (partner)');
  });
  it('counts them for /quality/', () => {
    expect(inferredEntries(graph).map((i) => [i.entry.id, i.inferences.length])).toEqual([['dra', 1], ['p', 1]]);
  });
});

describe('the built site', () => {
  const graph = realGraph();
  const files = contentFiles();
  it('every entry with an inference shows each reason under "What is inferred", and a mark', () => {
    const marked = graph.entries.filter((e) => inferencesOf(graph, e).length > 0);
    // The content marks its inferences (issue 16): at least the ones the audit named.
    expect(marked.length).toBeGreaterThan(0);
    for (const e of marked) {
      const html = builtHtml(`/${e.collection}/${e.id}/`);
      const section = html.slice(html.indexOf('id="inferred"'), html.indexOf('</section>', html.indexOf('id="inferred"')));
      for (const i of inferencesOf(graph, e)) expect(section, e.id).toContain(i.reason.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&#39;').replace(/"/g, '&quot;'));
      expect(html, e.id).toContain('class="inferred-mark" href="#inferred"');
    }
  });
  it('no entry without an inference has the section', () => {
    const unmarked = graph.entries.filter((e) => inferencesOf(graph, e).length === 0);
    expect(unmarked.length + graph.entries.filter((e) => inferencesOf(graph, e).length > 0).length).toBe(files.length);
    for (const e of unmarked) expect(builtHtml(`/${e.collection}/${e.id}/`), e.id).not.toContain('id="inferred"');
  });
});
