// The search record of an entry: what Pagefind filters, shows and sorts by, built beside the page rather
// than carried in it. Expected values are read from the content files and the dictionaries.
import { describe, expect, it } from 'vitest';
import { realGraph } from '../helpers.ts';
import type { Entry } from '../../src/lib/graph.ts';
import { otherPlaceNames, searchRecordHtml, searchRecordOf } from '../../src/lib/search-record.ts';
import { prepareForIndex } from '../../src/lib/search-index.ts';
import { NAMES_JOIN } from '../../src/lib/search-rank.ts';
import { t } from '../../src/i18n/index.ts';

const graph = realGraph();
const words = t('en');
const entry = (collection: string, id: string) => graph.get({ collection: collection as any, id })!;

describe('searchRecordOf', () => {
  it('files an entry under its type, status and countries, and a country under its region', () => {
    const hdim = searchRecordOf(graph, graph, entry('projects', 'hdim'));
    expect(hdim.filters.type).toEqual([words.collections.projects.singular]);
    expect(hdim.filters.status).toEqual([words.vocab.statuses[entry('projects', 'hdim').data.status as 'recurring']]);
    const tj = searchRecordOf(graph, graph, entry('countries', 'tajikistan'));
    expect(tj.filters.country).toEqual([entry('countries', 'tajikistan').data.title]);
    expect(tj.filters.region).toEqual([words.search.regions['Central Asia']]);
  });

  it('sorts by the entry\'s own start date, and shows its parent and its dates', () => {
    const e = graph.entries.find((x): x is Entry<'subprojects'> => x.collection === 'subprojects' && !!x.data.start)!;
    const record = searchRecordOf(graph, graph, e);
    expect(record.sort.date).toBe(e.data.start);
    expect(record.sort.title).toBe(e.data.title.toLowerCase());
    expect(record.meta.parent).toBe(graph.get(e.data.project)!.data.title);
    expect(record.meta.dates).toMatch(new RegExp(e.data.start!.slice(0, 4)));
  });

  it('names the work an entry belongs to as its family: a subproject its project, a project or a hub itself', () => {
    const sub = graph.entries.find((x): x is Entry<'subprojects'> => x.collection === 'subprojects' && !(graph.get(x.data.project) as Entry<'projects'>).data.partOf)!;
    expect(searchRecordOf(graph, graph, sub).family).toBe(`projects/${sub.data.project.id}`);
    // A project within a larger one belongs to the larger one's family, and so do its subprojects.
    const part = graph.entries.find((x): x is Entry<'projects'> => x.collection === 'projects' && !!x.data.partOf)!;
    expect(searchRecordOf(graph, graph, part).family).toBe(searchRecordOf(graph, graph, graph.get(part.data.partOf!)!).family);
    expect(searchRecordOf(graph, graph, entry('projects', 'hdim')).family).toBe('projects/hdim');
    expect(searchRecordOf(graph, graph, entry('countries', 'tajikistan')).family).toBe('countries/tajikistan');
    const mission = graph.entries.find((x) => x.collection === 'missions')!;
    expect(searchRecordOf(graph, graph, mission).family).toBe(`missions/${mission.id}`);
  });

  it('keeps the type out of the metadata, where Pagefind would search it', () => {
    for (const e of graph.entries.slice(0, 30)) expect(Object.keys(searchRecordOf(graph, graph, e).meta)).not.toContain('type');
  });

  it('leaves out what an entry does not have instead of an empty value', () => {
    for (const e of graph.entries) {
      const { meta, sort } = searchRecordOf(graph, graph, e);
      for (const [k, v] of Object.entries({ ...meta, ...sort })) expect(v, `${e.id} ${k}`).not.toBe('');
    }
  });
});

describe('searchRecordHtml, in the copy Pagefind indexes', () => {
  const record = { filters: { theme: ['Women, peace & security'], year: ['2018', '2019'] }, meta: { title: 'A "quoted" <title>' }, sort: { date: '2018-06' }, family: 'projects/p' };
  const html = searchRecordHtml(record);

  it('gives each filter value, metadata field and sort key an element of its own, escaped', () => {
    expect(html).toContain('<span data-pagefind-filter="theme">Women, peace &amp; security</span>');
    expect(html.match(/data-pagefind-filter="year"/g)).toHaveLength(2);
    expect(html).toContain('<span data-pagefind-meta="title">A &quot;quoted&quot; &lt;title&gt;</span>');
    expect(html).toContain('<span data-pagefind-sort="date">2018-06</span>');
  });

  it('is ignored as text, and sits inside the indexed part of the page', () => {
    expect(html.startsWith('<div hidden data-pagefind-ignore>')).toBe(true);
    const page = '<html lang="en"><body><nav>Menu</nav><div class="entry-page" data-pagefind-body><h1>Title</h1><p>Words.</p></div></body></html>';
    const prepared = prepareForIndex(page, 'x/index.html', html);
    const inside = prepared.html.slice(prepared.html.indexOf('data-pagefind-body'));
    expect(inside).toContain(html);
    // The record's words are not the page's: a title in the record is not a word of the vocabulary.
    expect(prepared.words.has('quoted')).toBe(false);
  });
});

describe('the places of an entry in the other languages\' forms', () => {
  // Written by hand from the entries: the Kyiv training of 5 March 2020; the 2018–2019 project's nine
  // locations, of which the Russian forms of three are checked here.
  it('gives an English page its places as Russian writes them, and nothing it already says', () => {
    const kyiv = searchRecordOf(graph, graph, entry('subprojects', 'ukraine-dialogue-training-kyiv-2020'));
    expect(kyiv.placeNames).toEqual(['Киев']);
    const csp = searchRecordOf(graph, graph, entry('projects', 'strengthening-civil-society-cooperation-2018-2019'));
    expect(csp.placeNames).toEqual(expect.arrayContaining(['Варшава', 'Вена', 'Тбилиси']));
    expect(csp.placeNames).not.toContain('Vienna');
  });

  it('gives a Russian page the names as the English entry writes them', () => {
    const kyiv = entry('subprojects', 'ukraine-dialogue-training-kyiv-2020');
    expect(otherPlaceNames(kyiv, 'ru')).toEqual(['Kyiv']);
  });

  it('lists a work\'s places in its metadata, the page\'s own form first, for the search page to rank by', () => {
    // The conference of 2024 was held in Almaty; Alma-Ata's Russian form is «Алматы» (src/i18n/place-names.ts).
    const conference = searchRecordOf(graph, graph, entry('projects', 'regional-networking-conference-2024'));
    expect(conference.meta.places?.split(NAMES_JOIN)).toEqual(['Almaty', 'Алматы']);
    const dushanbe = searchRecordOf(graph, graph, entry('missions', 'osce-programme-office-in-dushanbe'));
    expect(dushanbe.meta.places?.split(NAMES_JOIN)).toContain('Dushanbe');
    expect(searchRecordOf(graph, graph, entry('themes', 'domestic-violence')).meta.places).toBeUndefined();
  });

  it('adds nothing for an entry without places, and the words reach the indexed copy', () => {
    expect(searchRecordOf(graph, graph, entry('themes', 'domestic-violence')).placeNames).toBeUndefined();
    const page = '<html lang="en"><body><div data-pagefind-body><h1>Training</h1><p>In Kyiv.</p></div></body></html>';
    const prepared = prepareForIndex(page, 'x/index.html', '', ['Киев']);
    expect(prepared.words.has('киев')).toBe(true);
    expect(prepared.html).toMatch(/<p>[^<]*Киев|<p>[^<]*киев/);
  });
});
