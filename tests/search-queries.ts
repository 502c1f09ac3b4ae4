// The labelled research queries the search must answer (issue 18), run through the built /search/ page by
// tests/e2e/search-quality.test.ts and by `npm run bench`. Each query's expected entry was decided from the
// entries' own facts (titles, aliases, summaries, places, dates and figures in content/, which were written
// from the source documents), never from what the search returned. Where two entries answer a query equally
// well (a question whose answer is a person and the event they opened), both are listed; the first listed is
// the one a researcher would most likely want. Queries are written as typed: with their typos, plurals,
// spellings and scripts.

export type QueryKind =
  | 'title' | 'acronym' | 'paraphrase' | 'person' | 'place' | 'date' | 'figure' | 'misspelling'
  | 'plural' | 'spelling' | 'cyrillic' | 'question';

export interface LabelledQuery {
  q: string;
  /** Entry paths that answer the query (the page a researcher wants); the first is the main record. */
  expect: string[];
  kind: QueryKind;
}

const m = (slug: string) => `/missions/${slug}/`;
const p = (slug: string) => `/projects/${slug}/`;
const s = (slug: string) => `/subprojects/${slug}/`;
const o = (slug: string) => `/organizations/${slug}/`;
const pe = (slug: string) => `/people/${slug}/`;
const c = (slug: string) => `/countries/${slug}/`;
const t = (slug: string) => `/themes/${slug}/`;
const so = (slug: string) => `/sources/${slug}/`;

const DUSHANBE = m('osce-programme-office-in-dushanbe');
const ACADEMY = m('osce-academy-in-bishkek');
const CONFERENCE = p('regional-networking-conference-2024');
const CSP_PROJECT = p('strengthening-civil-society-cooperation-2018-2019');
const FOLLOW_UP = p('strengthening-civil-society-cooperation-human-rights-defence');
const COUNSELLING = p('tajikistan-womens-resource-centres-counselling');
const WRC = o('tajikistan-womens-resource-centres');
const WORKSHOP = p('democracy-defenders-workshop-2017');
const KYIV_TRAINING = s('ukraine-dialogue-training-kyiv-2020');
const OBILIQ = s('kosovo-serbian-language-class-obiliq-2019');
const UZ_TRAFFICKING = p('uzbekistan-combating-trafficking');
const UZ_LAW = s('uzbekistan-cthb-legislative-support');

const q = (kind: QueryKind, query: string, ...expect: string[]): LabelledQuery => ({ q: query, expect, kind });

export const LABELLED_QUERIES: LabelledQuery[] = [
  // Titles, whole or in part, as a researcher copies them from a report.
  q('title', 'OSCE Programme Office in Dushanbe', DUSHANBE),
  q('title', 'OSCE Academy in Bishkek', ACADEMY),
  q('title', 'OSCE Mission in Kosovo', m('osce-mission-in-kosovo')),
  q('title', 'OSCE Presence in Albania', m('osce-presence-in-albania')),
  q('title', 'Project Co-ordinator in Ukraine', m('osce-project-co-ordinator-in-ukraine')),
  q('title', 'Project Co-ordinator in Uzbekistan', m('osce-project-co-ordinator-in-uzbekistan')),
  q('title', 'OSCE Secretariat', m('osce-secretariat')),
  q('title', 'OSCE Gender Unit', m('osce-gender-unit')),
  q('title', 'Special Representative on Combating Trafficking in Human Beings', m('osce-special-representative-cthb')),
  q('title', 'United States delegation to the OSCE', m('us-mission-to-the-osce')),
  q('title', 'Civic Solidarity Platform', o('civic-solidarity-platform')),
  q('title', 'Coordination Committee of the Civic Solidarity Platform', o('csp-coordination-committee')),
  q('title', 'Working Group on Women and Gender Realities', o('csp-working-group-women-and-gender')),
  q('title', 'Eurasia International Affairs', o('eurasia-international-affairs-kz')),
  q('title', 'Fair Trials', o('fair-trials')),
  q('title', 'German Federal Foreign Office', o('german-federal-foreign-office')),
  q('title', 'International Partnership for Human Rights', o('iphr')),
  q('title', 'Kosovo Judicial Council', o('kosovo-judicial-council')),
  q('title', "Chief Prosecutor's Office", o('kosovo-chief-prosecutors-office')),
  q('title', 'Kosovo Police', o('kosovo-police')),
  q('title', 'Police Inspectorate of Kosovo', o('police-inspectorate-of-kosovo')),
  q('title', 'National Agency of Ukraine for Civil Service', o('national-agency-of-ukraine-for-civil-service')),
  q('title', 'Senate of Uzbekistan', o('senate-of-uzbekistan')),
  q('title', 'Inter-Agency Commission to Combat Violence in the Family', o('tajikistan-inter-agency-commission-on-family-violence')),
  q('title', 'MIA Subgroup on Gender Issues and Police', o('tajikistan-mia-subgroup-on-gender-and-police')),
  q('title', 'Multidisciplinary Working Groups', o('tajikistan-multidisciplinary-working-groups')),
  q('title', 'Office of the Prosecutor General', o('tajikistan-prosecutor-general-office')),
  q('title', "Women's International League for Peace and Freedom", o('wilpf-germany')),
  q('title', 'National Anti-trafficking Commission', o('uzbekistan-national-anti-trafficking-commission')),
  q('title', 'Organization for Security and Co-operation in Europe', o('osce')),
  q('title', 'Human Dimension Implementation Meeting', p('hdim')),
  q('title', 'Civil Society Forums in Albania', p('albania-civil-society-forums')),
  q('title', 'Extended meetings with CSOs', p('albania-extended-meetings-with-csos')),
  q('title', 'Third Regional Networking and Capacity Building Conference', CONFERENCE),
  q('title', 'MA programme in Economic Governance and Development', p('osce-academy-ma-economic-governance-and-development')),
  q('title', 'Tailor-made courses for professionals', p('osce-academy-professional-courses')),
  q('title', 'Research and regional network of the OSCE Academy', p('osce-academy-research-and-network')),
  q('title', 'Dialogue for decision making in Ukraine', p('ukraine-dialogue-for-decision-making')),
  q('title', 'Co-operation between authorities and civil society', p('ukraine-authorities-civil-society-cooperation')),
  q('title', 'Policy dialogue and monitoring on domestic violence', p('tajikistan-domestic-violence-policy-dialogue')),
  q('title', 'Technical assistance on women and media support', p('uzbekistan-women-and-media-support')),
  q('title', 'Support to Uzbekistan against trafficking in human beings', UZ_TRAFFICKING),
  q('title', 'Preventing Counter-Terrorism Measures from Eclipsing Human Rights', s('csp-2018-counter-terrorism-and-human-rights')),
  q('title', 'Learning from one another to move forward together', s('csp-2018-learning-from-one-another')),
  q('title', 'Drawing Attention to Civil Society Challenges', s('csp-2018-civil-society-challenges')),
  q('title', 'Educational presentations on World Anti-trafficking Day', s('uzbekistan-cthb-world-day-presentations')),
  q('title', 'role of the judiciary in combating trafficking', s('uzbekistan-cthb-judiciary-conference')),
  q('title', 'Preparatory online meeting', s('conference-2024-preparatory-online-meeting')),
  q('title', 'effective networking strategies', s('conference-2024-networking-strategies-training')),
  q('title', 'Co-operation Agreement in Addressing Hate Crimes', s('kosovo-hate-crime-co-operation-agreement-2018')),
  q('title', 'Information and capacity building', so('osce-information-and-capacity-building')),
  q('title', 'A Better OSCE for Civil Society', so('usosce-better-osce-for-civil-society')),
  q('title', 'Hate crime', t('hate-crime')),
  q('title', 'Rule of law', t('rule-of-law')),
  q('title', 'Gender equality', t('gender-equality')),
  q('title', 'Freedom of the media', t('freedom-of-the-media')),
  q('title', 'Public administration', t('public-administration')),
  q('title', 'Education and research', t('education-and-research')),
  q('title', 'Language and integration', t('language-and-integration')),
  q('title', 'Democratic participation', t('democratic-participation')),
  q('title', 'Dialogue and conflict resolution', t('dialogue-and-conflict-resolution')),
  q('title', 'Civil society development', t('civil-society-development')),
  q('title', 'domestic violence', t('domestic-violence')),
  q('title', 'trafficking', t('trafficking-in-human-beings'), UZ_TRAFFICKING),
  q('title', 'Kyrgyzstan', c('kyrgyzstan')),
  q('title', 'Albania', c('albania')),
  q('title', 'Turkmenistan', c('turkmenistan')),
  q('title', 'Russian Federation', c('russia')),
  q('title', 'United Kingdom', c('united-kingdom')),

  // Acronyms and short names.
  q('acronym', 'POiD', DUSHANBE),
  q('acronym', 'PCUz', m('osce-project-co-ordinator-in-uzbekistan')),
  q('acronym', 'PCU', m('osce-project-co-ordinator-in-ukraine')),
  q('acronym', 'OMIK', m('osce-mission-in-kosovo')),
  q('acronym', 'POiA', m('osce-presence-in-albania')),
  q('acronym', 'ODIHR', m('odihr')),
  q('acronym', 'CSP', o('civic-solidarity-platform')),
  q('acronym', 'HDIM', p('hdim')),
  q('acronym', 'VERLT', t('violent-extremism')),
  q('acronym', 'WPS', t('women-peace-and-security')),
  q('acronym', 'IPHR', o('iphr')),
  q('acronym', 'UNODC', o('unodc')),
  q('acronym', 'USOSCE', m('us-mission-to-the-osce')),
  q('acronym', 'WILPF', o('wilpf-germany')),
  q('acronym', 'OSCE', o('osce')),
  q('acronym', 'CTHB', t('trafficking-in-human-beings'), m('osce-special-representative-cthb')),
  q('acronym', 'Golos', o('golos')),
  q('acronym', 'Democracy Defenders Workshop', WORKSHOP),

  // Paraphrases: what the entry is about, in other words than its title.
  q('paraphrase', 'women resource centres counselling', COUNSELLING, WRC),
  q('paraphrase', 'master in politics and security', p('osce-academy-ma-politics-and-security')),
  q('paraphrase', 'sports festival radio TV broadcasts', p('tajikistan-16-days-of-activism')),
  q('paraphrase', 'dialogue among peacebuilders in conflict-affected areas', s('csp-2018-learning-from-one-another')),
  q('paraphrase', 'Russian election monitoring movement', o('golos')),
  q('paraphrase', 'civil service memorandum', p('ukraine-dialogue-for-decision-making'), o('national-agency-of-ukraine-for-civil-service')),
  q('paraphrase', 'training deputy heads of MIA departments', p('tajikistan-police-domestic-violence-training')),
  q('paraphrase', 'online course public consultation state-funded projects', p('ukraine-authorities-civil-society-cooperation')),
  q('paraphrase', 'grassroots activists in hostile environments', s('workshop-2017-wg1-grassroots-activism')),
  q('paraphrase', 'free media disinformation working group', s('workshop-2017-wg2-free-media-and-disinformation')),
  q('paraphrase', 'barriers to civil society participation at the OSCE', s('workshop-2017-wg3-barriers-to-participation')),
  q('paraphrase', 'politico-military dimension civil society', s('workshop-2017-wg4-politico-military-dimension')),
  q('paraphrase', 'digital safety activists', s('conference-2024-digital-safety-training')),
  q('paraphrase', 'National Referral Mechanisms trafficking victims', s('uzbekistan-cthb-nrm-assessment')),
  q('paraphrase', 'anti-trafficking law Uzbekistan', UZ_TRAFFICKING, UZ_LAW),
  q('paraphrase', 'hate crime Kosovo police prosecutors training', p('kosovo-hate-crime-capacity-building')),
  q('paraphrase', 'Serbian lessons for Kosovo Albanian youth', p('kosovo-serbian-language-classes')),
  q('paraphrase', 'community resilience violent extremism Tajikistan', p('tajikistan-verlt-community-resilience')),
  q('paraphrase', 'news website report on the Almaty conference', o('eurasia-international-affairs-kz')),
  q('paraphrase', 'follow-up project human rights defence', FOLLOW_UP),
  q('paraphrase', 'financial management and logistics Women Peace and Security', o('dra')),
  q('paraphrase', 'yearly meeting on the human dimension', p('hdim')),
  q('paraphrase', 'study visit women shelter', s('conference-2024-shelter-study-visit')),

  // People, by name and by role.
  q('person', 'Lara Scarpitta', pe('lara-scarpitta')),
  q('person', 'Tanzila Narbaeva', pe('tanzila-narbaeva')),
  q('person', 'Roman Udot', pe('roman-udot')),
  q('person', 'Besfort Oruci', pe('besfort-oruci')),
  q('person', 'Colin Peters', pe('colin-peters')),
  q('person', 'Maxym Levin', pe('maxym-levin')),
  q('person', 'Senior Adviser on Gender Issues', pe('lara-scarpitta')),
  q('person', 'Chairperson of the Senate', pe('tanzila-narbaeva'), o('senate-of-uzbekistan')),

  // Places: the main record for work in that place.
  q('place', 'Almaty', CONFERENCE),
  q('place', 'held in Almaty', CONFERENCE),
  q('place', 'Bishkek', ACADEMY),
  q('place', 'Dushanbe', DUSHANBE),
  q('place', 'Obiliq', OBILIQ, p('kosovo-serbian-language-classes')),
  q('place', 'Kyiv', KYIV_TRAINING, p('ukraine-dialogue-for-decision-making')),
  q('place', 'Bratislava', CSP_PROJECT, c('slovakia')),
  q('place', 'Yerevan', c('armenia'), CSP_PROJECT),
  q('place', 'Tbilisi', c('georgia'), CSP_PROJECT),
  q('place', 'Central Asia domestic violence survivors conference', CONFERENCE),

  // Dates.
  q('date', '12 September 2017', WORKSHOP),
  q('date', '5 March 2020', KYIV_TRAINING),
  q('date', '26 June 2019', OBILIQ),
  q('date', 'conference May 2024', CONFERENCE),
  q('date', 'March 2024 online meeting', s('conference-2024-preparatory-online-meeting')),
  q('date', 'networking event 2022', p('central-asia-networking-event-2022')),
  q('date', 'networking event 2023', p('central-asia-networking-event-2023')),
  q('date', 'June 2018 to December 2019', CSP_PROJECT),
  q('date', 'founded in 2002', ACADEMY),

  // Figures quoted in the sources.
  q('figure', '6,465 women', COUNSELLING),
  q('figure', '6465', COUNSELLING),
  q('figure', '1,238 men', COUNSELLING),
  q('figure', '2.8 million people', p('tajikistan-16-days-of-activism')),
  q('figure', '90 NGOs', o('civic-solidarity-platform')),
  q('figure', 'nine cities', CSP_PROJECT),
  q('figure', 'four working groups', WORKSHOP),
  q('figure', 'three-day conference', CONFERENCE),

  // Misspellings and transliterations.
  q('misspelling', 'Dushambe', DUSHANBE),
  q('misspelling', 'Dušanbe', DUSHANBE),
  q('misspelling', 'Kazakstan', c('kazakhstan')),
  q('misspelling', 'Kyrgystan', c('kyrgyzstan')),
  q('misspelling', 'Scarpita', pe('lara-scarpitta')),
  q('misspelling', 'Tajikstan', c('tajikistan')),
  q('misspelling', 'Tadjikistan', c('tajikistan')),
  q('misspelling', 'Uzbekstan', c('uzbekistan')),
  q('misspelling', 'Turkmenstan', c('turkmenistan')),
  q('misspelling', 'Narbayeva', pe('tanzila-narbaeva')),
  q('misspelling', 'Kiev', KYIV_TRAINING),
  q('misspelling', 'Kosova', c('kosovo')),
  q('misspelling', 'ODHIR', m('odihr')),
  q('misspelling', 'Bishek', ACADEMY),
  q('misspelling', 'Obilic', OBILIQ, p('kosovo-serbian-language-classes')),
  q('misspelling', 'trafficing in human beings', t('trafficking-in-human-beings')),
  q('misspelling', 'Civic Solidarity Platfrom', o('civic-solidarity-platform')),
  q('misspelling', 'domestik violence', t('domestic-violence')),

  // Plurals and singulars.
  q('plural', 'hate crimes', t('hate-crime')),
  q('plural', 'human rights defender', t('human-rights-defenders')),
  q('plural', "women's resource centre", WRC, COUNSELLING),
  q('plural', 'civil society forum Albania', p('albania-civil-society-forums')),
  q('plural', 'Serbian language class', OBILIQ, p('kosovo-serbian-language-classes')),
  q('plural', 'perpetrator programme', s('conference-2024-perpetrator-programmes-training')),
  q('plural', 'woman resource centre Tajikistan', WRC, COUNSELLING),
  q('plural', 'dialogue platform', p('tajikistan-domestic-violence-policy-dialogue')),

  // British and American spellings, and co-operation/cooperation.
  q('spelling', 'SOVA Centre', o('sova-center')),
  q('spelling', "Women's Resource Centers", WRC, COUNSELLING),
  q('spelling', 'radicalisation', t('violent-extremism'), p('tajikistan-verlt-community-resilience')),
  q('spelling', 'radicalisation community resilience', p('tajikistan-verlt-community-resilience')),
  q('spelling', 'human rights defense follow-up project', FOLLOW_UP),
  q('spelling', 'counseling women Tajikistan', COUNSELLING),
  q('spelling', 'Program Office in Dushanbe', DUSHANBE),
  q('spelling', 'Organisation for Security and Cooperation in Europe', o('osce')),
  q('spelling', 'cooperation agreement hate crimes', s('kosovo-hate-crime-co-operation-agreement-2018')),
  q('spelling', 'Project Coordinator in Uzbekistan', m('osce-project-co-ordinator-in-uzbekistan')),
  q('spelling', 'perpetrator programs', s('conference-2024-perpetrator-programmes-training')),
  q('spelling', 'MA program in politics and security', p('osce-academy-ma-politics-and-security')),

  // Cyrillic and other local scripts.
  q('cyrillic', 'Душанбе', DUSHANBE),
  q('cyrillic', 'Кыргызстан', c('kyrgyzstan')),
  q('cyrillic', 'Киргизия', c('kyrgyzstan')),
  q('cyrillic', 'ОБСЕ', o('osce')),
  q('cyrillic', 'Таджикистан', c('tajikistan')),
  q('cyrillic', 'Казахстан', c('kazakhstan')),
  q('cyrillic', 'Қазақстан', c('kazakhstan')),
  q('cyrillic', 'Узбекистан', c('uzbekistan')),
  q('cyrillic', 'Україна', c('ukraine')),
  q('cyrillic', 'Косово', c('kosovo')),
  q('cyrillic', 'Голос', o('golos')),
  q('cyrillic', 'Роман Удот', pe('roman-udot')),
  q('cyrillic', 'Танзила Нарбаева', pe('tanzila-narbaeva')),
  q('cyrillic', 'Академия ОБСЕ в Бишкеке', ACADEMY),
  q('cyrillic', 'БДИПЧ', m('odihr')),
  q('cyrillic', 'Миссия ОБСЕ в Косово', m('osce-mission-in-kosovo')),
  q('cyrillic', 'Бишкек', ACADEMY),
  // Places in their Russian forms (src/i18n/place-names.ts), which the English pages never print.
  q('cyrillic', 'Тбилиси', CSP_PROJECT),
  q('cyrillic', 'Киев', KYIV_TRAINING, p('ukraine-dialogue-for-decision-making')),
  q('cyrillic', 'Обилич', OBILIQ, p('kosovo-serbian-language-classes')),
  q('cyrillic', 'Алматы', CONFERENCE),
  q('cyrillic', 'Варшава Вена', CSP_PROJECT),

  // Questions, typed as a sentence.
  q('question', 'how many women received counselling in Tajikistan', COUNSELLING),
  q('question', 'when was the OSCE Academy in Bishkek established', ACADEMY),
  q('question', 'who opened the World Anti-trafficking Day presentations', s('uzbekistan-cthb-world-day-presentations'), pe('tanzila-narbaeva')),
  q('question', 'who gave the opening remarks at the Almaty conference', pe('lara-scarpitta'), CONFERENCE),
  q('question', 'where was the 2024 regional networking conference held', CONFERENCE),
  q('question', 'what is VERLT', t('violent-extremism')),
  q('question', 'what does POiD stand for', DUSHANBE),
  q('question', 'who signed the hate crime agreement in Kosovo', s('kosovo-hate-crime-co-operation-agreement-2018')),
  q('question', 'how many people did the 16 Days of Activism campaign reach', p('tajikistan-16-days-of-activism')),
  q('question', 'who is Roman Udot', pe('roman-udot')),
  q('question', 'what happened at the 2017 HDIM workshop', WORKSHOP),
  q('question', 'when did the amended anti-trafficking law come into force', UZ_LAW, UZ_TRAFFICKING),
  q('question', 'who funds the human rights defence project', FOLLOW_UP, o('german-federal-foreign-office')),
  q('question', 'what is the Civic Solidarity Platform', o('civic-solidarity-platform')),
];

/** Top-1, top-3 and mean reciprocal rank of ranked result lists against the labels (rank 0: not found). */
export function searchQuality(ranks: number[]) {
  const n = ranks.length;
  return {
    queries: n,
    top1: ranks.filter((r) => r === 1).length / n,
    top3: ranks.filter((r) => r >= 1 && r <= 3).length / n,
    mrr: ranks.reduce((sum, r) => sum + (r ? 1 / r : 0), 0) / n,
    notFound: ranks.filter((r) => r === 0).length,
  };
}

/** The rank (1-based) of the first result that answers the query, or 0 when none does. */
export const rankOf = (results: string[], expect: string[]) => results.findIndex((url) => expect.includes(url)) + 1;
