// "Cite this entry": one entry as APA 7, Chicago, BibTeX and CSL-JSON. Pure: the site URL, the access
// date (the build date) and the last-updated date are passed in, so a page, the tests and a rebuild with
// the same SOURCE_DATE_EPOCH all get the same text.
//
// CSL-JSON is the source of truth. APA is rendered from it by citation-js (citeproc-js with the official
// APA 7 CSL style that @citation-js/plugin-csl ships). Chicago is formatted by hand below: the plugin
// ships only the APA, Vancouver and Harvard styles, and no Chicago CSL style is available as a package.
// BibTeX is written by hand too, so that every special character is escaped the way we test for.
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CollectionName } from '../schemas/vocabularies.ts';
import { COLLECTION_LABELS, entryUrl } from './labels.ts';

export const SITE_NAME = 'Civic Atlas';

/** The fields of an entry a citation needs (a graph Entry or an Astro collection entry both fit). */
export interface CitableEntry { collection: CollectionName; id: string; data: Record<string, any> }

export interface CitationInput {
  entry: CitableEntry;
  /** The site's origin, e.g. `https://civic-atlas.example.org` (Astro's `site`). */
  site: string | URL;
  /** When the reader consulted the entry: the build date. */
  accessed: Date;
  /** Last change of the entry's file (an ISO date or date-time, e.g. from git), if known. */
  updated?: string;
}

type DateParts = [number, number, number];
export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  'container-title': string;
  URL: string;
  accessed: { 'date-parts': [DateParts] };
  issued?: { 'date-parts': [DateParts] };
  abstract?: string;
  language: string;
}

export interface FormattedCitation { text: string; html: string }
export interface Citations {
  url: string;
  key: string;
  apa: FormattedCitation;
  chicago: FormattedCitation;
  bibtex: string;
  csl: CslItem;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A day as [year, month, day] in UTC, the time zone the entry pages print dates in. */
export function dateParts(date: Date | string): DateParts {
  const d = typeof date === 'string' ? new Date(date) : date;
  if (Number.isNaN(d.getTime())) throw new Error(`not a date: ${String(date)}`);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

const isoDay = ([y, m, d]: DateParts) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
/** "November 2, 2024": the US month-day order both APA and Chicago use. */
const usDay = ([y, m, d]: DateParts) => `${MONTHS[m - 1]} ${d}, ${y}`;
/** "2 November 2024": the site's own order, used in the BibTeX note. */
const siteDay = ([y, m, d]: DateParts) => `${d} ${MONTHS[m - 1]} ${y}`;

/** The entry's permanent address: the site origin plus the entry path. */
export const permalinkOf = (entry: Pick<CitableEntry, 'collection' | 'id'>, site: string | URL) =>
  new URL(entryUrl(entry.collection, entry.id), site).href;

/** A citation key from the entry id: letters, digits and hyphens only, safe in BibTeX and CSL. */
export const citationKeyOf = (entry: Pick<CitableEntry, 'collection' | 'id'>) =>
  `civic-atlas-${entry.collection}-${entry.id}`.replace(/[^A-Za-z0-9-]/g, '-');

export function cslOf({ entry, site, accessed, updated }: CitationInput): CslItem {
  const summary = typeof entry.data.summary === 'string' ? entry.data.summary : undefined;
  return {
    id: citationKeyOf(entry),
    type: 'webpage',
    title: String(entry.data.title),
    'container-title': SITE_NAME,
    URL: permalinkOf(entry, site),
    accessed: { 'date-parts': [dateParts(accessed)] },
    ...(updated ? { issued: { 'date-parts': [dateParts(updated)] } } : {}),
    ...(summary ? { abstract: summary } : {}),
    language: 'en',
  };
}

// ---- APA 7, rendered by citeproc-js.
// The shipped APA style prints "Retrieved <date>, from <URL>" only for items without a date. APA 7 (§9.16)
// asks for a retrieval date on any unarchived page that is designed to change, dated or not, which is what
// an atlas entry is; so we register a copy of the style whose retrieval-date condition ignores the date.
// If the style ever changes shape, the replacement below fails loudly instead of silently dropping it.
const APA_TEMPLATE = 'civic-atlas-apa';
const { styles } = plugins.config.get('@csl') as { styles: { has(n: string): boolean; get(n: string): string; add(n: string, xml: string): void } };
if (!styles.has(APA_TEMPLATE)) {
  const original = styles.get('apa');
  const condition = '<if match="none" variable="issued status"><text term="retrieved"';
  if (original.split(condition).length !== 2) throw new Error('citation: the APA CSL style no longer has the expected retrieval-date condition');
  styles.add(APA_TEMPLATE, original.replace(condition, '<if match="none" variable="status"><text term="retrieved"'));
}

const formatApa = (item: CslItem, format: 'text' | 'html'): string =>
  String(plugins.output.format('bibliography', [item], { template: APA_TEMPLATE, lang: 'en-US', format })).trim();

export function apaOf(item: CslItem): FormattedCitation {
  // citeproc's HTML wraps the entry in two <div>s; keep the inside (it escapes the text itself).
  const html = formatApa(item, 'html').replace(/^[\s\S]*?<div[^>]*class="csl-entry"[^>]*>/, '').replace(/<\/div>\s*<\/div>\s*$/, '').trim();
  return { text: formatApa(item, 'text'), html };
}

// ---- Chicago (17th ed.), notes-bibliography, bibliography entry for a web page (CMOS 14.206), by hand:
//   “Title.” Civic Atlas. Last modified November 2, 2024. Accessed March 4, 2025. https://….
// The site name is set in roman, the title in quotation marks; the revision date is given when known, and
// the access date always, because an atlas entry changes (CMOS 14.12 allows it for such pages).

/** Double quotation marks inside a quoted title become single ones (CMOS 6.11). */
const nestQuotes = (s: string) => s.replace(/“/g, '‘').replace(/”/g, '’').replace(/"([^"]*)"/g, '‘$1’');
/** A period inside the closing quotation mark, unless the title already ends in its own punctuation. */
const closeTitle = (title: string) => (/[.?!]$/.test(title) ? title : `${title}.`);

export function chicagoOf(item: CslItem): FormattedCitation {
  const parts = [
    `“${closeTitle(nestQuotes(item.title))}”`,
    `${item['container-title']}.`,
    ...(item.issued ? [`Last modified ${usDay(item.issued['date-parts'][0])}.`] : []),
    `Accessed ${usDay(item.accessed['date-parts'][0])}.`,
    `${item.URL}.`,
  ];
  const text = parts.join(' ');
  return { text, html: escapeHtml(text) };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// ---- BibTeX: @misc, readable by BibTeX and biblatex.

/**
 * Escapes text for a BibTeX field. Braces become commands rather than `\{ \}`, because BibTeX counts every
 * brace, escaped or not, and an unbalanced one breaks the whole record.
 */
export function escapeBibtex(s: string): string {
  const map: Record<string, string> = {
    '\\': '\\textbackslash{}', '{': '\\textbraceleft{}', '}': '\\textbraceright{}',
    '&': '\\&', '%': '\\%', '$': '\\$', '#': '\\#', '_': '\\_',
    '~': '\\textasciitilde{}', '^': '\\textasciicircum{}',
  };
  return s.replace(/[\\{}&%$#_~^]/g, (c) => map[c]);
}

/** A URL inside a BibTeX field: `%` and `#` would end or break the field in `\url{}`; braces cannot occur in ours. */
const bibtexUrl = (url: string) => url.replace(/[%#]/g, (c) => `\\${c}`);

export function bibtexOf(item: CslItem, entry: CitableEntry): string {
  const accessed = item.accessed['date-parts'][0];
  const issued = item.issued?.['date-parts'][0];
  const kind = COLLECTION_LABELS[entry.collection].singular.toLowerCase();
  const note = [
    `${SITE_NAME}, ${kind} entry`,
    issued && `last updated ${siteDay(issued)}`,
    `accessed ${siteDay(accessed)}`,
  ].filter(Boolean).join('; ');
  const fields: [string, string][] = [
    // Double braces keep the title's capitals (names of missions and organizations) as written.
    ['title', `{${escapeBibtex(item.title)}}`],
    ['howpublished', `\\url{${bibtexUrl(item.URL)}}`],
    ['url', bibtexUrl(item.URL)],
    ['year', String((issued ?? accessed)[0])],
    ['urldate', isoDay(accessed)],
    ['note', escapeBibtex(note)],
  ];
  return `@misc{${item.id},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
}

/** Every format for one entry. */
export function citationsOf(input: CitationInput): Citations {
  const csl = cslOf(input);
  return { url: csl.URL, key: csl.id, apa: apaOf(csl), chicago: chicagoOf(csl), bibtex: bibtexOf(csl, input.entry), csl };
}

/** CSL-JSON as a file holds it, an array of items; date parts kept on one line (`[[2025, 3, 4]]`) for reading. */
export const cslJson = (item: CslItem) =>
  JSON.stringify([item], null, 2).replace(/("date-parts": )\[\s*\[\s*(\d+),\s*(\d+),\s*(\d+)\s*\]\s*\]/g, '$1[[$2, $3, $4]]');
