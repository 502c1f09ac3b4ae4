// The search page's re-ranking for a search by a place's name, on results shaped like Pagefind's. The cases
// are the seeds' own: the 2024 conference in Almaty and its study visit there (whose title names Almaty, so
// it outscored the conference), the Kyiv training and its project, and Kyrgyzstan, whose alias «Киргизия»
// Pagefind matched for «Киев».
import { describe, expect, it } from 'vitest';
import { NAMES_JOIN, namesOf, placeInQuery, placeWorksFirst, type PlaceQuery, type RankedMeta } from '../../src/lib/search-rank.ts';

const CONFERENCE = 'Third Regional Networking and Capacity Building Conference';
const results: Record<string, RankedMeta> = {
  visit: { title: "Study visit to a women's resource centre and shelter in Almaty", parent: CONFERENCE, places: 'Almaty' },
  event2023: { title: 'Second regional networking event (2023)' },
  conference: { title: CONFERENCE, places: ['Almaty', 'Алматы'].join(NAMES_JOIN) },
  training: { title: 'Training: digital safety for activists', parent: CONFERENCE, places: 'Almaty' },
  turkmenistan: { title: 'Turkmenistan' },
};
const lower = (s: string) => s.toLowerCase();
const placeQuery = (query: string, mostly = true): PlaceQuery => ({
  isPlace: (name) => lower(name) === lower(query),
  names: (text) => ` ${lower(text)} `.includes(` ${lower(query)} `),
  mostly,
});
const rank = (order: string[], query: string, meta = results, mostly = true) => placeWorksFirst(order, (id) => meta[id], placeQuery(query, mostly));

describe('placeWorksFirst', () => {
  it('puts a work before its parts held in the same place, and leaves the rest in their order', () => {
    const pagefind = ['visit', 'event2023', 'conference', 'training', 'turkmenistan'];
    // The conference moves to just before its first part; the results that only mention Almaty in their
    // text follow everything that has Almaty among its places.
    expect(rank(pagefind, 'Almaty')).toEqual(['conference', 'visit', 'training', 'event2023', 'turkmenistan']);
  });

  it('in a query where the place is one word among others, only moves works before their parts', () => {
    // "news report on the Almaty conference": the news report (no place of its own) keeps its rank.
    const meta: Record<string, RankedMeta> = { ...results, report: { title: 'OSCE strengthens regional cooperation' } };
    expect(rank(['report', 'visit', 'conference', 'training'], 'Almaty', meta, false)).toEqual(['report', 'conference', 'visit', 'training']);
  });

  it('changes nothing for a query that is not the place of any result', () => {
    const pagefind = ['visit', 'event2023', 'conference', 'training', 'turkmenistan'];
    expect(rank(pagefind, 'digital safety')).toEqual(pagefind);
    expect(rank(pagefind, 'Alma')).toEqual(pagefind);
  });

  it('does not move a parent that does not have the place itself', () => {
    const meta = { ...results, conference: { title: CONFERENCE } };
    expect(rank(['visit', 'conference'], 'Almaty', meta)).toEqual(['visit', 'conference']);
  });

  it('puts what names the place in its title or other names before what only matches its letters', () => {
    const kyiv: Record<string, RankedMeta> = {
      kyrgyzstan: { title: 'Кыргызстан', aliases: `Также известен как: ${['Киргизия', 'Кыргызстан'].join(NAMES_JOIN)}` },
      training: { title: 'Тренинг по ведению диалога в Киеве', parent: 'Диалог для принятия решений в Украине', places: 'Киев' },
      ukraine: { title: 'Украина' },
      academy: { title: 'Академия ОБСЕ в Бишкеке' },
    };
    expect(rank(['kyrgyzstan', 'training', 'ukraine'], 'Киев', kyiv)).toEqual(['training', 'kyrgyzstan', 'ukraine']);
    // A result naming the place in its title counts as having it, though its facts record no place.
    const bishkek: Record<string, RankedMeta> = {
      country: { title: 'Kyrgyzstan' },
      academy: { title: 'OSCE Academy in Bishkek' },
      course: { title: 'Professional courses', parent: 'OSCE Academy in Bishkek', places: 'Bishkek' },
    };
    expect(rank(['country', 'academy', 'course'], 'Bishkek', bishkek)).toEqual(['academy', 'course', 'country']);
  });

  it('moves a grandparent up as well, before the parent it has just preceded', () => {
    const meta: Record<string, RankedMeta> = {
      part: { title: 'Part', parent: 'Project', places: 'Vienna' },
      other: { title: 'Other', places: 'Vienna' },
      project: { title: 'Project', parent: 'Mission', places: 'Vienna' },
      mission: { title: 'Mission', places: 'Vienna' },
    };
    expect(rank(['part', 'other', 'project', 'mission'], 'Vienna', meta)).toEqual(['mission', 'project', 'part', 'other']);
  });
});

describe('placeInQuery', () => {
  const metas = Object.values(results);
  it('finds the longest run of the query\'s words that is one of the results\' places', () => {
    expect(placeInQuery(['held', 'Almaty'], metas, lower)).toBe('almaty');
    expect(placeInQuery(['Алматы'], metas, lower)).toBe('алматы');
    const twoWords: RankedMeta[] = [{ places: ['Nur', 'Nur Sultan'].join(NAMES_JOIN) }];
    expect(placeInQuery(['conference', 'in', 'Nur', 'Sultan'], twoWords, lower)).toBe('nur sultan');
  });

  it('finds none where no result has the place, or the words only start like it', () => {
    expect(placeInQuery(['Kyiv'], metas, lower)).toBeUndefined();
    expect(placeInQuery(['Alma'], metas, lower)).toBeUndefined();
    expect(placeInQuery([], metas, lower)).toBeUndefined();
  });
});

describe('namesOf', () => {
  it('reads the title and each name of the "Also known as" line without its lead-in', () => {
    expect(namesOf({ title: 'Kyrgyzstan', aliases: `Also known as: ${['Kirghizia', 'Kyrgyz Republic'].join(NAMES_JOIN)}` }))
      .toEqual(['Kyrgyzstan', 'Kirghizia', 'Kyrgyz Republic']);
    expect(namesOf({ title: 'Golos' })).toEqual(['Golos']);
  });
});
