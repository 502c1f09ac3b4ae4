// Reader-facing names for collections and vocabulary keys.
import {
  MISSION_KINDS, ORGANIZATION_KINDS, ORGANIZATION_ROLES, PROJECT_KINDS, SOURCE_KINDS, STATUSES,
  type CollectionName,
} from '../schemas/vocabularies.ts';

export const COLLECTION_LABELS: Record<CollectionName, { plural: string; singular: string; intro: string }> = {
  missions: { plural: 'Missions', singular: 'Mission', intro: 'OSCE field operations, institutions, Secretariat units, the Academy and delegations.' },
  projects: { plural: 'Projects', singular: 'Project', intro: 'Programmes, projects, events, campaigns and trainings, with or without an owning mission.' },
  subprojects: { plural: 'Subprojects', singular: 'Subproject', intro: 'The components inside a project: working groups, trainings, strands of work.' },
  organizations: { plural: 'Organizations', singular: 'Organization', intro: 'Civil-society groups, governments, funders and partners that took part.' },
  people: { plural: 'People', singular: 'Person', intro: 'People named in the sources, with the roles they held.' },
  countries: { plural: 'Countries', singular: 'Country', intro: 'Participating States and places where the work happened.' },
  themes: { plural: 'Themes', singular: 'Theme', intro: 'The subjects the work addresses.' },
  sources: { plural: 'Sources', singular: 'Source', intro: 'The public documents every entry is drawn from.' },
};

export const KIND_LABELS: Record<string, string> = {
  ...MISSION_KINDS, ...PROJECT_KINDS, ...ORGANIZATION_KINDS, ...SOURCE_KINDS,
};
export const ROLE_LABELS: Record<string, string> = ORGANIZATION_ROLES;
export const STATUS_LABELS: Record<string, string> = STATUSES;

export const entryUrl = (collection: string, id: string) => `/${collection}/${id}/`;
/** The timeline of one country or theme: every dated entry linked to it. */
export const timelineUrl = (collection: string, id: string) => `/timeline/${collection}/${id}/`;
