// The browsing libraries in Russian: on a graph in Russian (built here from the real content, titles marked
// as translated), dates, kinds, counts and spans read in Russian words, links go to /ru/ pages, lists sort by
// the Russian collation, and a country whose title is translated still finds its outline by its English name.
import { describe, expect, it } from 'vitest';
import { realGraph } from '../helpers.ts';
import { buildGraph, type Entry } from '../../src/lib/graph.ts';
import { countrySummaries, countsText, outlineOf } from '../../src/lib/map.ts';
import { datingOf, yearHubs, yearUrl } from '../../src/lib/years.ts';
import { sectionLabel, spanIn, spanOf, timeline, timelinePages, timelinePaths, UNDATED } from '../../src/lib/timeline.ts';
import { astroPaginate } from '../astro-paginate.ts';
import { indexRowsOf, searchUrlOf } from '../../src/lib/collection-index.ts';
import { statsOf } from '../../src/lib/stats.ts';
import { formatPartialDate } from '../../src/i18n/format.ts';
import { browse as ru } from '../../src/i18n/ru/browse.ts';
import { collections as ruCollections, vocab as ruVocab } from '../../src/i18n/ru/site.ts';

const english = realGraph();
// A Russian graph: the same entries, their titles in "Russian" (a Cyrillic mark before the English), the English title an alias.
const russian = buildGraph(english.entries.map((e) => ({
  ...e, lang: 'ru', translation: 'current',
  data: { ...e.data, title: `Ж ${e.data.title}`, aliases: [...(e.data.aliases ?? []), e.data.title] },
}) as Entry), 'ru');

describe('browsing libraries on a Russian graph', () => {
  it('date missions and sources in Russian words, spans in Russian dates', () => {
    const mission = russian.list('missions').find((e) => e.data.established)!;
    expect(datingOf(russian, mission)!.when).toBe(ru.established(formatPartialDate(mission.data.established!, 'ru')));
    const project = russian.list('projects').find((e) => e.data.start && e.data.end && e.data.start !== e.data.end && e.data.end.length === 10)!;
    expect(datingOf(russian, project)!.when).toMatch(/\d{4} г\. – \d{1,2} [а-я]+ \d{4} г\.$/);
  });

  it('give year hubs Russian headings, kinds and /ru/ links', () => {
    for (const hub of yearHubs(russian)) {
      for (const g of hub.groups) {
        expect(g.heading).toBe(ruCollections[g.collection].plural);
        for (const item of g.items) {
          expect(item.href.startsWith('/ru/')).toBe(true);
          if (item.kind) expect(Object.values(ruVocab.kinds)).toContain(item.kind);
        }
      }
    }
    expect(yearUrl(2019, 'ru')).toBe('/ru/years/2019/');
    expect(yearUrl(2019)).toBe('/years/2019/');
  });

  it('label and span timeline pages in Russian, English unchanged', () => {
    expect(sectionLabel({ year: UNDATED, part: 2, parts: 3 }, 'ru')).toBe(`${ru.timeline.undated} ${ru.timeline.part(2, 3)}`);
    const pages = timelinePages(timeline(russian), 10);
    const last = pages.at(-1)!;
    if (last.some((s) => s.year === UNDATED) && last.some((s) => s.year !== UNDATED)) expect(spanIn(last, 'ru')).toContain(' и без даты');
    expect(spanOf(pages[0])).toBe(spanIn(pages[0], 'en'));
    for (const item of timeline(russian).flatMap((y) => y.items)) expect(item.href.startsWith('/ru/')).toBe(true);
    // Paged, the spans every page carries (titles, pager) are in Russian too.
    const paths = timelinePaths(astroPaginate(), timeline(russian), { size: 10, lang: 'ru' });
    const spans = (paths[0].props as { spans: string[] }).spans;
    expect(spans.length).toBeGreaterThan(1);
    expect(spans.join(' ')).not.toMatch(/undated|part|and/i);
    expect(spans.at(-1)).toMatch(new RegExp(ru.timeline.undated.slice(1)));
  });

  it('count map markers with Russian plurals and keep outlines for translated titles', () => {
    expect(countsText({ missions: 1, projects: 3, subprojects: 5 }, 'ru')).toBe('1 миссия, 3 проекта, 5 подпроектов');
    expect(countsText({ missions: 21, projects: 0, subprojects: 12 }, 'ru')).toBe('21 миссия, 12 подпроектов');
    for (const country of russian.list('countries')) {
      const own = english.get(country)!;
      expect(Boolean(outlineOf(country)), country.id).toBe(Boolean(outlineOf(own)));
    }
    const markers = countrySummaries(russian);
    expect(markers.map((m) => String(m.country.data.title))).toEqual(markers.map((m) => String(m.country.data.title)).sort(new Intl.Collator('ru').compare));
    for (const m of markers) {
      expect(m.href.startsWith('/ru/countries/')).toBe(true);
      expect(m.searchHref.startsWith('/ru/search/')).toBe(true);
    }
  });

  it('word index rows, search links and charts in Russian', () => {
    for (const row of indexRowsOf(russian, 'projects')) {
      expect(row.href.startsWith('/ru/')).toBe(true);
      if (row.status) expect(Object.values(ruVocab.statuses)).toContain(row.status);
    }
    expect(searchUrlOf('projects', 'ru').startsWith('/ru/search/')).toBe(true);
    const stats = statsOf(russian);
    expect(stats.charts.map((c) => c.title)).toEqual(Object.values(ru.stats.charts).map((c) => c.title));
    for (const bar of stats.charts.flatMap((c) => c.bars)) if (bar.href) expect(bar.href.startsWith('/ru/')).toBe(true);
  });
});
