// English strings: search. Every key here must have its Russian counterpart in ../ru/search.ts.
import type { PluralForms } from '../format.ts';

/** The facets' names (src/lib/search-state.ts FACETS), and the words of each one's "narrow the list" box. */
const facets = {
  type: 'Type', region: 'Region', country: 'Country', theme: 'Theme', year: 'Year', organization: 'Organization', mission: 'Mission', status: 'Status',
};
const narrowOf = (f: keyof typeof facets) => ({ label: `Narrow the ${facets[f].toLowerCase()} list`, placeholder: `Find a ${facets[f].toLowerCase()}…` });

export const search = {
  title: 'Search',
  description: 'Search every mission, project, subproject, organization, person, country, theme and source in Civic Atlas.',
  heading: 'Search',
  formLabel: 'Search and filter the atlas',
  inputLabel: 'Search the atlas',
  placeholder: 'e.g. domestic violence Tajikistan, POiD, 2019',
  sortLabel: 'Sort results',
  sorts: { relevance: 'Most relevant', newest: 'Newest first', oldest: 'Oldest first', title: 'Title A–Z' },
  submit: 'Search',
  filtersSummary: 'Filter by type, country, theme, year, organization, mission and status',
  helpSummary: 'How to search',
  /** The help's items: the syntax shown as code (where there is one), then what it does. */
  help: [
    { text: 'Words find entries that have all of them, in any spelling (organisation or organization, centre or center). Question words such as “how many” or “when was” are left out.' },
    { code: '"civil society"', text: ' in quotation marks finds the words together, as written.' },
    { code: 'hate OR trafficking', text: ' finds entries with either word (OR in capitals).' },
    { code: 'civil -society', text: ' leaves out entries with the word after the minus.' },
    { text: 'A word the atlas does not hold is corrected to the nearest one it does (Dushambe → Dushanbe), with a link to search as typed. Names in Cyrillic and other scripts find their entries.' },
  ],
  downloadLabel: 'Download these results:',
  more: 'Show more results',
  noscript: 'Search needs JavaScript. Every entry is also reachable from the lists below.',
  browseHeading: 'Browse everything',
  browseLead: 'Every collection has a full list: ',
  /** A collection's link in the browse line: its name in lower case and its count. */
  browseItem: (name: string, count: string) => `${name.toLowerCase()} (${count})`,
  browseTimelineBefore: '. Projects and events are also on the ',
  browseTimeline: 'timeline',
  browseTimelineAfter: '.',
  /** The region names of the Region facet (src/lib/regions.ts keys). */
  regions: {
    'South-Eastern Europe': 'South-Eastern Europe', 'Eastern Europe': 'Eastern Europe', 'South Caucasus': 'South Caucasus',
    'Central Asia': 'Central Asia', 'Western Europe': 'Western Europe', 'Northern Europe': 'Northern Europe',
    'Southern Europe': 'Southern Europe', 'Western Asia': 'Western Asia', 'Eastern Asia': 'Eastern Asia', 'Northern America': 'Northern America',
  },
  /**
   * The words the search script writes, handed to it as JSON (a data attribute of the form): templates with
   * {placeholders} and plural forms, no functions.
   */
  client: {
    facets,
    narrow: {
      type: narrowOf('type'), region: narrowOf('region'), country: narrowOf('country'), theme: narrowOf('theme'),
      year: narrowOf('year'), organization: narrowOf('organization'), mission: narrowOf('mission'), status: narrowOf('status'),
    },
    idle: 'Type to search, or choose filters to list matching entries.',
    /** "{n} results", by the count's plural form. */
    count: { one: '{n} result', other: '{n} results' } as PluralForms,
    forQuery: 'for “{query}”',
    withFilters: 'with {filters}',
    filterJoin: ', ',
    filter: '{facet}: {value}',
    undated: '; {dated} dated, then {undated} undated',
    end: '.',
    documentTitle: '“{query}” — {title}',
    correctedBefore: 'Showing results for ',
    correctedMiddle: ' — search instead for ',
    correctedAfter: '. ',
    near: 'No entry has {words}; showing entries with words that begin like it. ',
    nearWord: '“{word}”',
    nearJoin: ' or ',
    widened: {
      one: '{n} entry has all the words; after it, entries with most of them. ',
      other: '{n} entries have all the words; after them, entries with most of them. ',
    } as PluralForms,
    relaxed: 'No entry has all {of} words together; showing the entries with the most of them ({matched} of {of}). ',
    nothing: 'Nothing matches. Try fewer or other words, check the spelling, ',
    nothingFilter: 'remove a filter, ',
    nothingBrowse: 'or browse the lists below.',
    inParent: 'in {parent}',
    metaJoin: ' · ',
    chipUnknown: ' (no entry has this value)',
    chipRemove: 'Remove filter {facet}: {value}',
    chipRemoveUnknown: ', which no entry has',
    clearAll: 'Clear all filters',
    filtersLabel: 'Filters: ',
  },
};
