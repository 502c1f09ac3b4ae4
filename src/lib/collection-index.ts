// The index of one collection (/<collection>/): every entry with what a reader scans for — its kind, dates,
// status, countries and parent — and its summary, LIST_PAGE_SIZE to a page (/projects/, then /projects/2/ …),
// so no page grows with the catalogue. Subprojects are grouped under their project (in its order), missions
// under their kind; the other collections are by title. A collection that fits on one page has no pager.
import type { PaginateFunction } from 'astro';
import { type Entry, type Graph } from './graph.ts';
import { countriesNamedBy, hrefOf, wordsLangOf } from './entry-view.ts';
import { LIST_PAGE_SIZE } from './paging.ts';
import { filteredSearchUrl } from './search-state.ts';
import { datingOf } from './years.ts';
import { t } from '../i18n/index.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/langs.ts';
import { COLLECTIONS, MISSION_KINDS, type CollectionName } from '../schemas/vocabularies.ts';
import { parentRefOf, titleOf } from './model.ts';

/** Countries a row names before "and n more". */
export const INDEX_ROW_COUNTRIES = 3;

/** One row of a collection index. */
export interface IndexRow {
  text: string;
  href: string;
  kind?: string;
  summary: string;
  /** The dates in words, and the start as a sort key ("" when undated). */
  when?: string;
  start: string;
  status?: string;
  countries: string[];
  /** The parent named on the row (a project's mission); none where the rows are grouped under it. */
  parent?: { text: string; href: string };
  /** The group the row is listed under: a subproject's project, a mission's kind. */
  group?: { key: string; text: string; href?: string; wordsLang?: Lang };
  /** The language of the entry's words when it is not the page's (an untranslated entry on a Russian page). */
  wordsLang?: Lang;
}

/** The search page narrowed to one collection: /search/?type=Project. */
export const searchUrlOf = (collection: CollectionName, lang: Lang = DEFAULT_LANG) => filteredSearchUrl({ type: [t(lang).collections[collection].singular] }, lang);

const langOfGraph = (graph: Graph): Lang => graph.lang ?? DEFAULT_LANG;
const kindsIn = (lang: Lang) => t(lang).vocab.kinds as Record<string, string>;

const MISSION_KIND_ORDER = Object.keys(MISSION_KINDS);

/** How a collection's index is grouped: subprojects by project, missions by kind, the rest not at all. */
function groupOf(graph: Graph, e: Entry): IndexRow['group'] {
  if (e.collection === 'subprojects') {
    const project = graph.get(e.data.project);
    if (!project) return undefined;
    const wordsLang = wordsLangOf(project);
    return { key: `projects/${project.id}`, text: titleOf(project), href: hrefOf(project), ...(wordsLang !== langOfGraph(graph) ? { wordsLang } : {}) };
  }
  if (e.collection === 'missions') return { key: `kind/${e.data.kind}`, text: kindsIn(langOfGraph(graph))[e.data.kind] ?? String(e.data.kind) };
  return undefined;
}

/** An entry's kind in words, unless it only repeats its collection ("Project" over a project). */
function kindLabelIn(lang: Lang, e: Entry): string | undefined {
  const kind = e.data.kind && kindsIn(lang)[e.data.kind];
  return kind && kind !== t(lang).collections[e.collection].singular ? kind : undefined;
}

function rowOf(graph: Graph, e: Entry): IndexRow {
  const lang = langOfGraph(graph);
  const words = t(lang).browse;
  const d = e.data;
  const dating = datingOf(graph, e);
  const names = countriesNamedBy(graph, e).map(titleOf);
  const group = groupOf(graph, e);
  const parentRef = e.collection === 'projects' ? parentRefOf(e) : undefined;
  const parent = parentRef && graph.get(parentRef);
  const kind = kindLabelIn(lang, e);
  const wordsLang = wordsLangOf(e);
  return {
    text: titleOf(e), href: hrefOf(e), summary: String(d.summary ?? ''),
    ...(kind ? { kind } : {}),
    ...(dating ? { when: dating.inherited ? `${dating.when} ${words.projectsDates}` : dating.when } : {}),
    start: dating?.start ?? '',
    ...(d.status && (t(lang).vocab.statuses as Record<string, string>)[d.status] ? { status: (t(lang).vocab.statuses as Record<string, string>)[d.status] } : {}),
    countries: names.length > INDEX_ROW_COUNTRIES ? [...names.slice(0, INDEX_ROW_COUNTRIES), words.andMore(names.length - INDEX_ROW_COUNTRIES)] : names,
    ...(parent ? { parent: { text: titleOf(parent), href: hrefOf(parent) } } : {}),
    ...(group ? { group } : {}),
    ...(wordsLang !== lang ? { wordsLang } : {}),
  };
}

/**
 * The order of a collection's index: subprojects by their project's title, then by their number in it;
 * missions by kind (in the vocabulary's order), then by title; every other collection by title (graph.list).
 */
export function indexOrderOf(graph: Graph, collection: CollectionName): Entry[] {
  if (collection === 'subprojects') {
    const projectTitle = (e: Entry<'subprojects'>) => { const p = graph.get(e.data.project); return p ? titleOf(p) : ''; };
    const lang = langOfGraph(graph);
    return [...graph.list('subprojects')].sort((a, b) => projectTitle(a).localeCompare(projectTitle(b), lang) || String(a.data.project?.id).localeCompare(String(b.data.project?.id))
      || (a.data.order ?? 0) - (b.data.order ?? 0) || titleOf(a).localeCompare(titleOf(b), lang));
  }
  if (collection === 'missions') {
    return [...graph.list('missions')].sort((a, b) => MISSION_KIND_ORDER.indexOf(a.data.kind) - MISSION_KIND_ORDER.indexOf(b.data.kind));
  }
  return graph.list(collection);
}

/** The rows of one collection's index, in its index order. */
export const indexRowsOf = (graph: Graph, collection: CollectionName): IndexRow[] =>
  indexOrderOf(graph, collection).map((e) => rowOf(graph, e));

/** Rows cut into runs of one group each, for a page: the page's first run may continue the previous page's group. */
export function groupRuns(rows: IndexRow[]): { group?: IndexRow['group']; rows: IndexRow[] }[] {
  const runs: { group?: IndexRow['group']; rows: IndexRow[] }[] = [];
  for (const row of rows) {
    const last = runs.at(-1);
    if (last && last.group?.key === row.group?.key) last.rows.push(row);
    else runs.push({ group: row.group, rows: [row] });
  }
  return runs;
}

/** The static paths of every collection index page (src/pages/[collection]/[...page].astro). */
export function collectionIndexPaths(graph: Graph, paginate: PaginateFunction, pageSize = LIST_PAGE_SIZE) {
  return COLLECTIONS.flatMap((collection) => paginate(indexRowsOf(graph, collection), { pageSize, params: { collection } }));
}
