// English strings: entry. Every key here must have its Russian counterpart in ../ru/entry.ts.
// The entry pages (src/pages/[collection]/[slug].astro), their components and the full lists behind them.
import type { CollectionName } from '../../schemas/vocabularies.ts';
import { SITE_URL_MISSING } from '../../lib/site-url.ts';
import { formatNumber } from '../format.ts';

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export const entry = {
  // The page's frame
  breadcrumb: 'Breadcrumb',
  atAGlance: 'At a glance',
  nameInferred: 'name inferred',
  alsoKnownAs: 'Also known as:',
  moreAbout: (name: string) => `More about ${name}`,
  aboutThisEntry: 'About this entry',
  onThisPage: 'On this page',
  siblings: (name: string) => `Previous and next in ${name}`,
  previous: 'Previous',
  next: 'Next',
  up: 'Up',
  permalink: 'Permalink:',
  permalinkMissing: (path: string) => `Permalink not configured (${path}).`,
  lastUpdated: 'Last updated',
  editPage: 'Edit this page',
  asJson: 'This entry as JSON',
  // Headings of the page's parts
  headings: {
    events: 'Dated events',
    figures: 'Key figures',
    quotes: 'Quoted',
    disagreements: 'Where sources disagree',
    inferred: 'What is inferred',
    related: 'Related entries',
    facts: 'Facts',
    sources: 'Sources',
    cite: 'Cite this entry',
  },
  // Sources that disagree: "Sources disagree on <about>: see each version."
  sourcesDisagree: 'Sources disagree',
  disagreeOn: ' on ',
  disagreeBeforeLink: ': ',
  seeEachVersion: 'see each version',
  disagreeAfterLink: '.',
  disagreeLabel: (about: string) => `Sources disagree: ${about}`,
  // Facts
  facts: {
    type: 'Type', code: 'Code', dacSector: 'OECD DAC sector', status: 'Status', dates: 'Dates', established: 'Established',
    published: 'Published', year: 'Year', years: 'Years', mission: 'Mission', partOf: 'Part of', order: 'Order',
    hostCountry: 'Host country', city: 'City', organizations: 'Organizations', oscePartners: 'OSCE partners', people: 'People',
    positions: 'Positions', countries: 'Countries', countriesAndPlaces: 'Countries and places', themes: 'Themes', precededBy: 'Preceded by',
    followedBy: 'Followed by', publisher: 'Publisher', language: 'Language', address: 'Address',
  },
  purposeCode: (code: string) => `purpose code ${code}`,
  subprojectNumber: (n: string) => `Subproject ${n}`,
  noPublisher: 'Not named in the document',
  // What is inferred
  inferredMark: 'inferred',
  inferredNote: 'The sources imply these but do not state them.',
  inferredFields: {
    title: 'Name', kind: 'Type', status: 'Status', start: 'Start date', end: 'End date', established: 'Established', published: 'Published',
    mission: 'Mission', partOf: 'Part of', project: 'Project', parent: 'Part of', hostCountry: 'Host country', city: 'City',
    countries: 'Countries', themes: 'Themes', publisher: 'Publisher', language: 'Language', url: 'Address', code: 'Code', statusNote: 'Status note', dacSector: 'OECD DAC sector',
  } as Record<string, string>,
  inferredItems: { organization: 'Organization', oscePartner: 'OSCE partner', person: 'Person', position: 'Position', place: 'Place', figure: 'Figure', event: 'Event' },
  // Key figures
  figure: 'Figure',
  whatWasCounted: 'What was counted',
  when: 'When',
  approximately: (value: string) => `about ${value}`,
  // The facts line and the other views of a hub
  projectsDates: 'its project’s dates',
  moreCountries: (n: number) => `and ${formatNumber(n, 'en')} more countries`,
  timelineOf: (name: string) => `of ${name}`,
  everyCountry: 'every country',
  filedUnder: (name: string) => `everything filed under ${name}`,
  // Section navigation
  inFamily: (name: string) => `In ${name}`,
  allOf: (plural: string) => `All ${plural.toLowerCase()}`,
  moreBefore: (n: number) => `${formatNumber(n, 'en')} more before`,
  moreAfter: (n: number) => `${formatNumber(n, 'en')} more after`,
  // Related entries
  shares: (names: string, more: number) => `shares ${names}${more > 0 ? ` and ${formatNumber(more, 'en')} more` : ''}`,
  // Connected entries and their full lists
  linkedTo: (plural: string, name: string) => `${plural} linked to ${name}`,
  allLinked: (count: number, collection: CollectionName, plural: string, name: string) => `All ${formatNumber(count, 'en')} ${lower(plural)} linked to ${name}`,
  citedByHeading: 'Entries drawn from this source',
  citedByTitle: (name: string) => `Entries drawn from ${name}`,
  allCitedBy: (count: number, name: string) => `All ${formatNumber(count, 'en')} entries drawn from ${name}`,
  orderOwn: 'in the project’s order',
  orderMixed: 'most recent first, then undated entries by title',
  orderRecent: 'most recent first',
  orderTitle: 'by title',
  showing: (shown: number, count: number, order: string) => `Showing ${formatNumber(shown, 'en')} of ${formatNumber(count, 'en')}, ${order}.`,
  withProjectsDates: (when: string) => `${when} (its project’s dates)`,
  fullList: (label: string) => `${label}: full list`,
  allCount: (count: number, order: string) => `All ${formatNumber(count, 'en')}, ${order}.`,
  pageRange: (current: number, last: number, from: number, to: number) => `Page ${current} of ${last}: ${from}–${to}.`,
  listDescription: (title: string, count: number, order: string, range?: string) => `${title}: all ${formatNumber(count, 'en')}, ${order}${range ? `; ${range} on this page` : ''}.`,
  pagesOfList: 'Pages of this list',
  // Pages of a list (the pager)
  pageOf: (n: number, last: number) => `Page ${n} of ${last}`,
  pageN: (n: number) => `Page ${n}`,
  pagedTitle: (title: string, n: number, last: number) => `${title}, page ${n} of ${last}`,
  previousPage: 'Previous page',
  nextPage: 'Next page',
  // How a mission or a source is dated (src/lib/years.ts datingOf)
  // Cite this entry
  permanentLink: 'Permanent link:',
  permanentLinkMissing: 'Permanent link not configured.',
  siteUrlMissing: SITE_URL_MISSING,
  entryIsAt: 'This entry is at',
  accessDate: 'The access date is the day this page was built',
  citeFormats: { apa: 'APA (7th edition)', chicago: 'Chicago (notes and bibliography)' },
  copy: 'Copy',
  copied: 'Copied',
  copyCitation: (format: string) => `Copy ${format} citation`,
  citationFiles: 'For a reference manager:',
  // Translation notices (shown on pages in other languages only)
  notTranslated: 'This entry has not been translated yet: its text below is in English.',
  readInEnglish: 'The English page',
  translationBehind: (date: string) => `The English version was updated on ${date}, after this translation was made.`,
  translationBehindUndated: 'The English version has been updated since this translation was made.',
  readTheEnglish: 'Read the English version',
};
