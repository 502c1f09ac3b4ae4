// Every date a source document gives reaches the year pages (and, for projects and subprojects, the timeline):
// none lives only in prose. The dates are read from the five seed documents by hand (the test does not read
// them): what each dates, and a word the year page must show beside it.
import { describe, expect, it } from 'vitest';
import { builtHtml } from '../helpers.ts';

/** A year page's text, tags stripped and entities for the characters we match decoded. */
const yearText = (year: number) => {
  const html = builtHtml(`/years/${year}/`);
  return html.slice(html.indexOf('<main'), html.indexOf('</main>')).replace(/<[^>]+>/g, ' ').replace(/&#39;|&rsquo;/g, '’').replace(/\s+/g, ' ');
};

const SOURCE_DATES: { source: string; year: number; shows: RegExp; what: string }[] = [
  { source: 'Develop civil society', year: 2020, shows: /5 March 2020/, what: 'the dialogue training in Kyiv in the photo caption' },
  { source: 'Develop civil society', year: 2002, shows: /OSCE Academy in Bishkek[^.]*established 2002/, what: 'the Academy’s founding' },
  { source: 'CSP project page', year: 2018, shows: /1 June 2018/, what: 'the project’s start' },
  { source: 'CSP project page', year: 2019, shows: /31 December 2019/, what: 'the project’s end' },
  { source: 'CSP project page', year: 2020, shows: /June 2020/, what: 'the follow-up project’s start (mid-June 2020)' },
  { source: 'USOSCE blog post', year: 2017, shows: /12 September 2017/, what: 'the Democracy Defenders Workshop' },
  { source: 'Information and capacity building', year: 2019, shows: /26 June 2019/, what: 'the Serbian language class in Obiliq/Obilić' },
  { source: 'Information and capacity building', year: 2018, shows: /[Aa]greement/, what: 'the Co-operation Agreement on hate crimes, signed in 2018' },
  { source: 'Information and capacity building', year: 2019, shows: /2019[^;]*[Dd]ecree/, what: 'the Presidential Decree adopting the ODIHR assessment’s recommendations' },
  { source: 'Information and capacity building', year: 2020, shows: /2020[^;]*law/, what: 'the amended anti-trafficking law in force' },
  { source: 'Information and capacity building', year: 2021, shows: /2021[^;]*2025[^;]*strategy/i, what: 'the national strategy for 2021–2025' },
  { source: 'Information and capacity building', year: 2025, shows: /2021[^;]*2025[^;]*strategy/i, what: 'the national strategy for 2021–2025' },
  { source: 'Information and capacity building', year: 2018, shows: /trafficking/i, what: 'anti-trafficking support from 2018' },
  { source: 'Eurasia IA article', year: 2024, shows: /21 May 2024/, what: 'the third regional conference in Almaty' },
  { source: 'Eurasia IA article', year: 2024, shows: /March 2024/, what: 'the preparatory online meeting' },
  { source: 'Eurasia IA article', year: 2022, shows: /[Nn]etworking/, what: 'the networking event of 2022' },
  { source: 'Eurasia IA article', year: 2023, shows: /[Nn]etworking/, what: 'the networking event of 2023' },
];

describe('dates the sources give', () => {
  it.each(SOURCE_DATES)('$source, $year: $what', ({ year, shows }) => {
    expect(yearText(year)).toMatch(shows);
  });

  it('the timeline lists the dated events inside the work on their own dates', () => {
    const html = builtHtml('/timeline/');
    const rows = [...html.matchAll(/<li data-type[^>]*>([\s\S]*?)<\/li>/g)].map((m) => m[1].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));
    const events = rows.filter((r) => r.includes('Dated event'));
    expect(events.some((r) => /^ ?2019 .*[Dd]ecree/.test(r)), 'the 2019 decree').toBe(true);
    expect(events.some((r) => /^ ?2020 .*law/.test(r)), 'the 2020 law').toBe(true);
  });
});
