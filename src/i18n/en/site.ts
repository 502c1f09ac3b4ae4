// English: the frame of every page (header, menu, footer, language switch), collection names, the
// controlled vocabularies' labels, and the words dates and counts are written with.
import { MISSION_KINDS, ORGANIZATION_KINDS, ORGANIZATION_ROLES, PROJECT_KINDS, SOURCE_KINDS, STATUSES } from '../../schemas/vocabularies.ts';
import type { DateCase, PluralForms } from '../format.ts';

export const site = {
  name: 'Civic Atlas',
  skipToContent: 'Skip to content',
  home: 'Home',
  menu: 'Menu',
  mainNav: 'Main',
  search: 'Search',
  siteSearch: 'Site search',
  searchTheAtlas: 'Search the atlas',
  colourScheme: 'Colour scheme',
  schemeAuto: 'Auto',
  schemeLight: 'Light',
  schemeDark: 'Dark',
  timeline: 'Timeline',
  map: 'Map',
  data: 'Data',
  years: 'Years',
  statistics: 'Statistics',
  openData: 'Open data',
  dataQuality: 'Data quality',
  contribute: 'Contribute',
  rssFeed: 'RSS feed',
  sitemap: 'Sitemap',
  footerExplore: 'Explore',
  footerData: 'Data and help',
  footerAbout: 'Civic Atlas describes OSCE civil-society work in its own words, from the public sources named on every page.',
  feedTitle: 'Civic Atlas: all entries',
  languages: 'Languages',
};

export const collections = {
  missions: { plural: 'Missions', singular: 'Mission', intro: 'OSCE field operations, institutions, Secretariat units, the Academy and delegations.' },
  projects: { plural: 'Projects', singular: 'Project', intro: 'Programmes, projects, events, campaigns and trainings, with or without an owning mission.' },
  subprojects: { plural: 'Subprojects', singular: 'Subproject', intro: 'The components inside a project: working groups, trainings, strands of work.' },
  organizations: { plural: 'Organizations', singular: 'Organization', intro: 'Civil-society groups, governments, funders and partners that took part.' },
  people: { plural: 'People', singular: 'Person', intro: 'People named in the sources, with the roles they held.' },
  countries: { plural: 'Countries', singular: 'Country', intro: 'Participating States and places where the work happened.' },
  themes: { plural: 'Themes', singular: 'Theme', intro: 'The subjects the work addresses.' },
  sources: { plural: 'Sources', singular: 'Source', intro: 'The public documents every entry is drawn from.' },
};

/** The vocabularies' English labels are the ones defined with their keys (src/schemas/vocabularies.ts). */
export const vocab = {
  kinds: { ...MISSION_KINDS, ...PROJECT_KINDS, ...ORGANIZATION_KINDS, ...SOURCE_KINDS } as Record<
    keyof typeof MISSION_KINDS | keyof typeof PROJECT_KINDS | keyof typeof ORGANIZATION_KINDS | keyof typeof SOURCE_KINDS, string>,
  roles: ORGANIZATION_ROLES as Record<keyof typeof ORGANIZATION_ROLES, string>,
  statuses: STATUSES as Record<keyof typeof STATUSES, string>,
};

export const dates = {
  from: (date: string) => `from ${date}`,
  until: (date: string) => `until ${date}`,
  /** The case a date takes after "from" / "until" (Russian: genitive, «с июня 2020 г.»). */
  caseAfterFromUntil: 'nominative' as DateCase,
  undated: 'Undated',
};

const forms = (one: string, other: string): PluralForms => ({ one, other });
export const counts = {
  entries: forms('entry', 'entries'),
  projects: forms('project', 'projects'),
  subprojects: forms('subproject', 'subprojects'),
  sources: forms('source', 'sources'),
  results: forms('result', 'results'),
  years: forms('year', 'years'),
};
