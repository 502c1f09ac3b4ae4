// What to read next from an entry: related entries, the previous and next entry of its collection,
// and the table of contents of a long body. Related entries are computed once per build, for all
// entries together, from an inverted index (feature → entries), never pairwise per page.
import type { CollectionName } from '../schemas/vocabularies.ts';
import { ancestors, keyOf, type Entry, type Graph } from './graph.ts';

/** What two entries can share, and how much a shared one counts: people and organizations say more than a theme or a country. */
export const RELATED_WEIGHTS: Partial<Record<CollectionName, number>> = { people: 3, organizations: 3, themes: 1, countries: 1 };
export const RELATED_LIMIT = 5;

export interface RelatedItem {
  entry: Entry;
  score: number;
  /** The shared themes, countries, organizations and people, weightiest first, then by title. */
  shared: Entry[];
}

const title = (e: Entry) => String(e.data.title);
const byTitle = (a: Entry, b: Entry) => title(a).localeCompare(title(b)) || keyOf(a).localeCompare(keyOf(b));

/** The features of an entry: every theme, country, organization and person it links to, once each. */
function featuresOf(graph: Graph, entry: Entry): Entry[] {
  const out = new Map<string, Entry>();
  for (const link of graph.outgoing(entry)) {
    if (!RELATED_WEIGHTS[link.to.collection]) continue;
    const target = graph.get(link.to);
    if (target) out.set(keyOf(target), target);
  }
  return [...out.values()];
}

/** Related entries for every entry of the graph, keyed by `collection/id`. */
export function computeRelated(graph: Graph, limit = RELATED_LIMIT): Map<string, RelatedItem[]> {
  const features = new Map(graph.entries.map((e) => [keyOf(e), featuresOf(graph, e)]));
  // Inverted index: a theme, country, organization or person → the entries that link to it.
  const holders = new Map<string, Entry[]>();
  for (const e of graph.entries) {
    for (const f of features.get(keyOf(e))!) {
      const list = holders.get(keyOf(f)) ?? [];
      list.push(e);
      holders.set(keyOf(f), list);
    }
  }
  // Direct parent and children: already linked from the page itself (breadcrumbs, connections).
  const family = new Map<string, Set<string>>(graph.entries.map((e) => [keyOf(e), new Set([keyOf(e)])]));
  for (const e of graph.entries) {
    const parent = ancestors(graph, e).at(-1);
    if (!parent) continue;
    family.get(keyOf(e))!.add(keyOf(parent));
    family.get(keyOf(parent))!.add(keyOf(e));
  }

  // Ties are broken by title, compared once here: localeCompare inside every entry's sort was most of the cost.
  const rank = new Map([...graph.entries].sort(byTitle).map((e, i) => [e, i]));
  const byRank = (a: Entry, b: Entry) => rank.get(a)! - rank.get(b)!;

  const result = new Map<string, RelatedItem[]>();
  for (const e of graph.entries) {
    const excluded = family.get(keyOf(e))!;
    const scores = new Map<string, RelatedItem>();
    for (const f of features.get(keyOf(e))!) {
      const weight = RELATED_WEIGHTS[f.collection]!;
      for (const other of holders.get(keyOf(f)) ?? []) {
        if (excluded.has(keyOf(other))) continue;
        const item = scores.get(keyOf(other)) ?? { entry: other, score: 0, shared: [] };
        item.score += weight;
        item.shared.push(f);
        scores.set(keyOf(other), item);
      }
    }
    const ranked = [...scores.values()].sort((a, b) => b.score - a.score || byRank(a.entry, b.entry)).slice(0, limit);
    for (const item of ranked) item.shared.sort((a, b) => RELATED_WEIGHTS[b.collection]! - RELATED_WEIGHTS[a.collection]! || byRank(a, b));
    result.set(keyOf(e), ranked);
  }
  return result;
}

const cache = new WeakMap<Graph, Map<string, RelatedItem[]>>();
/** Related entries of one entry; the first call computes them for the whole graph, later calls look them up. */
export function relatedOf(graph: Graph, entry: Pick<Entry, 'collection' | 'id'>): RelatedItem[] {
  let all = cache.get(graph);
  if (!all) cache.set(graph, (all = computeRelated(graph)));
  return all.get(keyOf(entry)) ?? [];
}

/** The entries before and after this one in its collection's title order (graph.list). */
export function neighboursOf(graph: Graph, entry: Pick<Entry, 'collection' | 'id'>): { previous?: Entry; next?: Entry } {
  const list = graph.list(entry.collection);
  const i = list.findIndex((e) => e.id === entry.id);
  if (i < 0) return {};
  return { previous: list[i - 1], next: list[i + 1] };
}

export interface Heading { depth: number; slug: string; text: string }
export const TOC_MIN_HEADINGS = 3;

/** The headings worth a table of contents (levels 2 and 3), or none when the body has fewer than three. */
export function tocOf(headings: Heading[], min = TOC_MIN_HEADINGS): Heading[] {
  const useful = headings.filter((h) => h.depth >= 2 && h.depth <= 3 && h.slug);
  return useful.length >= min ? useful : [];
}
