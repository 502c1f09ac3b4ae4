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

export const SOURCE_KINDS = {
  'web-page': 'Web page',
  'project-page': 'Project page',
  'news-article': 'News article',
  'blog-post': 'Blog post',
  report: 'Report excerpt',
} as const;

export const keysOf = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
