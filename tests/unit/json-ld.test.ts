import { describe, expect, it } from 'vitest';
import { jsonLdOf } from '../../src/lib/json-ld.ts';
import { fixtureEntries, realGraph } from '../helpers.ts';

const graph = realGraph();
const SITE = 'https://atlas.test';
const ld = (collection: any, id: string) => jsonLdOf(graph.get({ collection, id })!, graph, SITE) as any;
const ids = (list: any[]) => list.map((x) => x['@id']);

describe('JSON-LD', () => {
  it('a mission is a GovernmentOrganization listing its projects as subOrganization', () => {
    const m = ld('missions', 'osce-programme-office-in-dushanbe');
    expect(m['@type']).toBe('GovernmentOrganization');
    expect(ids(m.subOrganization)).toContain(`${SITE}/projects/tajikistan-womens-resource-centres-counselling/`);
  });
  it('a project points to its mission and its subprojects, both ways', () => {
    const p = ld('projects', 'uzbekistan-combating-trafficking');
    expect(p['@type']).toBe('Project');
    expect(p.parentOrganization['@id']).toBe(`${SITE}/missions/osce-project-co-ordinator-in-uzbekistan/`);
    expect(p.subOrganization).toHaveLength(4);
    const sub = ld('subprojects', 'uzbekistan-cthb-nrm-assessment');
    expect(sub.parentOrganization['@id']).toBe(`${SITE}/projects/uzbekistan-combating-trafficking/`);
  });
  it('an event has dates, place, superEvent and subEvents', () => {
    const w = ld('projects', 'democracy-defenders-workshop-2017');
    expect(w['@type']).toBe('Event');
    expect(w.startDate).toBe('2017-09-12');
    expect(w.superEvent['@id']).toBe(`${SITE}/projects/hdim/`);
    expect(w.subEvent).toHaveLength(4);
    const c = ld('projects', 'regional-networking-conference-2024');
    expect(c.location[0]).toEqual({ '@type': 'Place', name: 'Almaty', containedInPlace: 'Kazakhstan' });
  });
  it('people, countries, themes and sources get fitting types', () => {
    expect(ld('people', 'lara-scarpitta')['@type']).toBe('Person');
    expect(ld('countries', 'kosovo')).toMatchObject({ '@type': 'Country', identifier: 'XK' });
    expect(ld('themes', 'hate-crime')['@type']).toBe('DefinedTerm');
    expect(ld('sources', 'eurasia-ia-regional-conference-2024')).toMatchObject({ '@type': 'CreativeWork', publisher: 'Eurasia International Affairs KZ' });
  });
});

describe('JSON-LD stays small however many children an entry has', () => {
  it('names at most HUB_LIST_CAP children, the most recent first', async () => {
    const { buildGraph } = await import('../../src/lib/graph.ts');
    const { HUB_LIST_CAP } = await import('../../src/lib/hub-lists.ts');
    const mission = { collection: 'missions' as const, id: 'm', data: { title: 'Mission', kind: 'field-operation', summary: 's', aliases: [], sources: [] } };
    const projects = Array.from({ length: HUB_LIST_CAP + 8 }, (_, i) => ({
      collection: 'projects' as const, id: `p${i}`,
      data: { title: `Project ${i}`, kind: 'project', summary: 's', aliases: [], sources: [], mission: { collection: 'missions', id: 'm' }, start: String(2000 + i) },
    }));
    const graph = buildGraph(fixtureEntries([mission, ...projects]));
    const ld = jsonLdOf(graph.get(mission)!, graph, 'https://example.org') as { subOrganization: { '@id': string }[] };
    expect(ld.subOrganization.length).toBe(HUB_LIST_CAP);
    expect(ld.subOrganization[0]['@id']).toBe(`https://example.org/projects/p${HUB_LIST_CAP + 7}/`);
  });
  it('names a linked entry by its page address alone: its name is in its own page\'s JSON-LD', () => {
    const p = ld('projects', 'uzbekistan-combating-trafficking');
    expect(Object.keys(p.parentOrganization).sort()).toEqual(['@id', '@type']);
    expect(p.name).toBe(graph.get({ collection: 'projects', id: 'uzbekistan-combating-trafficking' })!.data.title);
  });
  it('does not repeat the summary, which the page’s meta description holds', () => {
    for (const e of graph.entries) expect(JSON.stringify(jsonLdOf(e, graph, SITE)), e.id).not.toContain(JSON.stringify(String(e.data.summary)).slice(1, -1));
  });
});
