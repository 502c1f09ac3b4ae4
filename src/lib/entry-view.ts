// What an entry page shows, computed from the entry and the graph. Pages only arrange these.
import type { Reference } from './references.ts';
import { ancestors, keyOf, type Entry, type Graph } from './graph.ts';
import { formatDateRange, formatPartialDate } from './dates.ts';
import { datingOf, eventWhen, yearUrl, yearsOf } from './years.ts';
import { COLLECTION_LABELS, KIND_LABELS, ROLE_LABELS, STATUS_LABELS, entryUrl } from './labels.ts';
import type { CollectionName } from '../schemas/vocabularies.ts';
import { DEFAULT_LANG, localizePath } from '../i18n/langs.ts';

/** `inferred` marks a value the sources imply but do not state (its reason is listed under "What is inferred"). */
export interface LinkItem { text: string; href?: string; note?: string; inferred?: boolean }
/** `inline` facts list their items on one line, comma-separated (years); `inferred` marks the whole value. */
export interface Fact { label: string; items: LinkItem[]; inline?: boolean; inferred?: boolean }

export const titleOf = (e: Entry) => String(e.data.title);
/** The entry's page, in its graph's language: /projects/hdim/, /ru/projects/hdim/. */
export const hrefOf = (e: Pick<Entry, 'collection' | 'id' | 'lang'>) => localizePath(entryUrl(e.collection, e.id), e.lang ?? DEFAULT_LANG);
/** The language the entry's words are in: English where a translation is missing. */
export const wordsLangOf = (e: Entry) => (e.translation === 'missing' ? DEFAULT_LANG : e.lang ?? DEFAULT_LANG);

/** The countries an entry names as its own (its host country, then its countries), each once; places aside. */
export function countriesNamedBy(graph: Graph, e: Entry): Entry[] {
  const refs: (Reference | undefined)[] = [e.data.hostCountry, ...(e.data.countries ?? [])];
  return [...new Set(refs.map((r) => r && graph.get(r)).filter((c): c is Entry => !!c))];
}

/** An entry's kind in words, unless it only repeats its collection ("Project" over a project). */
export function kindLabelOf(e: Entry): string | undefined {
  const kind = KIND_LABELS[e.data.kind];
  return kind && kind !== COLLECTION_LABELS[e.collection].singular ? kind : undefined;
}

function linkTo(graph: Graph, ref: Reference | undefined, note?: string): LinkItem[] {
  if (!ref) return [];
  const target = graph.get(ref);
  // The build refuses dangling references, so a missing target is a programming error worth seeing.
  if (!target) throw new Error(`Unresolved reference ${keyOf(ref)}`);
  return [{ text: titleOf(target), href: hrefOf(target), note }];
}

const LANGUAGES = new Intl.DisplayNames(['en'], { type: 'language' });
/** "en" → "English": the name Intl knows for a BCP 47 tag, else the tag. */
export const languageName = (tag: string) => LANGUAGES.of(tag) ?? tag;

const text = (value: unknown): LinkItem[] => (value === undefined || value === '' ? [] : [{ text: String(value) }]);
const roleNote = (role?: string) => (role ? ROLE_LABELS[role] ?? role : undefined);

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
  const refs = (list: Reference[] | undefined) => (list ?? []).flatMap((r) => linkTo(graph, r));
  const years = yearsOf(graph, entry);
  const marked = <T extends LinkItem>(items: T[], item: { inferred?: string }) => (item.inferred ? items.map((i) => ({ ...i, inferred: true })) : items);
  const facts: (Fact & { fields?: string[] })[] = [
    { label: 'Type', fields: ['kind'], items: text(KIND_LABELS[d.kind] ?? (entry.collection === 'subprojects' ? 'Subproject' : undefined)) },
    { label: 'Code', fields: ['code'], items: text(d.code) },
    { label: 'OECD DAC sector', fields: ['dacSector'], items: d.dacSector ? [{ text: d.dacSector.name, note: `purpose code ${d.dacSector.code}` }] : [] },
    { label: 'Status', fields: ['status'], items: text(STATUS_LABELS[d.status]) },
    { label: 'Dates', fields: ['start', 'end'], items: text(formatDateRange(d.start, d.end)) },
    { label: 'Established', fields: ['established'], items: text(d.established && formatPartialDate(d.established)) },
    { label: 'Published', fields: ['published'], items: text(d.published && formatPartialDate(d.published)) },
    // The year hubs this entry is listed in (a subproject without dates takes its project's).
    { label: years.length === 1 ? 'Year' : 'Years', inline: true, items: years.map((y) => ({ text: String(y), href: yearUrl(y) })) },
    { label: 'Mission', fields: ['mission'], items: linkTo(graph, d.mission) },
    { label: 'Part of', fields: ['partOf', 'project', 'parent'], items: linkTo(graph, d.partOf ?? d.project ?? d.parent) },
    { label: 'Order', items: text(entry.collection === 'subprojects' ? `Subproject ${d.order}` : undefined) },
    { label: 'Host country', fields: ['hostCountry'], items: linkTo(graph, d.hostCountry) },
    { label: 'City', fields: ['city'], items: text(d.city) },
    { label: 'Organizations', items: (d.organizations ?? []).flatMap((o: any) => marked(linkTo(graph, o.organization, [roleNote(o.role), o.note].filter(Boolean).join(': ')), o)) },
    { label: 'OSCE partners', items: (d.partnerMissions ?? []).flatMap((m: any) => marked(linkTo(graph, m.mission, [roleNote(m.role), m.note].filter(Boolean).join(': ')), m)) },
    { label: 'People', items: (d.people ?? []).flatMap((p: any) => marked(linkTo(graph, p.person, p.role), p)) },
    { label: 'Positions', items: (d.positions ?? []).flatMap((p: any) => {
      const where = p.organization ?? p.mission;
      const base: LinkItem[] = where ? linkTo(graph, where, p.title) : [{ text: p.title }];
      return marked(base.map((b) => ({ ...b, note: [b.note, p.date && formatPartialDate(p.date)].filter(Boolean).join(', ') || undefined })), p);
    }) },
    { label: 'Countries', fields: ['countries'], items: refs(d.countries) },
    { label: 'Places', items: (d.places ?? []).flatMap((p: any) => marked(linkTo(graph, p.country).map((c) => ({ text: p.name, href: c.href, note: c.text })), p)) },
    { label: 'Themes', fields: ['themes'], items: refs(d.themes) },
    { label: 'Preceded by', items: refs(sequence(graph, entry, 'predecessor')) },
    { label: 'Followed by', items: refs(sequence(graph, entry, 'successor')) },
    // A source that names no publisher says so: a reader checking it should not have to wonder.
    { label: 'Publisher', fields: ['publisher'], items: text(d.publisher ?? (entry.collection === 'sources' ? 'Not named in the document' : undefined)) },
    { label: 'Language', fields: ['language'], items: text(d.language && languageName(d.language)) },
    { label: 'Address', fields: ['url'], items: d.url ? [{ text: d.url, href: d.url }] : [] },
  ];
  const inferredFields = new Set(Object.keys(d.inferred ?? {}));
  return facts
    .filter((f) => f.items.length)
    .map(({ fields, ...f }) => (fields?.some((k) => inferredFields.has(k)) ? { ...f, inferred: true } : f));
}

/** One value the page shows that the sources imply but do not state, with the reason. */
export interface Inference { what: string; value: string; reason: string }

/** Labels for field-level inferences, in the words the facts use. */
const FIELD_LABELS: Record<string, string> = {
  title: 'Name', kind: 'Type', status: 'Status', start: 'Start date', end: 'End date', established: 'Established', published: 'Published',
  mission: 'Mission', partOf: 'Part of', project: 'Project', parent: 'Part of', hostCountry: 'Host country', city: 'City',
  countries: 'Countries', themes: 'Themes', publisher: 'Publisher', language: 'Language', url: 'Address', code: 'Code', statusNote: 'Status note', dacSector: 'OECD DAC sector',
};

/**
 * Everything on the page that is an inference, field by field and item by item, with its reason: what the
 * "What is inferred" section lists, so a reader can tell a source's statement from our reading of it.
 */
export function inferencesOf(graph: Graph, entry: Entry): Inference[] {
  const d = entry.data;
  const show = (field: string, v: any): string => {
    if (v === undefined) return '';
    if (Array.isArray(v)) return v.map((x) => show(field, x)).join(', ');
    if (typeof v === 'object' && 'collection' in v) return titleOf(graph.get(v)!);
    if (field === 'kind') return KIND_LABELS[v] ?? String(v);
    if (field === 'status') return STATUS_LABELS[v] ?? String(v);
    if (['start', 'end', 'established', 'published'].includes(field)) return formatPartialDate(v);
    if (field === 'dacSector') return v.name;
    return String(v);
  };
  const own: Inference[] = Object.entries((d.inferred ?? {}) as Record<string, string>)
    .map(([field, reason]) => ({ what: FIELD_LABELS[field] ?? field, value: show(field, d[field]), reason }));
  const items = (list: any[] | undefined, what: string, value: (x: any) => string): Inference[] =>
    (list ?? []).filter((x) => x.inferred).map((x) => ({ what, value: value(x), reason: x.inferred }));
  const withRole = (ref: Reference, role?: string) => [show('', ref), role && (ROLE_LABELS[role] ?? role)].filter(Boolean).join(', ');
  return [
    ...own,
    ...items(d.organizations, 'Organization', (o) => withRole(o.organization, o.role)),
    ...items(d.partnerMissions, 'OSCE partner', (m) => withRole(m.mission, m.role)),
    ...items(d.people, 'Person', (p) => withRole(p.person, p.role)),
    ...items(d.positions, 'Position', (p) => [p.title, (p.organization ?? p.mission) && show('', p.organization ?? p.mission)].filter(Boolean).join(', ')),
    ...items(d.places, 'Place', (p) => p.name),
    ...items(d.figures, 'Figure', (f) => `${f.counted}: ${f.value}${f.unit ? ` ${f.unit}` : ''}`),
    ...items(d.events, 'Event', (e) => `${eventWhen(e)}: ${e.what}`),
  ];
}

// Links already shown in the facts block or as sequence; not repeated in "connected entries".
const SHOWN_IN_FACTS = new Set(['predecessor', 'successor']);

/** An entry that links here, with the roles it gives this entry (from every link it has to it). */
export interface Connected { entry: Entry; note?: string }
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
  return (a, b) => key(b).localeCompare(key(a)) || titleOf(a).localeCompare(titleOf(b)) || keyOf(a).localeCompare(keyOf(b));
}

/** Whether a group is kept in the hub's own order rather than by date: a project's subprojects. */
export const inOwnOrder = (hub: Pick<Entry, 'collection'>, collection: CollectionName) => hub.collection === 'projects' && collection === 'subprojects';

/** Entries linking here (sources cited aside), grouped by their collection, every one, in list order (byRecency). */
export function connectedGroupsOf(graph: Graph, entry: Entry): ConnectedGroup[] {
  const groups = new Map<CollectionName, Map<string, { entry: Entry; notes: Set<string> }>>();
  for (const link of graph.incoming(entry)) {
    if (SHOWN_IN_FACTS.has(link.field) || link.field === 'sources') continue;
    const byEntry = groups.get(link.from.collection) ?? new Map();
    const item = byEntry.get(link.from.id) ?? { entry: link.from, notes: new Set<string>() };
    const note = [roleNote(link.role), link.inferred && 'inferred'].filter(Boolean).join(', ');
    if (note) item.notes.add(note);
    byEntry.set(link.from.id, item);
    groups.set(link.from.collection, byEntry);
  }
  const recency = byRecency(graph);
  return [...groups.entries()]
    .sort(([a], [b]) => COLLECTION_ORDER.indexOf(a) - COLLECTION_ORDER.indexOf(b))
    .map(([collection, items]) => ({
      collection,
      heading: COLLECTION_LABELS[collection].plural,
      entries: [...items.values()]
        .sort(inOwnOrder(entry, collection)
          ? (a, b) => (a.entry.data.order ?? 0) - (b.entry.data.order ?? 0) || titleOf(a.entry).localeCompare(titleOf(b.entry))
          : (a, b) => recency(a.entry, b.entry))
        .map(({ entry: e, notes }) => ({ entry: e, note: [...notes].join(', ') || undefined })),
    }));
}

/** For a source: every entry that cites it, once each, in list order (byRecency); the note names its collection. */
export function citingEntriesOf(graph: Graph, entry: Entry): Connected[] {
  const citing = new Map<string, Entry>();
  for (const l of graph.incoming(entry)) if (l.field === 'sources') citing.set(keyOf(l.from), l.from);
  return [...citing.values()].sort(byRecency(graph)).map((e) => ({ entry: e, note: COLLECTION_LABELS[e.collection].singular }));
}

/** A connected entry as a link, with its note (roles, or the collection of an entry citing a source). */
export const linkItem = ({ entry: e, note }: Connected): LinkItem => ({ text: titleOf(e), href: hrefOf(e), note });

export const COLLECTION_ORDER: CollectionName[] = ['missions', 'projects', 'subprojects', 'organizations', 'people', 'countries', 'themes', 'sources'];

/** Breadcrumb trail: Home › Collection › ancestors… (the entry itself is the page heading). */
export function breadcrumbsOf(graph: Graph, entry: Entry): LinkItem[] {
  return [
    { text: 'Home', href: '/' },
    { text: COLLECTION_LABELS[entry.collection].plural, href: `/${entry.collection}/` },
    ...ancestors(graph, entry).map((e) => ({ text: titleOf(e), href: hrefOf(e) })),
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
    [...new Set(refs.filter(Boolean).map((r) => graph.get(r!)).filter(Boolean).map((e) => titleOf(e!)))].sort();
  const self = (c: CollectionName) => (entry.collection === c ? [entry as Reference] : []);
  const parentProject = entry.collection === 'subprojects' ? graph.get(d.project) : undefined;
  const owner = d.mission ?? parentProject?.data.mission;
  return {
    type: [COLLECTION_LABELS[entry.collection].singular],
    country: names([...self('countries'), d.hostCountry, ...(d.countries ?? []), ...(d.places ?? []).map((p: any) => p.country)]),
    theme: names([...self('themes'), ...(d.themes ?? [])]),
    year: yearsOf(graph, entry).map(String),
    organization: names([...self('organizations'), ...(d.organizations ?? []).map((o: any) => o.organization)]),
    mission: names([...self('missions'), owner, ...(d.partnerMissions ?? []).map((m: any) => m.mission)]),
    status: d.status ? [STATUS_LABELS[d.status]] : [],
  };
}
