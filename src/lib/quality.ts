// What maintainers should look at next: optional fields left empty, sources nothing cites, programmes
// without a theme or a country, and links written on one side only. Pure functions of the graph.
//
// Pairs of links checked (everything else is one-way by design: a child names its parent, and the
// parent's page lists its children from the incoming links):
//   - predecessor ↔ successor (projects): each side should name the other. Reported when only one side
//     is written (pages show both, but the data files carry only what is written) and when the other
//     side names a different entry (a contradiction).
//   - partOf (project → project) and project (subproject → project): both say "is part of project P",
//     and neither has a field on P's side. Checked for agreement instead: the same part recorded both
//     ways (a project `partOf: P` and a subproject of P with the same title or alias), a part dated
//     outside its whole, and loops in a chain of parents (partOf, and parent of missions and organizations).
import { makeSchemas } from '../schemas/collections.ts';
import { plainReference } from '../schemas/fields.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/vocabularies.ts';
import { frontmatterOf, keyOf, type Entry, type Graph } from './graph.ts';
import type { Reference } from './references.ts';
import { formatPartialDate } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import { inferencesOf, type Inference } from './entry-view.ts';
import { countryRefsOf, entryFile, entryUrl, titleOf } from './model.ts';

const schemas = makeSchemas(plainReference);

export const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)
  || (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0 && !('collection' in v));

/** Optional fields of a collection, in schema order: those a file may leave out (with or without a default). */
export function optionalFields(c: CollectionName): string[] {
  const shape = (schemas[c] as unknown as { shape: Record<string, { safeParse(v: unknown): { success: boolean } }> }).shape;
  return Object.keys(shape).filter((k) => shape[k].safeParse(undefined).success);
}

/**
 * Fields most entries of a collection rightly leave empty (only some projects have a predecessor, only
 * disputed facts have disagreements). The page still counts them but says so, so they are not read as gaps.
 */
export const OFTEN_EMPTY: Record<CollectionName, string[]> = {
  missions: ['aliases', 'disagreements', 'inferred', 'parent', 'city'],
  projects: ['aliases', 'disagreements', 'inferred', 'events', 'mission', 'partOf', 'predecessor', 'successor', 'partnerMissions', 'places', 'people', 'figures', 'end'],
  subprojects: ['aliases', 'disagreements', 'inferred', 'events', 'partnerMissions', 'places', 'people', 'figures', 'start', 'end'],
  organizations: ['aliases', 'disagreements', 'inferred', 'parent', 'figures'],
  people: ['aliases', 'disagreements', 'inferred', 'quotes'],
  countries: ['aliases', 'disagreements', 'inferred', 'statusNote'],
  themes: ['aliases', 'disagreements', 'inferred', 'dacSector'],
  sources: ['aliases', 'inferred', 'url', 'publisher', 'published'],
};

export interface FieldCoverage {
  field: string;
  filled: number;
  /** Entries of the collection leaving the field empty, by title. */
  missing: Entry[];
  /** True when most entries rightly leave it empty (see OFTEN_EMPTY). */
  oftenEmpty: boolean;
}
export interface CollectionCoverage { collection: CollectionName; total: number; fields: FieldCoverage[] }

/** Per collection, per optional field: how many entries fill it and which do not. */
export function fieldCoverage(graph: Graph): CollectionCoverage[] {
  return COLLECTIONS.map((collection) => {
    const entries = graph.list(collection);
    return {
      collection,
      total: entries.length,
      fields: optionalFields(collection).map((field) => {
        const missing = entries.filter((e) => isEmpty(frontmatterOf(e)[field]));
        return { field, filled: entries.length - missing.length, missing, oftenEmpty: OFTEN_EMPTY[collection].includes(field) };
      }),
    };
  });
}

/** Sources no entry links to, from any field (the build refuses these, so the list is normally empty). */
export const uncitedSources = (graph: Graph): Entry[] =>
  graph.list('sources').filter((s) => graph.incoming(s).length === 0);

export const PROGRAMME_COLLECTIONS = ['missions', 'projects', 'subprojects'] as const satisfies CollectionName[];

const ownThemes = (e: Entry): Reference[] => e.data.themes ?? [];

export interface Unplaced {
  entry: Entry;
  noTheme: boolean;
  noCountry: boolean;
  /** For a subproject: its project has what it lacks, so readers still see a theme or country one level up. */
  parentHas: { themes: boolean; countries: boolean };
}

/** Missions, projects and subprojects with no theme or no country of their own. */
export function withoutThemeOrCountry(graph: Graph): Unplaced[] {
  return PROGRAMME_COLLECTIONS.flatMap((c) => graph.list(c)).flatMap((entry) => {
    const noTheme = ownThemes(entry).length === 0;
    const noCountry = countryRefsOf(entry).length === 0;
    if (!noTheme && !noCountry) return [];
    const parent = entry.collection === 'subprojects' ? graph.get(entry.data.project) : undefined;
    return [{
      entry, noTheme, noCountry,
      parentHas: { themes: !!parent && ownThemes(parent).length > 0, countries: !!parent && countryRefsOf(parent).length > 0 },
    }];
  });
}

export type LinkProblemKind = 'one-sided' | 'conflict' | 'duplicate-part' | 'part-outside-dates' | 'loop';
export interface LinkProblem {
  kind: LinkProblemKind;
  /** The entry to edit. */
  entry: Entry;
  /** The other entry involved. */
  other: Entry;
  message: string;
}

const same = (a?: Reference, b?: Reference) => !!a && !!b && keyOf(a) === keyOf(b);

/** predecessor ↔ successor: written on both sides, and agreeing. */
export function sequenceProblems(graph: Graph): LinkProblem[] {
  const out: LinkProblem[] = [];
  const m = t(graph.lang).pages.quality.findings;
  const pairs = [['successor', 'predecessor'], ['predecessor', 'successor']] as const;
  for (const e of graph.list('projects')) {
    for (const [own, back] of pairs) {
      const ref: Reference | undefined = e.data[own];
      if (!ref) continue;
      const other = graph.get(ref);
      if (!other) continue;
      if (same(ref, e)) {
        out.push({ kind: 'conflict', entry: e, other: e, message: m.ownItself(m.fieldNames[own]) });
        continue;
      }
      const reverse: Reference | undefined = other.data[back];
      if (!reverse) {
        out.push({ kind: 'one-sided', entry: other, other: e, message: m.oneSided(m.fieldNames[back], titleOf(e), m.fieldNames[own]) });
      } else if (!same(reverse, e)) {
        const named = graph.get(reverse);
        out.push({ kind: 'conflict', entry: other, other: e, message: m.conflict(named ? titleOf(named) : reverse.id, m.fieldNames[back], titleOf(e), m.fieldNames[own]) });
      }
    }
  }
  return out;
}

/** Compare partial dates at their shared precision: "2018" is neither before nor after "2018-06". */
const before = (a: string, b: string) => a.slice(0, b.length) < b.slice(0, a.length);

/** The whole an entry is part of: a subproject's project, or a project's partOf. */
const wholeOf = (graph: Graph, e: Entry) =>
  e.collection === 'subprojects' ? graph.get(e.data.project) : e.collection === 'projects' && e.data.partOf ? graph.get(e.data.partOf) : undefined;

const namesOf = (e: Entry) => [e.data.title, ...(e.data.aliases ?? [])].map((n) => String(n).trim().toLowerCase());

/** partOf and subprojects' project: parts recorded twice, parts dated outside their whole, loops of parents. */
export function partProblems(graph: Graph): LinkProblem[] {
  const out: LinkProblem[] = [];
  const m = t(graph.lang).pages.quality.findings;
  const date = (d: string) => formatPartialDate(d, graph.lang);
  const parts = [...graph.list('projects'), ...graph.list('subprojects')];
  for (const part of parts) {
    const whole = wholeOf(graph, part);
    if (!whole) continue;
    const { start, end } = part.data;
    if (start && whole.data.start && before(start, whole.data.start)) {
      out.push({ kind: 'part-outside-dates', entry: part, other: whole, message: m.startsBefore(date(start), date(whole.data.start)) });
    }
    if (end && whole.data.end && before(whole.data.end, end)) {
      out.push({ kind: 'part-outside-dates', entry: part, other: whole, message: m.endsAfter(date(end), date(whole.data.end)) });
    }
  }
  // The same part recorded as a project inside P and as a subproject of P. Subprojects are grouped by their
  // project once: filtering every subproject for each project was 7 s of a build at 10,000 entries.
  const subprojectsOf = new Map<string, Entry[]>();
  for (const sub of graph.list('subprojects')) {
    if (!sub.data.project) continue;
    const key = keyOf(sub.data.project);
    (subprojectsOf.get(key) ?? subprojectsOf.set(key, []).get(key)!).push(sub);
  }
  for (const project of graph.list('projects')) {
    const whole = project.data.partOf && graph.get(project.data.partOf);
    if (!whole) continue;
    const names = new Set(namesOf(project));
    for (const sub of subprojectsOf.get(keyOf(whole)) ?? []) {
      if (namesOf(sub).some((n) => names.has(n))) {
        out.push({ kind: 'duplicate-part', entry: project, other: sub, message: m.duplicate(titleOf(whole), titleOf(sub)) });
      }
    }
  }
  // Loops: following parents comes back to the start.
  const parentOf = (e: Entry): Entry | undefined => {
    const ref = e.collection === 'projects' ? e.data.partOf : e.collection === 'missions' || e.collection === 'organizations' ? e.data.parent : undefined;
    return ref ? graph.get(ref) : undefined;
  };
  for (const e of [...graph.list('projects'), ...graph.list('missions'), ...graph.list('organizations')]) {
    const seen = new Set<string>();
    for (let p = parentOf(e); p && !seen.has(keyOf(p)); p = parentOf(p)) {
      if (same(p, e)) {
        out.push({ kind: 'loop', entry: e, other: parentOf(e)!, message: m.loop });
        break;
      }
      seen.add(keyOf(p));
    }
  }
  return out;
}

/** An entry with values the sources imply but do not state, each with its reason. */
export interface Inferred { entry: Entry; inferences: Inference[] }

/** Every entry carrying inferences, most first: where a maintainer looks for a source that would settle them. */
export const inferredEntries = (graph: Graph): Inferred[] =>
  graph.entries
    .map((entry) => ({ entry, inferences: inferencesOf(graph, entry) }))
    .filter((i) => i.inferences.length > 0)
    .sort((a, b) => b.inferences.length - a.inferences.length || titleOf(a.entry).localeCompare(titleOf(b.entry), graph.lang));

export interface QualityReport {
  inferred: Inferred[];
  coverage: CollectionCoverage[];
  uncitedSources: Entry[];
  unplaced: Unplaced[];
  sequence: LinkProblem[];
  parts: LinkProblem[];
}

export const qualityReport = (graph: Graph): QualityReport => ({
  inferred: inferredEntries(graph),
  coverage: fieldCoverage(graph),
  uncitedSources: uncitedSources(graph),
  unplaced: withoutThemeOrCountry(graph),
  sequence: sequenceProblems(graph),
  parts: partProblems(graph),
});

// ---------------------------------------------------------------------------------------------------
// At scale: the page shows the first few entries of each list and every count; /quality.json has
// every list in full, so the page's size does not grow with the catalogue.

/** How many entries each finding list on /quality/ shows (links, unplaced, uncited sources). */
export const LIST_SHOWN = 25;
/** How many entries each "empty in" list of the optional-fields tables shows: there are some 55 of those lists. */
export const FIELD_LIST_SHOWN = 10;
/** Where the full lists are published. */
export const QUALITY_DATA_URL = '/quality.json';

/** The first `cap` items, and how many more there are. */
export const firstOf = <T>(items: T[], cap: number): { shown: T[]; more: number } =>
  ({ shown: items.slice(0, Math.max(0, cap)), more: Math.max(0, items.length - Math.max(0, cap)) });

const refOf = (e: Entry) => ({ collection: e.collection, id: e.id, title: titleOf(e), url: entryUrl(e.collection, e.id), file: entryFile(e.collection, e.id) });

/** Everything /quality/ reports, every list in full: the body of /quality.json. */
export function qualityData(report: QualityReport) {
  const problems = (items: LinkProblem[]) => ({
    count: items.length,
    items: items.map((p) => ({ kind: p.kind, entry: refOf(p.entry), other: refOf(p.other), message: p.message })),
  });
  return {
    description: 'What /quality/ reports, every list in full: link findings, values inferred rather than stated (with their reasons), missions, projects and subprojects without a theme or a country, sources nothing cites, and per collection each optional field with the ids of the entries leaving it empty (an entry\'s page is the collection\'s url with {id} replaced).',
    page: '/quality/',
    checks: {
      sequence: { title: 'Predecessor and successor', ...problems(report.sequence) },
      parts: { title: 'Parts and wholes', ...problems(report.parts) },
      unplaced: {
        title: 'Missions, projects and subprojects without a theme or a country',
        count: report.unplaced.length,
        items: report.unplaced.map((u) => ({
          entry: refOf(u.entry),
          missing: [u.noTheme && 'theme', u.noCountry && 'country'].filter(Boolean),
          parentHas: u.parentHas,
        })),
      },
      uncitedSources: { title: 'Sources cited by nothing', count: report.uncitedSources.length, items: report.uncitedSources.map(refOf) },
      inferred: {
        title: 'Values inferred, not stated by a source',
        count: report.inferred.reduce((n, i) => n + i.inferences.length, 0),
        items: report.inferred.map((i) => ({ entry: refOf(i.entry), inferences: i.inferences })),
      },
    },
    fields: report.coverage.map((c) => ({
      collection: c.collection,
      total: c.total,
      url: `/${c.collection}/{id}/`,
      fields: c.fields.map((f) => ({ field: f.field, filled: f.filled, empty: f.missing.length, oftenEmpty: f.oftenEmpty, missing: f.missing.map((e) => e.id) })),
    })),
  };
}
export type QualityData = ReturnType<typeof qualityData>;
