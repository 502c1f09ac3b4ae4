// What to read next from an entry: its related entries (previous/next among siblings live in
// section-nav.ts, "On this page" in entry-page.ts). Related entries come from an inverted index (feature →
// entries) built once per build for the whole graph, never pairwise per page; each entry's list is scored
// from it when first asked for, so a rebuild that builds a few pages' views scores those few alone.
import type { CollectionName } from '../schemas/vocabularies.ts';
import { ancestors, keyOf, perGraph, type Entry, type Graph } from './graph.ts';
import { titleOf } from './model.ts';

/** What two entries can share, and how much a shared one counts: people and organizations say more than a theme or a country. */
export const RELATED_WEIGHTS: Partial<Record<CollectionName, number>> = { people: 3, organizations: 3, themes: 1, countries: 1 };
/** Four: each is a title, its type and what it shares, and a fifth cost a long Russian page 400 bytes of its 30 KB. */
export const RELATED_LIMIT = 4;

export interface RelatedItem {
  entry: Entry;
  score: number;
  /** The shared themes, countries, organizations and people, weightiest first, then by title. */
  shared: Entry[];
}

const title = titleOf;
// Titles sort in the words' language (the graph's): an entry's lang is its graph's.
const byTitle = (a: Entry, b: Entry) => title(a).localeCompare(title(b), a.lang) || keyOf(a).localeCompare(keyOf(b));

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

/**
 * Related entries of the graph's entries, each list scored when first asked for (`of`) and kept. An inverted
 * index (feature → entries) gives an entry's candidates, and scores accumulate in a flat typed array indexed
 * by entry; only the best `limit` are kept (by score, then key), without sorting every candidate. The work
 * for an entry is the sum of the sizes of its features' lists: a theme or country shared by a tenth of the
 * catalogue makes that grow faster than the catalogue, so the inner loop does nothing but add (what two
 * entries share is worked out for the few that make the list, not for every candidate). At 10,000 entries
 * scoring all of them took 0.8 s a language.
 */
export function relatedIndexOf(graph: Graph, limit = RELATED_LIMIT): { of(entry: Pick<Entry, 'collection' | 'id'>): RelatedItem[] } {
  const entries = graph.entries;
  const indexOf = new Map(entries.map((e, i) => [e, i]));
  // Ties between candidates are broken by the entries' keys (collection/id), which a title edit leaves alone:
  // broken by title, a renamed entry moved into or out of the lists of every page it tied on (on the 10k
  // bench catalogue, 234 pages rendered again after a rename against 224 by key). The shared features, shown
  // by name, still go by title. Both are ranks computed once, rather than strings compared per candidate.
  const rankBy = (order: (a: Entry, b: Entry) => number) => {
    const rank = new Int32Array(entries.length);
    [...entries].sort(order).forEach((e, r) => { rank[indexOf.get(e)!] = r; });
    return rank;
  };
  const keyRank = rankBy((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  const titleRank = rankBy(byTitle);

  const features = entries.map((e) => featuresOf(graph, e));
  // Inverted index: a theme, country, organization or person → the entries that link to it.
  const lists = new Map<Entry, number[]>();
  features.forEach((list, i) => {
    for (const f of list) {
      const h = lists.get(f);
      if (h) h.push(i);
      else lists.set(f, [i]);
    }
  });
  const holders = new Map([...lists].map(([f, list]) => [f, Int32Array.from(list)]));
  // What the page already links to is not suggested again: its direct parent and children (breadcrumbs,
  // connections) and every entry it names or is named by (its facts and connections: a predecessor, a
  // successor, an organization it lists). Both ways, so the successor's page does not suggest this one either.
  const family: number[][] = entries.map((_, i) => [i]);
  const pair = (i: number, j: number | undefined) => {
    if (j === undefined || j === i) return;
    family[i].push(j);
    family[j].push(i);
  };
  entries.forEach((e, i) => {
    const parent = ancestors(graph, e).at(-1);
    if (parent) pair(i, indexOf.get(parent));
    for (const link of graph.outgoing(e)) {
      const target = graph.get(link.to);
      if (target) pair(i, indexOf.get(target));
    }
  });
  const sharedOrder = (a: Entry, b: Entry) => RELATED_WEIGHTS[b.collection]! - RELATED_WEIGHTS[a.collection]! || titleRank[indexOf.get(a)!] - titleRank[indexOf.get(b)!];

  const score = new Int32Array(entries.length);
  const touched = new Int32Array(entries.length);
  // excluded[j] === i + 1 while entry i is scored: j is i itself or its parent or child. A mark of its own
  // for each entry, so entries can be scored in any order without clearing it.
  const excluded = new Int32Array(entries.length);
  const better = (a: number, b: number) => score[a] > score[b] || (score[a] === score[b] && keyRank[a] < keyRank[b]);
  const scored = new Map<number, RelatedItem[]>();
  const scoreOne = (i: number): RelatedItem[] => {
    let count = 0;
    for (const f of features[i]) {
      const weight = RELATED_WEIGHTS[f.collection]!;
      for (const j of holders.get(f)!) {
        if (score[j] === 0) touched[count++] = j;
        score[j] += weight;
      }
    }
    for (const j of family[i]) excluded[j] = i + 1;
    const best: number[] = [];
    for (let t = 0; t < count; t++) {
      const j = touched[t];
      if (excluded[j] === i + 1 || (best.length === limit && !better(j, best[limit - 1]))) continue;
      let k = Math.min(best.length, limit - 1);
      best[k] = j;
      for (; k > 0 && better(best[k], best[k - 1]); k--) [best[k], best[k - 1]] = [best[k - 1], best[k]];
    }
    const own = new Set(features[i]);
    const items = best.map((j) => ({
      entry: entries[j],
      score: score[j],
      shared: features[j].filter((f) => own.has(f)).sort(sharedOrder),
    }));
    for (let t = 0; t < count; t++) score[touched[t]] = 0;
    return items;
  };
  const indexByKey = new Map(entries.map((e, i) => [keyOf(e), i]));
  return {
    of(entry) {
      const i = indexByKey.get(keyOf(entry));
      if (i === undefined) return [];
      let items = scored.get(i);
      if (!items) scored.set(i, (items = scoreOne(i)));
      return items;
    },
  };
}

/** Related entries for every entry of the graph, keyed by `collection/id`. */
export function computeRelated(graph: Graph, limit = RELATED_LIMIT): Map<string, RelatedItem[]> {
  const index = relatedIndexOf(graph, limit);
  return new Map(graph.entries.map((e) => [keyOf(e), index.of(e)]));
}

const relatedIndexByGraph = perGraph((graph: Graph) => relatedIndexOf(graph));
/** Related entries of one entry; the first call builds the graph's index, and each entry is scored once. */
export function relatedOf(graph: Graph, entry: Pick<Entry, 'collection' | 'id'>): RelatedItem[] {
  return relatedIndexByGraph(graph).of(entry);
}
