// Controlled vocabularies, defined once. Schemas, pages, scripts and the contributor docs all read these.
// Each value is a stable machine key; the label is what readers see.

export const COLLECTIONS = [
  'missions', 'projects', 'subprojects', 'organizations', 'people', 'countries', 'themes', 'sources',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export const MISSION_KINDS = {
  'field-operation': 'Field operation',
  institution: 'Institution',
  secretariat: 'Secretariat',
  'secretariat-unit': 'Secretariat unit',
  academy: 'Academy',
  delegation: 'Delegation',
} as const;

export const PROJECT_KINDS = {
  programme: 'Programme',
  project: 'Project',
  event: 'Event',
  conference: 'Conference',
  workshop: 'Workshop',
  campaign: 'Campaign',
  training: 'Training',
  dialogue: 'Dialogue',
  education: 'Education',
  research: 'Research',
  'technical-assistance': 'Technical assistance',
} as const;

export const ORGANIZATION_KINDS = {
  intergovernmental: 'Intergovernmental organization',
  'un-agency': 'UN agency',
  ngo: 'Non-governmental organization',
  network: 'Civil-society network',
  'working-group': 'Working group',
  government: 'Government body',
  parliament: 'Parliament',
  judiciary: 'Judiciary or prosecution',
  'law-enforcement': 'Law enforcement',
  'service-provider': 'Service provider',
  media: 'Media',
} as const;

/** Roles an organization plays in a project or subproject. */
export const ORGANIZATION_ROLES = {
  implementer: 'Implementer',
  funder: 'Funder',
  partner: 'Partner',
  coordinator: 'Coordinator',
  host: 'Host',
  organizer: 'Organizer',
  'co-organizer': 'Co-organizer',
  participant: 'Participant',
  beneficiary: 'Beneficiary',
  signatory: 'Signatory',
} as const;

export const STATUSES = {
  planned: 'Planned',
  ongoing: 'Ongoing',
  completed: 'Completed',
  recurring: 'Recurring',
} as const;

// ---- Alignment with open standards. Our keys stay as they are; these say which code of a published
// codelist each one corresponds to, so the data files can carry both. null: no code fits.

/** IATI codelist OrganisationRole (https://iatistandard.org/en/iati-standard/203/codelists/organisationrole/). */
export const IATI_ORGANISATION_ROLES = {
  1: 'Funding',
  2: 'Accountable',
  3: 'Extending',
  4: 'Implementing',
} as const;

/** IATI codelist ActivityStatus (https://iatistandard.org/en/iati-standard/203/codelists/activitystatus/). */
export const IATI_ACTIVITY_STATUSES = {
  1: 'Pipeline/identification',
  2: 'Implementation',
  3: 'Finalisation',
  4: 'Closed',
  5: 'Cancelled',
  6: 'Suspended',
} as const;

export type IatiOrganisationRole = keyof typeof IATI_ORGANISATION_ROLES;
export type IatiActivityStatus = keyof typeof IATI_ACTIVITY_STATUSES;

/**
 * Each organization role's IATI OrganisationRole code. IATI names only who funds, is accountable for,
 * extends (manages on a funder's behalf) or implements an activity; an organizer physically carries out
 * an event, so it implements. Partners, coordinators, hosts, participants, beneficiaries and signatories
 * have no IATI role: a coordinator may or may not be accountable, and the sources do not say which.
 */
export const ORGANIZATION_ROLE_IATI: Record<keyof typeof ORGANIZATION_ROLES, IatiOrganisationRole | null> = {
  implementer: 4,
  funder: 1,
  partner: null,
  coordinator: null,
  host: null,
  organizer: 4,
  'co-organizer': 4,
  participant: null,
  beneficiary: null,
  signatory: null,
};

/**
 * Each status's IATI ActivityStatus code. "completed" is Closed (physical activity complete) rather than
 * Finalisation, which also says that accounts are still open, something the sources never tell. A
 * recurring event is a series, not one activity with a life cycle, so it has no IATI status.
 */
export const STATUS_IATI: Record<keyof typeof STATUSES, IatiActivityStatus | null> = {
  planned: 1,
  ongoing: 2,
  completed: 4,
  recurring: null,
};

export const SOURCE_KINDS = {
  'web-page': 'Web page',
  'project-page': 'Project page',
  'news-article': 'News article',
  'blog-post': 'Blog post',
  report: 'Report excerpt',
} as const;

export const keysOf = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
