// What an entry page shows, computed from the entry and the graph. Pages only arrange these.
import { isReference, type Reference } from './references.ts';
import { ancestors, frontmatterOf, keyOf, type Entry, type Graph } from './graph.ts';
import { formatDateRange, formatPartialDate } from './dates.ts';
import { datingOf, yearUrl, yearsOf } from './years.ts';
import { formatNumber } from '../i18n/format.ts';
import type { CollectionName } from '../schemas/vocabularies.ts';
import { DEFAULT_LANG, localizePath, type Lang } from '../i18n/langs.ts';
import { t } from '../i18n/index.ts';
import { countryRefsOf, entryUrl, titleOf } from './model.ts';

/**
 * `inferred` marks a value the sources imply but do not state (its reason is listed under "What is inferred").
 * `lang` and `noteLang` name the language of the text or the note where it is not the page's (an untranslated
 * title, a person's role as the English source gives it); `detail` is a further note in `detailLang`
 * (an organization's note beside its role), shown after the note.
 */
export interface LinkItem { text: string; href?: string; note?: string; inferred?: boolean; lang?: Lang; noteLang?: Lang; detail?: string; detailLang?: Lang }
/** `inline` facts list their items on one line, comma-separated (years); `inferred` marks the whole value. */
export interface Fact { label: string; items: LinkItem[]; inline?: boolean; inferred?: boolean }

/** The entry's page, in its graph's language: /projects/hdim/, /ru/projects/hdim/. */
export const hrefOf = (e: Pick<Entry, 'collection' | 'id' | 'lang'>) => localizePath(entryUrl(e.collection, e.id), e.lang ?? DEFAULT_LANG);
/** The language the entry's words are in: English where a translation is missing. */
export const wordsLangOf = (e: Entry) => (e.translation === 'missing' ? DEFAULT_LANG : e.lang ?? DEFAULT_LANG);
/** A language to mark on an element: `words`, when it is not the page's language `page` (else nothing to mark). */
export const otherLang = (words: Lang, page: Lang | undefined): Lang | undefined => (words !== (page ?? DEFAULT_LANG) ? words : undefined);
/** The language of words that exist only in English (notes, roles, quotes), to mark on a page in `page`. */
export const englishOn = (page: Lang | undefined) => otherLang(DEFAULT_LANG, page);
/**
 * The language of a name written in another script than its page's: a Cyrillic alias on an English page is
 * Russian, a name without a Cyrillic letter on a Russian page is English (the sources are). Else undefined.
 */
export function scriptLangOf(text: string, page: Lang | undefined): Lang | undefined {
  const cyrillic = /\p{Script=Cyrillic}/u.test(text);
  if ((page ?? DEFAULT_LANG) === DEFAULT_LANG) return cyrillic ? 'ru' : undefined;
  return !cyrillic && /\p{Script=Latin}/u.test(text) ? DEFAULT_LANG : undefined;
}
/** The language of the entry's own words where they differ from its page's (an untranslated entry). */
export const titleLangOf = (e: Entry) => otherLang(wordsLangOf(e), e.lang);


/** The countries an entry names as its own (its host country, then its countries), each once; places aside. */
export function countriesNamedBy(graph: Graph, e: Entry): Entry[] {
  return [...new Set(countryRefsOf(e, { places: false }).map((r) => graph.get(r)).filter((c): c is Entry => !!c))];
}

/** An entry's kind in words, unless it only repeats its collection ("Project" over a project). */
export function kindLabelOf(e: Entry): string | undefined {
  const words = t(e.lang ?? DEFAULT_LANG);
  const kind = e.data.kind && (words.vocab.kinds as Record<string, string>)[e.data.kind];
  return kind && kind !== words.collections[e.collection].singular ? kind : undefined;
}

function linkTo(graph: Graph, ref: Reference | undefined, note?: string, more?: Partial<LinkItem>): LinkItem[] {
  if (!ref) return [];
  const target = graph.get(ref);
  // The build refuses dangling references, so a missing target is a programming error worth seeing.
  if (!target) throw new Error(`Unresolved reference ${keyOf(ref)}`);
  const lang = titleLangOf(target);
  return [{ text: titleOf(target), href: hrefOf(target), ...(note ? { note } : {}), ...(lang ? { lang } : {}), ...more }];
}

const languageNames = new Map<Lang, Intl.DisplayNames>();
/** "en" → "English" (on a Russian page "английский"): the name Intl knows for a BCP 47 tag, in the page's language, else the tag. */
export function languageName(tag: string, lang: Lang = DEFAULT_LANG): string {
  let names = languageNames.get(lang);
  if (!names) languageNames.set(lang, (names = new Intl.DisplayNames([lang], { type: 'language' })));
  return names.of(tag) ?? tag;
}

const text = (value: unknown, lang?: Lang): LinkItem[] => (value === undefined || value === '' ? [] : [{ text: String(value), ...(lang ? { lang } : {}) }]);
/**
 * A role in the page's words: a vocabulary role by its label, any other role as written — translated, or
 * in the source's English (marked so by its script).
 */
const roleIn = (lang: Lang, role?: string): { text?: string; lang?: Lang } => {
  if (!role) return {};
  const label = (t(lang).vocab.roles as Record<string, string>)[role];
  return label ? { text: label } : { text: role, lang: scriptLangOf(role, lang) };
};

/** Predecessor/successor links may be written on either side; show them on both. */
function sequence(graph: Graph, entry: Entry, own: 'predecessor' | 'successor'): Reference[] {
  const other = own === 'predecessor' ? 'successor' : 'predecessor';
  const refs: Reference[] = entry.data[own] ? [entry.data[own]] : [];
  for (const link of graph.incoming(entry)) {
    if (link.field === other && !refs.some((r) => keyOf(r) === keyOf(link.from))) refs.push(link.from);
  }
  return refs;
}

/** The facts block: labelled values, every reference a link. Empty facts are left out. */
export function factsOf(graph: Graph, entry: Entry): Fact[] {
  const d = entry.data;
  const lang = graph.lang;
  const words = t(lang);
  const label = words.entry.facts;
  // Notes the sources give (an organization's note, a person's role, a publisher's name) exist in English only.
  const english = englishOn(lang);
  // The entry's own list words (position titles) are in its words' language.
  const own = titleLangOf(entry);
  const refs = (list: Reference[] | undefined) => (list ?? []).flatMap((r) => linkTo(graph, r));
  const years = yearsOf(graph, entry);
  const marked = <T extends LinkItem>(items: T[], item: { inferred?: string }) => (item.inferred ? items.map((i) => ({ ...i, inferred: true })) : items);
  const kinds = words.vocab.kinds as Record<string, string>;
  const statuses = words.vocab.statuses as Record<string, string>;
  const withRole = (role: string | undefined, note: string | undefined): Partial<LinkItem> => {
    const r = roleIn(lang, role);
    if (!note) return r.text ? { note: r.text, ...(r.lang ? { noteLang: r.lang } : {}) } : {};
    // English keeps its one note, "Implementer: the note"; elsewhere the note is marked as English apart from the role.
    if (!english) return { note: [r.text, note].filter(Boolean).join(': ') };
    const noteLang = scriptLangOf(note, lang);
    return { ...(r.text ? { note: r.text, ...(r.lang ? { noteLang: r.lang } : {}) } : {}), detail: note, ...(noteLang ? { detailLang: noteLang } : {}) };
  };
  const inferredFields = new Set(Object.keys(d.inferred ?? {}));
  const facts: (Fact & { fields?: string[] })[] = [
    { label: label.type, fields: ['kind'], items: text(typeOf(d.kind && kinds[d.kind], words.collections[entry.collection].singular, inferredFields.has('kind'))) },
    { label: label.code, fields: ['code'], items: text(d.code) },
    { label: label.dacSector, fields: ['dacSector'], items: d.dacSector ? [{ text: d.dacSector.name, note: words.entry.purposeCode(String(d.dacSector.code)), ...(english ? { lang: english } : {}) }] : [] },
    { label: label.status, fields: ['status'], items: text(d.status && statuses[d.status]) },
    { label: label.dates, fields: ['start', 'end'], items: text(formatDateRange(d.start, d.end, lang)) },
    { label: label.established, fields: ['established'], items: text(d.established && formatPartialDate(d.established, lang)) },
    { label: label.published, fields: ['published'], items: text(d.published && formatPartialDate(d.published, lang)) },
    // The year hubs this entry is listed in (a subproject without dates takes its project's).
    { label: years.length === 1 ? label.year : label.years, inline: true, items: years.map((y) => ({ text: String(y), href: localizePath(yearUrl(y), lang) })) },
    { label: label.mission, fields: ['mission'], items: linkTo(graph, d.mission) },
    { label: label.partOf, fields: ['partOf', 'project', 'parent'], items: linkTo(graph, d.partOf ?? d.project ?? d.parent) },
    { label: label.order, items: text(entry.collection === 'subprojects' ? words.entry.subprojectNumber(String(d.order)) : undefined) },
    { label: label.hostCountry, fields: ['hostCountry'], items: linkTo(graph, d.hostCountry) },
    { label: label.city, fields: ['city'], items: text(d.city) },
    { label: label.organizations, items: (d.organizations ?? []).flatMap((o) => marked(linkTo(graph, o.organization, undefined, withRole(o.role, o.note)), o)) },
    { label: label.oscePartners, items: (d.partnerMissions ?? []).flatMap((m) => marked(linkTo(graph, m.mission, undefined, withRole(m.role, m.note)), m)) },
    { label: label.people, items: (d.people ?? []).flatMap((p) => marked(linkTo(graph, p.person, p.role, p.role && scriptLangOf(p.role, lang) ? { noteLang: scriptLangOf(p.role, lang) } : {}), p)) },
    { label: label.positions, items: (d.positions ?? []).flatMap((p) => {
      const where = p.organization ?? p.mission;
      const base: LinkItem[] = where ? linkTo(graph, where, p.title) : [{ text: p.title, ...(own ? { lang: own } : {}) }];
      return marked(base.map((b) => {
        const note = [b.note, p.date && formatPartialDate(p.date, lang)].filter(Boolean).join(', ') || undefined;
        return { ...b, note, ...(where && own && p.title ? { noteLang: own } : {}) };
      }), p);
    }) },
    { label: d.places?.length ? label.countriesAndPlaces : label.countries, fields: ['countries'], items: countriesWithPlaces(graph, d.countries, d.places, lang) },
    { label: label.themes, fields: ['themes'], items: refs(d.themes) },
    { label: label.precededBy, items: refs(sequence(graph, entry, 'predecessor')) },
    { label: label.followedBy, items: refs(sequence(graph, entry, 'successor')) },
    // A source that names no publisher says so: a reader checking it should not have to wonder.
    { label: label.publisher, fields: ['publisher'], items: d.publisher ? text(d.publisher, english) : text(entry.collection === 'sources' ? words.entry.noPublisher : undefined) },
    { label: label.language, fields: ['language'], items: text(d.language && languageName(d.language, lang)) },
    { label: label.address, fields: ['url'], items: d.url ? [{ text: d.url, href: d.url }] : [] },
  ];
  return facts
    .filter((f) => f.items.length)
    .map(({ fields, ...f }) => (fields?.some((k) => inferredFields.has(k)) ? { ...f, inferred: true } : f));
}

/**
 * The Type fact: the entry's kind, unless it only repeats the collection the page already names above its
 * title ("Project" on a project's page); an inferred kind is always shown, since its mark and reason matter.
 */
function typeOf(kind: string | undefined, collection: string, inferred: boolean): string | undefined {
  return kind === collection && !inferred ? undefined : kind;
}

/**
 * The entry's countries, each with the places in it as its note ("Poland (Warsaw)"): a place links to its
 * country's page, so a list of places apart repeated every country. A place in a country the entry does not
 * list adds that country; an inferred place stays an item of its own, so the mark is not put on a stated country.
 */
function countriesWithPlaces(graph: Graph, countries: Reference[] | undefined, places: { name: string; country: Reference; inferred?: string }[] | undefined, lang: Lang): LinkItem[] {
  const items = (countries ?? []).flatMap((r) => linkTo(graph, r));
  const named = new Map<string, string[]>();
  const own: LinkItem[] = [];
  for (const place of places ?? []) {
    for (const country of linkTo(graph, place.country)) {
      if (place.inferred) {
        own.push({ text: place.name, href: country.href, note: country.text, inferred: true, ...(country.lang ? { noteLang: country.lang } : {}) });
        continue;
      }
      if (!items.some((i) => i.href === country.href)) items.push(country);
      named.set(country.href!, [...(named.get(country.href!) ?? []), place.name]);
    }
  }
  const withPlaces = items.map((item) => {
    const names = named.get(item.href!)?.join(', ');
    if (!names) return item;
    const noteLang = scriptLangOf(names, lang);
    return { ...item, note: names, ...(noteLang ? { noteLang } : {}) };
  });
  return [...withPlaces, ...own];
}

/**
 * One value the page shows that the sources imply but do not state, with the reason. `detail` follows the value
 * after `detailSep` (a person's role, a figure's unit: words only the English source has, so in `detailLang`);
 * `valueLang` and `reasonLang` name the language of the value and the reason where it is not the page's.
 */
export interface Inference { what: string; value: string; reason: string; valueLang?: Lang; reasonLang?: Lang; detail?: string; detailSep?: string; detailLang?: Lang }

/** Whether a text on a page in `lang` is still in English: a Russian page's text without a Cyrillic letter. */
const untranslatedOn = (lang: Lang, text: string) => (lang === 'ru' && !/\p{Script=Cyrillic}/u.test(text) ? englishOn(lang) : undefined);

/**
 * Everything on the page that is an inference, field by field and item by item, with its reason: what the
 * "What is inferred" section lists, so a reader can tell a source's statement from our reading of it.
 */
export function inferencesOf(graph: Graph, entry: Entry): Inference[] {
  const d = entry.data;
  const lang = graph.lang;
  const words = t(lang);
  const english = englishOn(lang);
  // Any field's value (an inference may be about any field): a reference, a list, a vocabulary key, a date, a sector.
  const show = (field: string, v: unknown): string => {
    if (v === undefined) return '';
    if (Array.isArray(v)) return v.map((x) => show(field, x)).join(', ');
    if (isReference(v)) return titleOf(graph.get(v)!);
    if (field === 'kind') return (words.vocab.kinds as Record<string, string>)[String(v)] ?? String(v);
    if (field === 'status') return (words.vocab.statuses as Record<string, string>)[String(v)] ?? String(v);
    if (['start', 'end', 'established', 'published'].includes(field)) return formatPartialDate(String(v), lang);
    if (field === 'dacSector' && typeof v === 'object' && v !== null && 'name' in v) return String(v.name);
    if (field === 'language') return languageName(String(v), lang);
    return String(v);
  };
  // Values that stay in the source's English: a publisher, an OECD sector's name, a code.
  const ENGLISH_VALUES = new Set(['publisher', 'dacSector', 'url', 'code']);
  const reasonOf = (reason: string) => ({ reason, ...(untranslatedOn(lang, reason) ? { reasonLang: english } : {}) });
  const fields = frontmatterOf(entry);
  const own: Inference[] = Object.entries(d.inferred ?? {})
    .map(([field, reason]) => ({
      what: words.entry.inferredFields[field] ?? field, value: show(field, fields[field]), ...reasonOf(reason),
      ...(english && ENGLISH_VALUES.has(field) ? { valueLang: english } : {}),
    }));
  const items = <T extends { inferred?: string }>(list: T[] | undefined, what: string, value: (x: T) => Partial<Inference> & { value: string }): Inference[] =>
    (list ?? []).flatMap((x) => (x.inferred ? [{ what, ...value(x), ...reasonOf(x.inferred) }] : []));
  const withRole = (ref: Reference, role?: string): Partial<Inference> & { value: string } => {
    const r = roleIn(lang, role);
    if (!r.lang) return { value: [show('', ref), r.text].filter(Boolean).join(', ') };
    return { value: show('', ref), detail: r.text, detailSep: ', ', detailLang: r.lang };
  };
  const item = words.entry.inferredItems;
  const when = (e: { date: string; end?: string }) => formatDateRange(e.date, e.end ?? e.date, lang)!;
  return [
    ...own,
    ...items(d.organizations, item.organization, (o) => withRole(o.organization, o.role)),
    ...items(d.partnerMissions, item.oscePartner, (m) => withRole(m.mission, m.role)),
    ...items(d.people, item.person, (p) => (english && p.role && scriptLangOf(p.role, lang) ? { value: show('', p.person), detail: p.role, detailSep: ', ', detailLang: english } : withRole(p.person, p.role))),
    ...items(d.positions, item.position, (p) => ({ value: [p.title, (p.organization ?? p.mission) && show('', p.organization ?? p.mission)].filter(Boolean).join(', ') })),
    ...items(d.places, item.place, (p) => ({ value: p.name })),
    ...items(d.figures, item.figure, (f) => (english && f.unit
      ? { value: `${f.counted}: ${formatNumber(f.value, lang)}`, detail: f.unit, detailSep: ' ', detailLang: english }
      : { value: `${f.counted}: ${lang === DEFAULT_LANG ? f.value : formatNumber(f.value, lang)}${f.unit ? ` ${f.unit}` : ''}` })),
    ...items(d.events, item.event, (e) => ({ value: `${when(e)}: ${e.what}` })),
  ];
}

// Links already shown in the facts block or as sequence; not repeated in "connected entries".
const SHOWN_IN_FACTS = new Set(['predecessor', 'successor']);

/** An entry that links here, with the roles it gives this entry (from every link it has to it). */
export interface Connected { entry: Entry; note?: string; noteLang?: Lang }
export interface ConnectedGroup { heading: string; collection: CollectionName; entries: Connected[] }

/**
 * How a list of linked entries is ordered, so that a capped list shows the most useful ones first: most
 * recent first (by start date, else end; a source by its publication date, a mission by its founding date,
 * a subproject without dates by its project's), then undated entries, each by title. A project's own
 * subprojects keep their order in the project (`order`), as its page always listed them.
 */
export function byRecency(graph: Graph): (a: Entry, b: Entry) => number {
  const keys = new Map<Entry, string>();
  const key = (e: Entry) => {
    let k = keys.get(e);
    if (k === undefined) {
      const dating = datingOf(graph, e);
      keys.set(e, (k = dating?.start ?? dating?.end ?? ''));
    }
    return k;
  };
  return (a, b) => key(b).localeCompare(key(a)) || titleOf(a).localeCompare(titleOf(b), graph.lang) || keyOf(a).localeCompare(keyOf(b));
}

/** Whether a group is kept in the hub's own order rather than by date: a project's subprojects. */
export const inOwnOrder = (hub: Pick<Entry, 'collection'>, collection: CollectionName) => hub.collection === 'projects' && collection === 'subprojects';

/** The links to an entry that its page lists as connected: not those its facts show already, nor citations. */
const connectingLinks = (graph: Graph, entry: Entry) => graph.incoming(entry).filter((link) => !SHOWN_IN_FACTS.has(link.field) && link.field !== 'sources');

/** How many entries connectedGroupsOf lists, without the lists: for counts alone (the home page's). */
export const connectedCountOf = (graph: Graph, entry: Entry): number => new Set(connectingLinks(graph, entry).map((link) => keyOf(link.from))).size;

/** Entries linking here (sources cited aside), grouped by their collection, every one, in list order (byRecency). */
export function connectedGroupsOf(graph: Graph, entry: Entry): ConnectedGroup[] {
  const groups = new Map<CollectionName, Map<string, { entry: Entry; notes: Set<string>; noteLang?: Lang }>>();
  for (const link of connectingLinks(graph, entry)) {
    const byEntry = groups.get(link.from.collection) ?? new Map();
    const item = byEntry.get(link.from.id) ?? { entry: link.from, notes: new Set<string>() };
    const role = roleIn(graph.lang, link.role);
    const note = [role.text, link.inferred && t(graph.lang).entry.inferredMark].filter(Boolean).join(', ');
    if (note) item.notes.add(note);
    // A role only the English source words (a person's title) marks the note as English.
    if (role.lang) item.noteLang = role.lang;
    byEntry.set(link.from.id, item);
    groups.set(link.from.collection, byEntry);
  }
  const recency = byRecency(graph);
  const words = t(graph.lang);
  return [...groups.entries()]
    .sort(([a], [b]) => COLLECTION_ORDER.indexOf(a) - COLLECTION_ORDER.indexOf(b))
    .map(([collection, items]) => ({
      collection,
      heading: words.collections[collection].plural,
      entries: [...items.values()]
        .sort(inOwnOrder(entry, collection)
          ? (a, b) => (a.entry.data.order ?? 0) - (b.entry.data.order ?? 0) || titleOf(a.entry).localeCompare(titleOf(b.entry), graph.lang)
          : (a, b) => recency(a.entry, b.entry))
        .map(({ entry: e, notes, noteLang }) => ({ entry: e, note: [...notes].join(', ') || undefined, ...(noteLang && notes.size ? { noteLang } : {}) })),
    }));
}

/** For a source: every entry that cites it, once each, in list order (byRecency); the note names its collection. */
export function citingEntriesOf(graph: Graph, entry: Entry): Connected[] {
  const citing = new Map<string, Entry>();
  for (const l of graph.incoming(entry)) if (l.field === 'sources') citing.set(keyOf(l.from), l.from);
  return [...citing.values()].sort(byRecency(graph)).map((e) => ({ entry: e, note: t(graph.lang).collections[e.collection].singular }));
}

/** A connected entry as a link, with its note (roles, or the collection of an entry citing a source). */
export const linkItem = ({ entry: e, note, noteLang }: Connected): LinkItem => {
  const lang = titleLangOf(e);
  return { text: titleOf(e), href: hrefOf(e), note, ...(lang ? { lang } : {}), ...(noteLang ? { noteLang } : {}) };
};

export const COLLECTION_ORDER: CollectionName[] = ['missions', 'projects', 'subprojects', 'organizations', 'people', 'countries', 'themes', 'sources'];

/** Breadcrumb trail: Home › Collection › ancestors… (the entry itself is the page heading). */
export function breadcrumbsOf(graph: Graph, entry: Entry): LinkItem[] {
  const words = t(graph.lang);
  return [
    { text: words.site.home, href: localizePath('/', graph.lang) },
    { text: words.collections[entry.collection].plural, href: localizePath(`/${entry.collection}/`, graph.lang) },
    ...ancestors(graph, entry).map((e) => ({ text: titleOf(e), href: hrefOf(e), ...(titleLangOf(e) ? { lang: titleLangOf(e) } : {}) })),
  ];
}

/** The parent shown under a search result: the owning project or mission. */
export function parentOf(graph: Graph, entry: Entry): Entry | undefined {
  return ancestors(graph, entry).at(-1);
}

export interface SearchFacets {
  type: string[]; country: string[]; theme: string[]; year: string[]; organization: string[]; mission: string[]; status: string[];
  /** Added by the search index's own facts (search-facts.ts), not on every view. */
  region?: string[];
}

/**
 * The Pagefind filters for an entry. An entity page carries its own name in its facet (a country page
 * is in its country), and a mission carries its host country, so entity pages sit beside the programmes.
 */
export function searchFacetsOf(graph: Graph, entry: Entry): SearchFacets {
  const d = entry.data;
  const names = (refs: (Reference | undefined)[]) =>
    [...new Set(refs.filter(Boolean).map((r) => graph.get(r!)).filter(Boolean).map((e) => titleOf(e!)))].sort(graph.lang === DEFAULT_LANG ? undefined : new Intl.Collator(graph.lang).compare);
  const self = (c: CollectionName) => (entry.collection === c ? [entry as Reference] : []);
  const parentProject = entry.collection === 'subprojects' ? graph.get(entry.data.project) : undefined;
  const owner = d.mission ?? parentProject?.data.mission;
  return {
    type: [t(graph.lang).collections[entry.collection].singular],
    country: names([...self('countries'), ...countryRefsOf(entry)]),
    theme: names([...self('themes'), ...(d.themes ?? [])]),
    year: yearsOf(graph, entry).map(String),
    organization: names([...self('organizations'), ...(d.organizations ?? []).map((o) => o.organization)]),
    mission: names([...self('missions'), owner, ...(d.partnerMissions ?? []).map((m) => m.mission)]),
    status: d.status ? [(t(graph.lang).vocab.statuses as Record<string, string>)[d.status]] : [],
  };
}
