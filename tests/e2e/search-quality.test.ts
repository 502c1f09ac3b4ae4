// Search quality: realistic research queries against the real built index, in a real browser.
// Each names the entry a researcher would expect among the first five results.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { usePage } from '../helpers.ts';

const QUERIES: [query: string, expected: string][] = [
  ['POiD', '/missions/osce-programme-office-in-dushanbe/'],
  ['Project Office in Dushanbe', '/missions/osce-programme-office-in-dushanbe/'],
  ['PCUz', '/missions/osce-project-co-ordinator-in-uzbekistan/'],
  ['PCU', '/missions/osce-project-co-ordinator-in-ukraine/'],
  ['OMIK', '/missions/osce-mission-in-kosovo/'],
  ['POiA', '/missions/osce-presence-in-albania/'],
  ['ODIHR', '/missions/odihr/'],
  ['CSP', '/organizations/civic-solidarity-platform/'],
  ['HDIM', '/projects/hdim/'],
  ['CTHB', '/themes/trafficking-in-human-beings/'],
  ['VERLT', '/themes/violent-extremism/'],
  ['WPS', '/themes/women-peace-and-security/'],
  ['OSCE Academy Bishkek', '/missions/osce-academy-in-bishkek/'],
  ['women resource centres counselling', '/projects/tajikistan-womens-resource-centres-counselling/'],
  ['16 Days of Activism', '/projects/tajikistan-16-days-of-activism/'],
  ['Almaty conference', '/projects/regional-networking-conference-2024/'],
  ['Lara Scarpitta', '/people/lara-scarpitta/'],
  ['Tanzila Narbaeva', '/people/tanzila-narbaeva/'],
  ['Roman Udot', '/people/roman-udot/'],
  ['Golos', '/organizations/golos/'],
  ['hate crime Kosovo police', '/projects/kosovo-hate-crime-capacity-building/'],
  ['Serbian language classes', '/projects/kosovo-serbian-language-classes/'],
  ['Fair Trials', '/organizations/fair-trials/'],
  ['SOVA Center', '/organizations/sova-center/'],
  ['German Federal Foreign Office', '/organizations/german-federal-foreign-office/'],
  ['Bratislava', '/projects/strengthening-civil-society-cooperation-2018-2019/'],
  ['digital safety activists', '/subprojects/conference-2024-digital-safety-training/'],
  ['perpetrators', '/subprojects/conference-2024-perpetrator-programmes-training/'],
  ['National Referral Mechanisms', '/subprojects/uzbekistan-cthb-nrm-assessment/'],
  ['politics and security master', '/projects/osce-academy-ma-politics-and-security/'],
  ['civil service memorandum', '/projects/ukraine-dialogue-for-decision-making/'],
  ['countering disinformation', '/subprojects/workshop-2017-wg2-free-media-and-disinformation/'],
  ['grassroots activism', '/subprojects/workshop-2017-wg1-grassroots-activism/'],
  ['Democracy Defenders Workshop', '/projects/democracy-defenders-workshop-2017/'],
  ['Civil Society Forums Albania', '/projects/albania-civil-society-forums/'],
  ['counter-terrorism human rights', '/subprojects/csp-2018-counter-terrorism-and-human-rights/'],
  ['Kyrgyzstan', '/countries/kyrgyzstan/'],
  ['domestic violence', '/themes/domestic-violence/'],
  ['follow-up project human rights defence', '/projects/strengthening-civil-society-cooperation-human-rights-defence/'],
  ['anti-trafficking law Uzbekistan', '/projects/uzbekistan-combating-trafficking/'],
];

const base = inject('baseUrl');
const session = usePage();
beforeAll(async () => {
  await session.page.goto(`${base}/search/`);
  // Passed as a string: vitest would rewrite a dynamic import() written inside a function.
  await session.page.evaluate(`(async () => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.init();
    window.topUrls = async (q) => {
      const search = await pf.search(q);
      return Promise.all(search.results.slice(0, 5).map(async (r) => (await r.data()).url));
    };
  })()`);
});

describe('search quality: the expected entry is in the top 5', () => {
  it.each(QUERIES)('%s → %s', async (query, expected) => {
    const top: string[] = await session.page.evaluate((q) => (window as any).topUrls(q), query);
    expect(top).toContain(expected);
  });
});
