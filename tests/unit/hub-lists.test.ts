// The capped lists of entry pages and their full list pages: on small made-up graphs where the answer is
// known (with a small cap, so capping happens), and on the real content for the invariants.
import { describe, expect, it } from 'vitest';
import { realGraph } from '../helpers.ts';
import { buildGraph, keyOf, type Entry } from '../../src/lib/graph.ts';
import { citingEntriesOf, connectedCountOf, connectedGroupsOf, hrefOf } from '../../src/lib/entry-view.ts';
import { formatDateRange, formatPartialDate } from '../../src/lib/dates.ts';
import {
  cappedLists, CITED_BY, HUB_COLLECTIONS, HUB_LIST_CAP, HUB_LIST_PAGE_SIZE, hubListPaths, hubListsFor, hubListsOf, listPageHead,
  SUMMARIZED_LIST_CAP, type HubList, type HubListItem, type HubListPageProps,
} from '../../src/lib/hub-lists.ts';
import { mostConnected } from '../../src/lib/browse.ts';
import { oneLine, ONE_LINE, SUMMARIZED_LISTS } from '../../src/lib/summaries.ts';
import type { CollectionName } from '../../src/schemas/vocabularies.ts';
import type { PaginateFunction } from 'astro';
import { t } from '../../src/i18n/index.ts';
// Astro's own paginate(), as getStaticPaths receives it for src/pages/[collection]/[slug]/[related]/[...page].astro
// (it is not exported by name; if Astro moves it, this import fails loudly rather than testing a stand-in).
import { generatePaginateFunction } from '../../node_modules/astro/dist/core/render/paginate.js';

const ref = (collection: CollectionName, id: string) => ({ collection, id });
const e = (collection: CollectionName, id: string, data: Record<string, any> = {}): Entry =>
  ({ collection, id, data: { title: id.toUpperCase(), ...data } }) as Entry;
const kz = ref('countries', 'kz');
/** n projects in Kazakhstan, p00 … p<n-1>, started in successive months of 2001 onwards (p00 the oldest). */
const projectsIn = (n: number, country = kz) => Array.from({ length: n }, (_, i) => {
  const month = 12 * 2001 + i;
  const start = `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
  return e('projects', `p${String(i).padStart(2, '0')}`, { kind: 'project', start, countries: [country], sources: [ref('sources', 'src')] });
});
const withHubs = (entries: Entry[]) => buildGraph([e('countries', 'kz'), e('sources', 'src', { published: '2020' }), ...entries]);
const hubOf = (graph: ReturnType<typeof buildGraph>, collection: CollectionName, id: string) => graph.get(ref(collection, id))!;
const listOf = (graph: ReturnType<typeof buildGraph>, collection: CollectionName, cap: number) =>
  hubListsOf(graph, hubOf(graph, 'countries', 'kz'), cap).connections.find((l) => l.slug === collection)!;

/** Astro's paginate for the list route, as the build makes it (trailingSlash: 'always', no base). */
const astroPaginate = () => {
  const dynamic = (content: string, spread = false) => [{ content, dynamic: true, spread }];
  const route = {
    params: ['collection', 'slug', 'related', '...page'],
    segments: [dynamic('collection'), dynamic('slug'), dynamic('related'), dynamic('...page', true)],
  };
  return generatePaginateFunction(route as unknown as Parameters<typeof generatePaginateFunction>[0], '', 'always') as PaginateFunction;
};

describe('a list on an entry page', () => {
  const cap = 4;

  it('with few entries shows them all, with their count and no link', () => {
    const graph = withHubs(projectsIn(3));
    const list = listOf(graph, 'projects', cap);
    expect(list.count).toBe(3);
    expect(list.shown.map((i) => i.href).sort()).toEqual(['p00', 'p01', 'p02'].map((id) => `/projects/${id}/`));
    expect(list.more).toBeUndefined();
    expect(list.heading).toBe('Projects');
    expect(list.headingId).toBe('connected-projects');
  });

  it('with exactly the cap shows them all, without a link', () => {
    const list = listOf(withHubs(projectsIn(cap)), 'projects', cap);
    expect(list.shown.length).toBe(cap);
    expect(list.more).toBeUndefined();
  });

  it('with more than the cap shows the cap, the full count and a link to the full list', () => {
    const graph = withHubs(projectsIn(cap + 5));
    const list = listOf(graph, 'projects', cap);
    expect(list.count).toBe(cap + 5);
    expect(list.shown.length).toBe(cap);
    expect(list.more!.href).toBe('/countries/kz/projects/');
    expect(list.more!.text).toBe(`All ${cap + 5} projects linked to KZ`);
    expect(list.more!.items.map((i) => i.href).sort()).toEqual(projectsIn(cap + 5).map((p) => hrefOf(p)).sort());
    // The entry page shows the beginning of the full list, in the same order.
    expect(list.shown.map((i) => i.href)).toEqual(list.more!.items.slice(0, cap).map((i) => i.href));
  });

  it('shows the most recent first, then undated entries, each by title', () => {
    const graph = withHubs([
      ...projectsIn(3),
      e('projects', 'b-undated', { countries: [kz] }), e('projects', 'a-undated', { countries: [kz] }),
      e('projects', 'same-month-b', { start: '2001-02-15', countries: [kz] }),
      e('projects', 'same-month-a', { start: '2001-02-15', countries: [kz] }),
      e('projects', 'newest', { start: '2030', countries: [kz] }),
    ]);
    const list = listOf(graph, 'projects', 100);
    expect(list.shown.map((i) => i.text)).toEqual(['NEWEST', 'P02', 'SAME-MONTH-A', 'SAME-MONTH-B', 'P01', 'P00', 'A-UNDATED', 'B-UNDATED']);
    expect(list.order).toBe('most recent first');
    // The capped view keeps the newest.
    expect(listOf(graph, 'projects', 2).shown.map((i) => i.text)).toEqual(['NEWEST', 'P02']);
  });

  it('lists undated collections by title, and a project’s subprojects in their own order', () => {
    const graph = buildGraph([
      e('countries', 'kz'), e('organizations', 'zeta', { countries: [kz] }), e('organizations', 'alpha', { countries: [kz] }),
      e('projects', 'p', { start: '2020' }),
      e('subprojects', 's-late-first', { project: ref('projects', 'p'), order: 1, start: '2024' }),
      e('subprojects', 's-early-second', { project: ref('projects', 'p'), order: 2, start: '2020' }),
    ]);
    const orgs = listOf(graph, 'organizations', 10);
    expect(orgs.shown.map((i) => i.text)).toEqual(['ALPHA', 'ZETA']);
    expect(orgs.order).toBe('by title');
    const subs = hubListsOf(graph, hubOf(graph, 'projects', 'p'), 10).connections[0];
    expect(subs.shown.map((i) => i.text)).toEqual(['S-LATE-FIRST', 'S-EARLY-SECOND']);
    expect(subs.order).toBe('in the project’s order');
  });

  it('keeps the roles an entry gives the hub as its note', () => {
    const graph = buildGraph([
      e('organizations', 'o'),
      e('projects', 'p', { organizations: [{ organization: ref('organizations', 'o'), role: 'funder' }, { organization: ref('organizations', 'o'), role: 'implementer' }] }),
    ]);
    const [list] = hubListsOf(graph, hubOf(graph, 'organizations', 'o'), 10).connections;
    expect(list.shown).toEqual([{ text: 'P', href: '/projects/p/', note: 'Funder, Implementer' }]);
  });

  it('gives each item its kind in words where the kind says more than the collection’s name', () => {
    const graph = buildGraph([
      e('countries', 'kz'),
      e('projects', 'conf', { kind: 'conference', countries: [kz] }),
      e('projects', 'plain', { kind: 'project', countries: [kz] }),
      e('projects', 'none', { countries: [kz] }),
    ]);
    const kinds = Object.fromEntries(listOf(graph, 'projects', 10).shown.map((i) => [i.text, i.kind]));
    expect(kinds).toEqual({ CONF: t('en').vocab.kinds.conference, PLAIN: undefined, NONE: undefined });
    expect(t('en').vocab.kinds.project).toBe(t('en').collections.projects.singular); // why "project" shows none
  });

  it('caps a source’s “cited by” list the same way, and names each entry’s collection', () => {
    const graph = withHubs([...projectsIn(cap + 1), e('themes', 'theme', { sources: [ref('sources', 'src')] })]);
    const { citedBy: list, connections } = hubListsOf(graph, hubOf(graph, 'sources', 'src'), cap);
    expect(connections).toEqual([]);
    expect(list!.slug).toBe(CITED_BY);
    expect(list!.count).toBe(cap + 2);
    expect(list!.shown.length).toBe(cap);
    // The most recent first, with its dates (the entry page shows them beside the link).
    const newest = graph.get(ref('projects', `p${String(cap).padStart(2, '0')}`))!;
    expect(list!.shown[0]).toEqual({ text: `P${String(cap).padStart(2, '0')}`, href: `/projects/p${String(cap).padStart(2, '0')}/`, note: 'Project', when: `from ${formatPartialDate(newest.data.start!)}` });
    expect(list!.more!.href).toBe('/sources/src/cited-by/');
    expect(list!.more!.text).toBe(`All ${cap + 2} entries drawn from SRC`);
    // The undated theme comes last; rows say what each entry is and when.
    expect(list!.more!.items.at(-1)).toMatchObject({ text: 'THEME', kind: 'Theme', when: undefined });
    expect(list!.more!.items[0]).toMatchObject({ kind: 'Project', when: expect.stringMatching(/2001/) });
    // Only sources have one.
    expect(hubListsOf(graph, hubOf(graph, 'countries', 'kz'), cap).citedBy).toBeUndefined();
  });

  it('leaves out an item’s dates where they are the page’s own, and keeps them where they differ', () => {
    const graph = buildGraph([
      e('projects', 'p', { kind: 'project', start: '2018-06-01', end: '2019-12-31' }),
      e('subprojects', 's1', { project: ref('projects', 'p'), order: 1 }),
      e('subprojects', 's2', { project: ref('projects', 'p'), order: 2, start: '2018-06-01', end: '2019-12-31' }),
      e('subprojects', 's3', { project: ref('projects', 'p'), order: 3, start: '2019-03-01', end: '2019-03-02' }),
    ]);
    const [list] = hubListsOf(graph, hubOf(graph, 'projects', 'p'), 10).connections;
    expect(list.shown.map((i) => [i.text, i.when])).toEqual([['S1', undefined], ['S2', undefined], ['S3', formatDateRange('2019-03-01', '2019-03-02')]]);
    // The full list's rows keep every item's dates (the first subproject's are its project's).
    const rows = hubListsOf(graph, hubOf(graph, 'projects', 'p'), 1).connections[0].more!.items;
    expect(rows.map((r) => r.when && /2019/.test(r.when))).toEqual([true, true, true]);
  });

  it('refuses a cap below one', () => {
    const graph = withHubs(projectsIn(1));
    expect(() => hubListsOf(graph, hubOf(graph, 'countries', 'kz'), 0)).toThrow(/at least 1/);
  });
});

describe('computed once per build', () => {
  it('works out an entry’s lists once per graph and cap, as hubListsOf does', () => {
    const graph = withHubs(projectsIn(7));
    const kz = hubListsFor(graph, ref('countries', 'kz'), 3);
    expect(kz).toEqual(hubListsOf(graph, hubOf(graph, 'countries', 'kz'), 3));
    expect(kz.connections.length).toBeGreaterThan(0);
    expect(hubListsFor(graph, ref('countries', 'kz'), 3)).toBe(kz);
    expect(hubListsFor(graph, ref('countries', 'kz'), 5)).not.toBe(kz);
    expect(hubListsFor(withHubs(projectsIn(7)), ref('countries', 'kz'), 3)).not.toBe(kz);
    expect(hubListsFor(graph, ref('countries', 'nowhere'), 3)).toEqual({ connections: [] });
  });

  it('gives full list pages to capped lists only', () => {
    const graph = withHubs(projectsIn(7));
    // Kazakhstan has 7 projects, the source is cited by 7: both capped at 6, neither at 7.
    expect(cappedLists(graph, 6).map(({ hub, list }) => `${keyOf(hub)} ${list.slug}`).sort()).toEqual(['countries/kz projects', 'sources/src cited-by']);
    expect(cappedLists(graph, 7)).toEqual([]);
  });
});

describe('full list pages', () => {
  const pathsFor = (n: number, cap: number, pageSize: number) => {
    const graph = withHubs(projectsIn(n));
    const paths = hubListPaths(graph, astroPaginate(), { cap, pageSize });
    const list = listOf(graph, 'projects', cap);
    return { graph, list, paths: paths.filter((p) => p.params.related === 'projects') };
  };

  for (const [n, pageSize] of [[5, 2], [6, 2], [7, 3], [30, 10], [31, 10], [4, 100]] as const) {
    it(`${n} entries at ${pageSize} a page: ${Math.ceil(n / pageSize)} pages, every entry on exactly one`, () => {
      const { list, paths } = pathsFor(n, 3, pageSize);
      expect(paths.length).toBe(Math.ceil(n / pageSize));
      const seen = paths.flatMap((p) => (p.props.page.data as HubListItem[]).map((i) => i.href));
      expect(seen.length).toBe(n);
      expect(new Set(seen).size).toBe(n);
      expect(seen).toEqual(list.more!.items.map((i) => i.href));
      for (const p of paths) expect(p.props.page.data.length).toBeLessThanOrEqual(pageSize);
    });
  }

  it('page 1 is the list’s own URL, later pages add their number; previous and next link them in a chain', () => {
    const { paths } = pathsFor(5, 2, 2);
    const urls = paths.map((p) => p.props.page.url);
    expect(urls.map((u) => u.current)).toEqual(['/countries/kz/projects/', '/countries/kz/projects/2/', '/countries/kz/projects/3/']);
    expect(paths.map((p) => p.params)).toEqual([
      { collection: 'countries', slug: 'kz', related: 'projects', page: undefined },
      { collection: 'countries', slug: 'kz', related: 'projects', page: '2' },
      { collection: 'countries', slug: 'kz', related: 'projects', page: '3' },
    ]);
    expect(urls.map((u) => [u.prev, u.next])).toEqual([
      [undefined, '/countries/kz/projects/2/'],
      ['/countries/kz/projects/', '/countries/kz/projects/3/'],
      ['/countries/kz/projects/2/', undefined],
    ]);
  });

  it('carries the hub and the list for the page’s breadcrumbs, heading and link back', () => {
    const { paths, list } = pathsFor(5, 2, 2);
    const props = paths[0].props as unknown as HubListPageProps;
    expect(props.hub).toEqual({ title: 'KZ', href: '/countries/kz/', collection: 'countries', label: 'Country' });
    expect(props.list).toMatchObject({ title: 'Projects linked to KZ', count: 5, href: list.more!.href, slug: 'projects' });
    expect(props.list).not.toHaveProperty('more');
  });

  it('gives every page a title and description of its own', () => {
    const { paths, list } = pathsFor(25, 2, 10);
    const heads = paths.map((p) => listPageHead(list, p.props.page));
    expect(heads.map((h) => h.title)).toEqual(['1 of 3', '2 of 3', '3 of 3'].map((x) => `Projects linked to KZ, page ${x}`));
    expect(new Set(heads.map((h) => h.description)).size).toBe(3);
    expect(heads[2].description).toBe('Projects linked to KZ: all 25, most recent first; 21–25 on this page.');
    expect(listPageHead(list, { currentPage: 1, lastPage: 1, start: 0, end: 24 }).title).toBe('Projects linked to KZ');
  });
});

describe('the real content', () => {
  const graph = realGraph();

  it('every list shows min(count, cap) entries, links to the rest exactly when capped, in one order', () => {
    for (const entry of graph.entries) {
      const lists = hubListsFor(graph, entry);
      const all: HubList[] = [...lists.connections, ...(lists.citedBy ? [lists.citedBy] : [])];
      for (const list of all) {
        const where = `${keyOf(entry)} ${list.slug}`;
        // A hub's missions and projects carry summaries, and show fewer of them.
        const summarized = HUB_COLLECTIONS.includes(entry.collection) && (SUMMARIZED_LISTS as string[]).includes(list.slug);
        const cap = summarized ? SUMMARIZED_LIST_CAP : HUB_LIST_CAP;
        expect(list.shown.length, where).toBe(Math.min(list.count, cap));
        expect(Boolean(list.more), where).toBe(list.count > cap);
        if (list.more) {
          expect(list.more.items.length, where).toBe(list.count);
          expect(list.shown.map((i) => i.href), where).toEqual(list.more.items.slice(0, cap).map((i) => i.href));
        }
      }
    }
  });

  it('counts what connectedGroupsOf and citingEntriesOf list (every linked entry), so the home page’s hub counts still agree', () => {
    for (const entry of graph.entries) {
      const lists = hubListsFor(graph, entry);
      expect(lists.connections.map((l) => [l.slug, l.count]), keyOf(entry)).toEqual(connectedGroupsOf(graph, entry).map((g) => [g.collection, g.entries.length]));
      expect(lists.citedBy?.count ?? 0, keyOf(entry)).toBe(entry.collection === 'sources' ? citingEntriesOf(graph, entry).length : 0);
      expect(connectedCountOf(graph, entry), keyOf(entry)).toBe(connectedGroupsOf(graph, entry).reduce((n, g) => n + g.entries.length, 0));
    }
    for (const c of ['countries', 'themes', 'organizations', 'people'] as const) {
      for (const { entry, connected } of mostConnected(graph, c, 3)) {
        expect(hubListsFor(graph, entry).connections.reduce((n, l) => n + l.count, 0)).toBe(connected);
      }
    }
  });

  it('full list pages hold at most HUB_LIST_PAGE_SIZE entries each', () => {
    const paths = hubListPaths(graph, astroPaginate());
    const lists = cappedLists(graph);
    const expectedPages = lists.reduce((n, { list }) => n + Math.ceil(list.count / HUB_LIST_PAGE_SIZE), 0);
    expect(paths.length).toBe(expectedPages);
    for (const p of paths) expect(p.props.page.data.length).toBeLessThanOrEqual(HUB_LIST_PAGE_SIZE);
  });
});

describe('a full list’s rows', () => {
  it('carry each entry’s own summary', () => {
    const graph = buildGraph([
      e('countries', 'kz'),
      ...Array.from({ length: 3 }, (_, i) => e('projects', `p${i}`, { summary: `What p${i} did.`, countries: [ref('countries', 'kz')] })),
    ]);
    const [list] = hubListsOf(graph, hubOf(graph, 'countries', 'kz'), 1).connections;
    expect(list.more!.items.map((i) => i.summary).sort()).toEqual(['What p0 did.', 'What p1 did.', 'What p2 did.']);
  });
});

describe('a hub’s items on its entry page', () => {
  const long = 'A series of forums held across the country, where civil society organizations and local activists discussed the problems and future of civil society.';

  it('carry their summaries cut to one line on a hub (a country), none on a project’s list of its parts', () => {
    const graph = buildGraph([
      e('countries', 'kz'),
      e('projects', 'p', { kind: 'project', summary: long, countries: [ref('countries', 'kz')] }),
      e('subprojects', 's', { project: ref('projects', 'p'), order: 1, summary: 'A short one.' }),
    ]);
    const [countryList] = hubListsOf(graph, hubOf(graph, 'countries', 'kz'), 5).connections;
    const [summary] = countryList.shown.map((i) => i.summary);
    expect(summary).toBe(oneLine(long));
    expect(summary!.length).toBeLessThanOrEqual(ONE_LINE + 1);
    expect(long.startsWith(summary!.slice(0, -1))).toBe(true);
    const [parts] = hubListsOf(graph, hubOf(graph, 'projects', 'p'), 5).connections;
    expect(parts.shown.map((i) => i.summary)).toEqual([undefined]);
  });

  it('show at most SUMMARIZED_LIST_CAP items where they carry summaries, the usual cap elsewhere', () => {
    // Ten projects in one country, and a source all of them cite: the country's list has summaries, the
    // source's "cited by" list does not.
    const graph = withHubs(projectsIn(10).map((p) => ({ ...p, data: { ...p.data, summary: `What ${p.id} did.` } }) as Entry));
    const [projects] = hubListsOf(graph, hubOf(graph, 'countries', 'kz'), 12).connections;
    expect(SUMMARIZED_LIST_CAP).toBeLessThan(10);
    expect(projects.shown).toHaveLength(SUMMARIZED_LIST_CAP);
    expect(projects.shown.every((i) => i.summary)).toBe(true);
    expect(projects.more?.items).toHaveLength(10);
    const { citedBy } = hubListsOf(graph, hubOf(graph, 'sources', 'src'), 12);
    expect(citedBy!.shown).toHaveLength(10);
    expect(citedBy!.more).toBeUndefined();
    // A smaller cap asked for still holds.
    expect(hubListsOf(graph, hubOf(graph, 'countries', 'kz'), 3).connections[0].shown).toHaveLength(3);
  });

  it('one line: a short summary whole, a long one cut after a whole word, without trailing punctuation', () => {
    expect(oneLine('What p0 did.')).toBe('What p0 did.');
    expect(oneLine('  Spaced\n  out.  ')).toBe('Spaced out.');
    expect(oneLine('Alpha beta, gamma delta', 13)).toBe('Alpha beta…');
    expect(oneLine('Alpha beta gamma delta', 16)).toBe('Alpha beta gamma…');
    // One word longer than the line: cut inside it rather than returning nothing.
    expect(oneLine('Supercalifragilistic', 10)).toBe('Supercalif…');
    // Cyrillic counts by characters, not bytes.
    expect(oneLine('Форумы по всей стране', 13)).toBe('Форумы по…');
    expect(oneLine('Форумы по всей стране', 14)).toBe('Форумы по всей…');
  });
});
