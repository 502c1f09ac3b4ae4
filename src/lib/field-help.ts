// What each frontmatter field is for, in plain words. `npm run new` writes it into templates and the
// entry editor at /contribute/new/ shows it beside each field.

/**
 * What each field is for, by `parent.field` or `field`. The schemas carry types, not prose; a test checks
 * that every schema field has an entry here, so a new field cannot ship without its explanation.
 */
export const FIELD_HELP: Record<string, string> = {
  title: 'the name readers see: the official English name where there is one',
  aliases: 'other names and abbreviations readers might search for, e.g. ["HDIM"]',
  summary: 'one or two sentences, in your own words, saying what this is',
  sources: 'the documents this entry is based on (see "Citing sources" in CONTRIBUTING.md)',
  disagreements: 'facts on which sources disagree: keep every version, each with its source',
  'disagreements.about': 'what the sources disagree about, e.g. "start date"',
  'disagreements.versions': 'each version, with the source that gives it',
  'versions.value': 'what this source says',
  'versions.source': 'the source that says it',
  'disagreements.note': 'a remark, e.g. which version is likelier and why',
  kind: 'what sort of entry this is',
  hostCountry: 'the country where it is based',
  city: 'the city where it is based',
  parent: 'the larger body this one is part of',
  established: 'when it was set up',
  themes: 'the subjects it deals with',
  mission: 'the OSCE mission, institution or unit that runs it',
  partOf: 'the larger project or programme this one belongs to',
  organizations: 'organizations that took part, each with its role',
  'organizations.organization': 'the organization',
  role: 'what it did',
  note: 'a few words on what it did, when the role alone does not say',
  partnerMissions: 'other OSCE missions, institutions or units that took part, each with its role',
  'partnerMissions.mission': 'the OSCE body',
  countries: 'the countries it concerns',
  places: 'where activities took place',
  'places.name': 'the place, e.g. a city',
  'places.country': 'the country it is in',
  start: 'when it began',
  end: 'when it ended (leave out while it is ongoing)',
  status: 'where it stands now',
  people: 'people who took part, each with what they did',
  'people.person': 'the person',
  'people.role': 'what the person did, in a few words, e.g. "trainer"',
  figures: 'numbers the sources give, e.g. participants or budget',
  'figures.value': 'the number',
  'figures.unit': 'the unit, if any, e.g. "EUR"',
  'figures.counted': 'what was counted, e.g. "participants"',
  'figures.year': 'when the figure applies',
  'figures.approximate': 'true when the source says "about", "over" or similar',
  predecessor: 'the project this one follows on from',
  successor: 'the project that follows on from this one',
  project: 'the project this subproject is part of',
  order: "its place among the project's subprojects: 1, 2, 3 …",
  positions: 'posts the person has held',
  'positions.title': 'the post, e.g. "Head of Mission"',
  'positions.organization': 'where they held it, if not an OSCE body',
  'positions.mission': 'where they held it, if an OSCE body',
  'positions.date': 'when the source shows them in the post',
  quotes: 'short things the person said, quoted exactly',
  'quotes.text': 'the exact words (keep it short)',
  'quotes.context': 'where and when they said it',
  'quotes.date': 'when they said it',
  code: 'the ISO 3166-1 alpha-2 code, e.g. "TJ" ("XK" for Kosovo)',
  statusNote: 'a neutral note where the status is disputed or needs explaining',
  publisher: 'who published the document, as the document names it',
  published: 'when it was published',
  document: 'for maintainers: the file name of the seed document this entry describes, e.g. "000_3cd77a42a77be631.txt" (never shown to readers)',
  language: 'the language the document is written in, as a code: "en" for English, "ru" for Russian',
  url: 'the document’s public address, starting https://, only if you know it (never guess one)',
  events: 'dated happenings the sources give inside this work (an agreement signed, a decree adopted), so the timeline and year pages show them',
  'events.date': 'when it happened, at the precision the source gives',
  'events.end': 'for a period (a strategy for 2021–2025), its last date',
  'events.what': 'what happened, in one short sentence of your own',
  inferred: 'why this is recorded though no source states it: what in which source points to it, in a sentence (see "Inferences" in CONTRIBUTING.md)',
  dacSector: 'the OECD DAC CRS purpose code that clearly fits this theme, if one does (see CONTRIBUTING.md)',
  'dacSector.code': 'the five-digit purpose code, in double quotes, e.g. "15150"',
  'dacSector.name': 'the code\'s name as the DAC list gives it, e.g. "Democratic participation and civil society"',
};

/**
 * The entry editor's wording where FIELD_HELP speaks of the file's syntax (YAML lists, quotes, `true`),
 * which the editor's form hides: each alias is its own box, a tick box is ticked, a code is typed bare.
 */
export const EDITOR_HELP: Record<string, string> = {
  aliases: 'other names and abbreviations readers might search for, e.g. HDIM: one in each box',
  sources: 'the documents this entry is based on; each must already be in the atlas as a source entry',
  'figures.approximate': 'tick this when the source says "about", "over" or similar',
  'dacSector.code': 'the five-digit purpose code, e.g. 15150',
  dacSector: 'the OECD DAC purpose code that clearly fits this theme, if one does (the codes are listed on the contribute page)',
  document: 'for maintainers: the file name of the seed document this entry describes, e.g. 000_3cd77a42a77be631.txt (never shown to readers)',
};

/**
 * The entry editor's labels where the field's key alone would not say what to write (`counted`, `about`);
 * by `parent.field` or `field`, as FIELD_HELP.
 */
export const EDITOR_LABELS: Record<string, string> = {
  aliases: 'Other names',
  'disagreements.about': 'What they disagree about',
  'versions.value': 'What this source says',
  'figures.value': 'Number',
  'figures.counted': 'What was counted',
  figures: 'Key figures',
  code: 'Country code',
  dacSector: 'OECD DAC sector',
  'dacSector.code': 'Code',
  'dacSector.name': 'Name of the code',
};
