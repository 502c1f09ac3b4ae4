// The labelled Russian queries the Russian search page (/ru/search/) must answer, run by
// tests/e2e/search-quality-ru.test.ts. Each query's expected entry was decided from the Russian content
// (content/ru/…: titles, other names, summaries and prose, translated from the entries' source-based facts),
// never from what the search returned. Where two entries answer a query equally well, both are listed; the
// first is the one a reader would most likely want. Queries are written as typed: inflected, abbreviated,
// misspelt, with е for ё, in Latin script for names the Russian pages give in Latin, or mixed.
import type { LabelledQuery } from './search-queries.ts';

export type RussianQueryKind =
  | 'title' | 'inflected' | 'acronym' | 'place' | 'misspelling' | 'latin' | 'mixed' | 'yo' | 'person' | 'question';

export type RussianLabelledQuery = Omit<LabelledQuery, 'kind'> & { kind: RussianQueryKind };

const m = (slug: string) => `/ru/missions/${slug}/`;
const p = (slug: string) => `/ru/projects/${slug}/`;
const s = (slug: string) => `/ru/subprojects/${slug}/`;
const o = (slug: string) => `/ru/organizations/${slug}/`;
const pe = (slug: string) => `/ru/people/${slug}/`;
const c = (slug: string) => `/ru/countries/${slug}/`;
const t = (slug: string) => `/ru/themes/${slug}/`;

const DUSHANBE = m('osce-programme-office-in-dushanbe');
const ACADEMY = m('osce-academy-in-bishkek');
const CONFERENCE = p('regional-networking-conference-2024');
const CSP = o('civic-solidarity-platform');
const TRAFFICKING = t('trafficking-in-human-beings');
const COUNSELLING = p('tajikistan-womens-resource-centres-counselling');
const WRC = o('tajikistan-womens-resource-centres');

const q = (kind: RussianQueryKind, query: string, ...expect: string[]): RussianLabelledQuery => ({ q: query, expect, kind });

export const RUSSIAN_QUERIES: RussianLabelledQuery[] = [
  // Titles, whole or in part, as written on the Russian pages.
  q('title', 'Программный офис ОБСЕ в Душанбе', DUSHANBE),
  q('title', 'Академия ОБСЕ в Бишкеке', ACADEMY),
  q('title', 'Миссия ОБСЕ в Косово', m('osce-mission-in-kosovo')),
  q('title', 'Присутствие ОБСЕ в Албании', m('osce-presence-in-albania')),
  q('title', 'Секретариат ОБСЕ', m('osce-secretariat')),
  q('title', 'Платформа «Гражданская солидарность»', CSP),
  q('title', 'Семинар «Защитники демократии»', p('democracy-defenders-workshop-2017')),
  q('title', 'Поддержка Узбекистана в противодействии торговле людьми', p('uzbekistan-combating-trafficking')),
  q('title', 'Торговля людьми', TRAFFICKING),
  q('title', 'Домашнее насилие', t('domestic-violence')),
  q('title', 'Верховенство права', t('rule-of-law')),
  q('title', 'Свобода СМИ', t('freedom-of-the-media')),
  q('title', 'Сенат Узбекистана', o('senate-of-uzbekistan')),
  q('title', 'Полиция Косово', o('kosovo-police')),
  q('title', 'Магистерская программа по политике и безопасности', p('osce-academy-ma-politics-and-security')),

  // Inflected forms: the case a word takes in the reader's sentence, not the title's.
  q('inflected', 'Таджикистане', c('tajikistan')),
  q('inflected', 'торговли людьми', TRAFFICKING, m('osce-special-representative-cthb'), p('uzbekistan-combating-trafficking')),
  q('inflected', 'домашнего насилия', t('domestic-violence')),
  q('inflected', 'в Бишкеке', ACADEMY),
  q('inflected', 'правозащитников', t('human-rights-defenders')),
  q('inflected', 'преступлениями на почве ненависти', t('hate-crime'), p('kosovo-hate-crime-capacity-building')),
  q('inflected', 'гендерного равенства', t('gender-equality')),
  q('inflected', 'Узбекистану', c('uzbekistan')),
  q('inflected', 'насильственному экстремизму', t('violent-extremism'), p('tajikistan-verlt-community-resilience')),
  q('inflected', 'ресурсных центрах для женщин', COUNSELLING, WRC),
  q('inflected', 'Академией ОБСЕ', ACADEMY),

  // Abbreviations, Russian and Latin, as the Russian pages give them.
  q('acronym', 'БДИПЧ', m('odihr')),
  q('acronym', 'ОБСЕ', o('osce')),
  q('acronym', 'СРВЧИ', p('hdim')),
  q('acronym', 'УНП ООН', o('unodc')),
  q('acronym', 'ПГС', CSP),
  q('acronym', 'НЭРВТ', t('violent-extremism')),
  q('acronym', 'МВД Таджикистана', o('tajikistan-ministry-of-internal-affairs')),
  q('acronym', 'ФРГ', c('germany')),
  q('acronym', 'США', c('united-states'), m('us-mission-to-the-osce')),
  q('acronym', 'НМП', o('uzbekistan-nrm-inter-agency-group'), s('uzbekistan-cthb-nrm-assessment')),

  // Places, in their Russian names (src/i18n/place-names.ts) and cases.
  q('place', 'Алматы', CONFERENCE, s('conference-2024-shelter-study-visit')),
  q('place', 'в Алматы', CONFERENCE),
  q('place', 'Бишкек', ACADEMY),
  q('place', 'Душанбе', DUSHANBE),
  q('place', 'Киев', s('ukraine-dialogue-training-kyiv-2020'), p('ukraine-dialogue-for-decision-making')),
  q('place', 'Обиличе', s('kosovo-serbian-language-class-obiliq-2019'), p('kosovo-serbian-language-classes')),
  q('place', 'Братислава', p('strengthening-civil-society-cooperation-2018-2019'), c('slovakia')),

  // Typing errors, corrected from the Russian pages' own words.
  q('misspelling', 'Таджекистан', c('tajikistan')),
  q('misspelling', 'Кыргистан', c('kyrgyzstan')),
  q('misspelling', 'Узбекестан', c('uzbekistan')),
  q('misspelling', 'Душамбе', DUSHANBE),
  q('misspelling', 'Академя ОБСЕ в Бишкеке', ACADEMY),
  q('misspelling', 'Скарпита', pe('lara-scarpitta')),
  q('misspelling', 'правозащитнеки', t('human-rights-defenders')),

  // Latin names on the Russian pages (their English names, kept as other names).
  q('latin', 'ODIHR', m('odihr')),
  q('latin', 'Fair Trials', o('fair-trials')),
  q('latin', 'POiD', DUSHANBE),
  q('latin', 'OMIK', m('osce-mission-in-kosovo')),
  q('latin', 'Tajikistan', c('tajikistan')),
  q('latin', 'UNODC', o('unodc')),
  q('latin', 'Eurasia International Affairs', o('eurasia-international-affairs-kz')),
  // Places as the English entries write them, which the Russian pages never print.
  q('latin', 'Tbilisi', p('strengthening-civil-society-cooperation-2018-2019')),
  q('latin', 'Kyiv', s('ukraine-dialogue-training-kyiv-2020'), p('ukraine-dialogue-for-decision-making')),
  q('latin', 'Obiliq', s('kosovo-serbian-language-class-obiliq-2019'), p('kosovo-serbian-language-classes')),

  // Mixed scripts.
  q('mixed', 'WILPF Германия', o('wilpf-germany')),
  q('mixed', 'POiD Душанбе', DUSHANBE),
  q('mixed', 'повестка WPS', s('csp-2018-reloading-wps-agenda'), t('women-peace-and-security')),

  // е for ё: Russian writes either.
  q('yo', 'Соединенные Штаты', c('united-states')),
  q('yo', 'Международное партнерство за права человека', o('iphr')),

  // People.
  q('person', 'Роман Удот', pe('roman-udot')),
  q('person', 'Танзила Нарбаева', pe('tanzila-narbaeva')),
  q('person', 'Лара Скарпитта', pe('lara-scarpitta')),

  // Questions, typed as a sentence.
  q('question', 'кто открыл презентации во Всемирный день борьбы с торговлей людьми', s('uzbekistan-cthb-world-day-presentations'), pe('tanzila-narbaeva')),
  q('question', 'сколько женщин проконсультировали в Таджикистане', COUNSELLING, WRC),
  q('question', 'что такое СРВЧИ', p('hdim')),
];
