// "Cite this entry": one entry as APA 7, Chicago, BibTeX and CSL-JSON. Pure: the site URL, the access
// date (the build date) and the last-updated date are passed in, so a page, the tests and a rebuild with
// the same SOURCE_DATE_EPOCH all get the same text.
//
// CSL-JSON is the source of truth. APA is rendered from it by citation-js (citeproc-js with the official
// APA 7 CSL style that @citation-js/plugin-csl ships). Chicago is formatted by hand below: the plugin
// ships only the APA, Vancouver and Harvard styles, and no Chicago CSL style is available as a package.
// BibTeX is written by hand too, so that every special character is escaped the way we test for.
//
// A Russian page cites the Russian title and the /ru/ address, and adds GOST R 7.0.5-2008, the Russian
// standard for references, rendered by citation-js from the CSL styles repository's own
// gost-r-7-0-5-2008.csl (vendored in src/data/csl/ with its licence: no package ships it).
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CollectionName } from '../schemas/vocabularies.ts';
import { type TranslationState } from './graph.ts';
import { absoluteOr } from './site-url.ts';
import { t } from '../i18n/index.ts';
import { DEFAULT_LANG, localizePath, type Lang } from '../i18n/langs.ts';
import { formatDay, monthName } from '../i18n/format.ts';
import gostStyleXml from '../data/csl/gost-r-7-0-5-2008.csl?raw';
import { entryFile, entryUrl, titleOf } from './model.ts';

export const SITE_NAME = 'Civic Atlas';

/** The fields of an entry a citation needs (a graph Entry or an Astro collection entry both fit). */
export interface CitableEntry {
  collection: CollectionName; id: string;
  /** What a citation reads of the data: every collection's schema has both. */
  data: { title: string; summary?: string };
  /** The language of the page cited (a graph entry's `lang`); English when absent. */
  lang?: Lang;
  /** In another language's graph: 'missing' when the words are still the English ones. */
  translation?: TranslationState;
}

export interface CitationInput {
  entry: CitableEntry;
  /** The site's public address (Astro's `site`, from SITE_URL); absent when the build has none. */
  site?: string | URL;
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
  /** GOST R 7.0.5-2008, on Russian pages only. */
  gost?: FormattedCitation;
}

/** A day as [year, month, day] in UTC, the time zone the entry pages print dates in. */
export function dateParts(date: Date | string): DateParts {
  const d = typeof date === 'string' ? new Date(date) : date;
  if (Number.isNaN(d.getTime())) throw new Error(`not a date: ${String(date)}`);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

const isoDay = ([y, m, d]: DateParts) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
/** "November 2, 2024": the US month-day order both APA and Chicago use. */
const usDay = ([y, m, d]: DateParts) => `${monthName(m)} ${d}, ${y}`;
/** "2 November 2024": the site's own order, used in the BibTeX note. */
const siteDay = ([y, m, d]: DateParts) => `${d} ${monthName(m)} ${y}`;

/** The entry's permanent address in its page's language: the site's address plus the entry path (the path alone when the build has no address). */
export const permalinkOf = (entry: Pick<CitableEntry, 'collection' | 'id' | 'lang'>, site: string | URL | undefined) =>
  absoluteOr(localizePath(entryUrl(entry.collection, entry.id), entry.lang ?? DEFAULT_LANG), site);

const langOfEntry = (entry: Pick<CitableEntry, 'lang'>) => entry.lang ?? DEFAULT_LANG;
/** The language the cited words are in: the page's, unless the entry is not yet translated. */
const wordsLang = (entry: Pick<CitableEntry, 'lang' | 'translation'>) => (entry.translation === 'missing' ? DEFAULT_LANG : langOfEntry(entry));

/**
 * The "last updated" date a citation gives: the entry file's last change and, on a translated page, its
 * translation's, whichever is newer (`updated`: last change per content file, from git).
 */
export function citedUpdateOf(entry: Pick<CitableEntry, 'collection' | 'id' | 'translation'>, updated: Map<string, string>, lang: Lang): string | undefined {
  const files = [entryFile(entry.collection, entry.id), ...(lang === DEFAULT_LANG || entry.translation === 'missing' ? [] : [entryFile(entry.collection, entry.id, lang)])];
  const dates = files.map((f) => updated.get(f)).filter((d): d is string => !!d);
  return dates.sort((a, b) => Date.parse(b) - Date.parse(a))[0];
}

/** A citation key from the entry id: letters, digits and hyphens only, safe in BibTeX and CSL. */
export const citationKeyOf = (entry: Pick<CitableEntry, 'collection' | 'id'>) =>
  `civic-atlas-${entry.collection}-${entry.id}`.replace(/[^A-Za-z0-9-]/g, '-');

export function cslOf({ entry, site, accessed, updated }: CitationInput): CslItem {
  const summary = typeof entry.data.summary === 'string' ? entry.data.summary : undefined;
  return {
    id: citationKeyOf(entry),
    type: 'webpage',
    title: titleOf(entry),
    'container-title': langOfEntry(entry) === DEFAULT_LANG ? SITE_NAME : t(langOfEntry(entry)).site.name,
    URL: permalinkOf(entry, site),
    accessed: { 'date-parts': [dateParts(accessed)] },
    ...(updated ? { issued: { 'date-parts': [dateParts(updated)] } } : {}),
    ...(summary ? { abstract: summary } : {}),
    language: wordsLang(entry),
  };
}

// ---- APA 7, rendered by citeproc-js.
// The shipped APA style prints "Retrieved <date>, from <URL>" only for items without a date. APA 7 (§9.16)
// asks for a retrieval date on any unarchived page that is designed to change, dated or not, which is what
// an atlas entry is; so we register a copy of the style whose retrieval-date condition ignores the date.
// If the style ever changes shape, the replacement below fails loudly instead of silently dropping it.
export const APA_TEMPLATE = 'civic-atlas-apa';
const { styles } = plugins.config.get('@csl') as { styles: { has(n: string): boolean; get(n: string): string; add(n: string, xml: string): void } };
if (!styles.has(APA_TEMPLATE)) {
  const original = styles.get('apa');
  const condition = '<if match="none" variable="issued status"><text term="retrieved"';
  if (original.split(condition).length !== 2) throw new Error('citation: the APA CSL style no longer has the expected retrieval-date condition');
  styles.add(APA_TEMPLATE, original.replace(condition, '<if match="none" variable="status"><text term="retrieved"'));
}
/** The style registered above, as CSL XML (for a thread that formats with it: src/data/citeproc-thread.ts). */
export const apaStyleXml = () => styles.get(APA_TEMPLATE);
/** How citation-js is asked for APA, here and in that thread. */
export const APA_FORMAT_OPTIONS = { template: APA_TEMPLATE, lang: 'en-US', format: 'html', asEntryArray: true } as const;

// ---- GOST R 7.0.5-2008, rendered by citeproc-js from the vendored CSL style.
export const GOST_TEMPLATE = 'gost-r-7-0-5-2008';
if (!styles.has(GOST_TEMPLATE)) styles.add(GOST_TEMPLATE, gostStyleXml);

/**
 * GOST R 7.0.5-2008 for each item, each in a bibliography of its own (as APA, so that no citation depends on
 * the others). The style numbers a reference list's entries; a single reference has no number, so the
 * leading "1. " is dropped. The style's own terms are Russian whichever CSL locale is loaded.
 */
export function gostOfAll(items: CslItem[]): Map<string, FormattedCitation> {
  // As APA: citeproc formats one prototype per shape and the odd titles; each plain entry is filled in.
  const plan = prototypePlan(items);
  return plan.finish(citeprocGostEach(plan.toFormat));
}

/** citeproc's own GOST HTML for each item in a bibliography of its own (without the list's "1. "), keyed by id. */
export const citeprocGostEach = (items: CslItem[]): Map<string, string> => new Map(items.map((item) => {
  const [[, entry]] = plugins.output.format('bibliography', [item], { template: GOST_TEMPLATE, lang: 'ru-RU', format: 'html', asEntryArray: true }) as [string, string][];
  return [item.id, unwrapEntry(entry).replace(/^1\. /, '')];
}));

/**
 * APA for many items. citeproc costs about 2 ms an item, which at thousands of entries is the largest
 * cost of a build, yet almost every entry has the same shape: a plain title, our URL, the build's access
 * date and one of a few "last updated" days. So citeproc formats one prototype per shape, with a marker
 * title and URL, and each plain entry is that prototype with its own title and URL put in. Anything
 * citeproc might treat specially (quotes, apostrophes, markup characters, end punctuation, odd URLs) goes
 * through citeproc itself. The tests hold the two paths to identical output over every real entry and a
 * generated set of titles. Plain text is read off the HTML rather than formatted a second time.
 */
export function apaOfAll(items: CslItem[]): Map<string, FormattedCitation> {
  const plan = prototypePlan(items);
  return plan.finish(citeprocEach(plan.toFormat));
}

/** What citeproc itself must format for a set of citations in one style (APA, GOST), and how its output becomes all of them. */
export interface PrototypePlan {
  /** One prototype per shape (id `prototype-<n>`), then every special item. */
  toFormat: CslItem[];
  /** Every item's citation, from citeproc's HTML for `toFormat` (as citeprocEach or citeprocGostEach returns it). */
  finish(html: Map<string, string>): Map<string, FormattedCitation>;
}

/** apaOfAll (or gostOfAll) in two steps, so citeproc's part can run elsewhere (src/data/citeproc-thread.ts). */
export function prototypePlan(items: CslItem[]): PrototypePlan {
  const byShape = new Map<string, CslItem[]>();
  const special: CslItem[] = [];
  for (const item of items) {
    if (!isPlain(item)) { special.push(item); continue; }
    const shape = JSON.stringify({ ...item, id: '', title: '', URL: '', abstract: '' });
    const group = byShape.get(shape);
    if (group) group.push(item);
    else byShape.set(shape, [item]);
  }
  const groups = [...byShape.values()];
  const prototypes = groups.map((group, n) => ({ ...group[0], id: `prototype-${n}`, title: PROTOTYPE_TITLE, URL: PROTOTYPE_URL }));
  return {
    toFormat: [...prototypes, ...special],
    finish(html) {
      const out = new Map<string, FormattedCitation>();
      const formattedHtml = (id: string) => {
        const found = html.get(id);
        if (found === undefined) throw new Error(`citation: citeproc returned nothing for ${id}`);
        return found;
      };
      groups.forEach((group, n) => {
        const [before, between, after] = splitOnce(formattedHtml(`prototype-${n}`), PROTOTYPE_TITLE, PROTOTYPE_URL);
        // citeproc sets a straight apostrophe inside a word as a typographic one (Women's → Women’s).
        for (const item of group) out.set(item.id, formatted(`${before}${item.title.replace(INNER_APOSTROPHE, '’')}${between}${item.URL}${after}`));
      });
      for (const item of special) out.set(item.id, formatted(formattedHtml(item.id)));
      return out;
    },
  };
}

const INNER_APOSTROPHE = /(?<=\p{L})'(?=\p{L})/gu;
const PROTOTYPE_TITLE = 'Zqxjv Prototype Title';
const PROTOTYPE_URL = 'https://prototype.invalid/zqxjv/';
/**
 * Titles of letters, digits, spaces and quiet punctuation, ending in a letter, digit or bracket; URLs of path
 * characters, absolute or (in a build without SITE_URL) site-relative: without the second, a build with no
 * public address sent every entry through citeproc one by one, some 5 s of a thread per language at 1,000 entries.
 */
const isPlain = (item: CslItem) =>
  /^[\p{L}\p{N}][\p{L}\p{N} ,.\-–—:;()/]*[\p{L}\p{N})]$/u.test(item.title.replace(INNER_APOSTROPHE, 'a')) && !/ {2}/.test(item.title)
  && /^(https:\/\/[A-Za-z0-9.-]+)?(\/[A-Za-z0-9-]+)*\/$/.test(item.URL);

function splitOnce(html: string, title: string, url: string): [string, string, string] {
  const t = html.split(title), u = t[1]?.split(url);
  if (t.length !== 2 || u?.length !== 2) throw new Error(`citation: the prototype lost its title or URL: ${html}`);
  return [t[0], u[0], u[1]];
}

const formatted = (html: string): FormattedCitation => ({ html, text: textOfHtml(html) });

/** citeproc's own APA HTML for the items, one call, keyed by id (each entry's <div class="csl-entry"> unwrapped). */
export function citeprocApa(items: CslItem[]): Map<string, string> {
  if (items.length === 0) return new Map();
  const entries = plugins.output.format('bibliography', items, APA_FORMAT_OPTIONS) as [string, string][];
  return new Map(entries.map(([id, entry]) => [id, unwrapEntry(entry)]));
}

/**
 * citeproc's APA for each item in a bibliography of its own: in one bibliography citeproc would
 * disambiguate look-alike entries ("2024a", "2024b"), and a citation must not depend on which other
 * entries the build holds.
 */
export const citeprocEach = (items: CslItem[]): Map<string, string> =>
  new Map(items.map((item) => [item.id, citeprocApa([item]).get(item.id)!]));

/** One entry of citation-js's bibliography without its <div class="csl-entry"> wrapper. */
export const unwrapEntry = (entry: string) => entry.trim().replace(/^<div[^>]*class="csl-entry"[^>]*>/, '').replace(/<\/div>$/, '').trim();

/** The text of citeproc's HTML: its tags are only <i>, <b>, <span> and <a>; its escapes are &#NN; and a few names. */
export function textOfHtml(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return html.replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return named[ref.toLowerCase()] ?? whole;
    return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
  });
}

export const apaOf = (item: CslItem): FormattedCitation => apaOfAll([item]).get(item.id)!;

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
  const lang = langOfEntry(entry);
  const words = t(lang).pages.citation;
  const kind = t(lang).collections[entry.collection].singular.toLowerCase();
  // English keeps its own day order ("2 November 2024"); another language writes its dates as its pages do.
  const day = (parts: DateParts) => (lang === DEFAULT_LANG ? siteDay(parts) : formatDay(`${isoDay(parts)}T00:00:00Z`, lang));
  const note = [
    words.bibtexEntry(item['container-title'], kind),
    issued && words.bibtexUpdated(day(issued)),
    words.bibtexAccessed(day(accessed)),
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

/** Every format for many entries at once (one citeproc engine per format for the lot), in input order. */
export function citationsOfAll(inputs: CitationInput[]): Citations[] {
  const csls = inputs.map(cslOf);
  return withApa(inputs, csls, apaOfAll(csls));
}

/** citationsOfAll with citeproc's part done by `format` (which formats each item alone, as citeprocEach). */
export async function citationsOfAllVia(inputs: CitationInput[], format: (items: CslItem[]) => Promise<Map<string, string>>): Promise<Citations[]> {
  const csls = inputs.map(cslOf);
  const plan = prototypePlan(csls);
  return withApa(inputs, csls, plan.finish(await format(plan.toFormat)));
}

const withApa = (inputs: CitationInput[], csls: CslItem[], apa: Map<string, FormattedCitation>): Citations[] => {
  // GOST only for pages in Russian.
  const gost = gostOfAll(csls.filter((_, i) => langOfEntry(inputs[i].entry) === 'ru'));
  return csls.map((csl, i) => ({
    url: csl.URL, key: csl.id, apa: apa.get(csl.id)!, chicago: chicagoOf(csl), bibtex: bibtexOf(csl, inputs[i].entry), csl,
    ...(gost.has(csl.id) ? { gost: gost.get(csl.id)! } : {}),
  }));
};

/** Every format for one entry. */
export const citationsOf = (input: CitationInput): Citations => citationsOfAll([input])[0];

/** CSL-JSON as a file holds it, an array of items; date parts kept on one line (`[[2025, 3, 4]]`) for reading. */
export const cslJson = (item: CslItem | CslItem[]) =>
  JSON.stringify(Array.isArray(item) ? item : [item], null, 2).replace(/("date-parts": )\[\s*\[\s*(\d+),\s*(\d+),\s*(\d+)\s*\]\s*\]/g, '$1[[$2, $3, $4]]');

/** The citation file formats offered for download beside the formatted citations. */
export const CITATION_FILES = [
  { format: 'BibTeX', extension: 'bib', mediaType: 'application/x-bibtex' },
  { format: 'CSL-JSON', extension: 'csl.json', mediaType: 'application/vnd.citationstyles.csl+json' },
] as const;
export type CitationFileExtension = (typeof CITATION_FILES)[number]['extension'];

/** Where an entry page's citation file is: /ru/projects/x/ → /ru/projects/x.bib (beside its /ru/projects/x.json). */
export const citationFileOf = (pagePath: string, extension: CitationFileExtension) => `${pagePath.replace(/\/$/, '')}.${extension}`;

/**
 * Every entry's citation in one file per format, in one language: a BibTeX database and a CSL-JSON array
 * (/data/citations.bib, /data/citations.csl.json; the Russian ones under /ru/). The build then splits them
 * into each entry's own files (citationFilesOf), which its page links to instead of printing them.
 */
export function bibliographyOf(citations: Citations[]): Record<CitationFileExtension, string> {
  return { bib: `${citations.map((c) => c.bibtex).join('\n\n')}\n`, 'csl.json': `${cslJson(citations.map((c) => c.csl))}\n` };
}

/**
 * The per-entry citation files from a language's bibliography: each CSL item and BibTeX record, named by the
 * page its URL is (its path, whether the URL is absolute or not). Throws on a record with no CSL item, or
 * the other way round: an entry whose page links a file that was never written would be a broken link.
 */
export function citationFilesOf(csl: CslItem[], bib: string): { file: string; body: string }[] {
  const pathOf = new Map(csl.map((item) => [item.id, new URL(item.URL, 'http://relative.invalid').pathname]));
  // Records are joined by a blank line (bibliographyOf); a record's own lines never start with "@".
  const records = bib.split(/\n\n(?=@\w+\{)/).map((r) => r.trim()).filter(Boolean);
  const keys = records.map((r) => /^@\w+\{([^,\s]+),/.exec(r)?.[1]);
  const keySet = new Set(keys);
  const missing = [...keys.filter((k) => !k || !pathOf.has(k)), ...[...pathOf.keys()].filter((k) => !keySet.has(k))];
  if (missing.length) throw new Error(`citation files: the BibTeX records and CSL items do not match (${missing.slice(0, 5).join(', ')})`);
  return [
    ...csl.map((item) => ({ file: citationFileOf(pathOf.get(item.id)!, 'csl.json'), body: `${cslJson(item)}\n` })),
    ...records.map((r, i) => ({ file: citationFileOf(pathOf.get(keys[i]!)!, 'bib'), body: `${r}\n` })),
  ];
}
