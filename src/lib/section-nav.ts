// Where an entry sits: its family (mission → projects → subprojects), the siblings it is read among, and
// the previous/next entry in its parent's own order. One home for the sibling order, used by the section
// navigation and by previous/next alike. Computed once per build (perGraph), looked up per page.
import { ancestors, keyOf, perGraph, type Entry, type Graph } from './graph.ts';
import { datingOf } from './years.ts';
import type { CollectionName } from '../schemas/vocabularies.ts';
import { parentRefOf, titleOf } from './model.ts';

/**
 * How many siblings the navigation shows either side of the current branch. A mission with hundreds of
 * projects still gives a list of at most 2 × SECTION_WINDOW + 1 links per level, so an entry page stays
 * the same size however large the catalogue grows.
 */
export const SECTION_WINDOW = 2;

/** Collections read as a family tree; the rest are read within their collection, by title. */
const FAMILY: CollectionName[] = ['missions', 'projects', 'subprojects'];
const CHILD_ORDER: CollectionName[] = ['missions', 'projects', 'subprojects'];

const title = titleOf;
// Titles sort in the words' language (the graph's): an entry's lang is its graph's.
const byTitle = (a: Entry, b: Entry) => title(a).localeCompare(title(b), a.lang) || keyOf(a).localeCompare(keyOf(b));

/**
 * The parent's own order: subprojects by their number in the project, projects by when they started
 * (undated last), missions by title. Entries of different collections under one parent (a project's
 * nested projects beside its subprojects) keep the collections apart, subprojects last.
 */
function siblingOrder(graph: Graph): (a: Entry, b: Entry) => number {
  const startOf = new Map<Entry, string>();
  const start = (e: Entry) => {
    let s = startOf.get(e);
    if (s === undefined) startOf.set(e, (s = datingOf(graph, e)?.start ?? '\uffff'));
    return s;
  };
  return (a, b) => {
    if (a.collection !== b.collection) return CHILD_ORDER.indexOf(a.collection) - CHILD_ORDER.indexOf(b.collection);
    if (a.collection === 'subprojects') return (a.data.order ?? 0) - (b.data.order ?? 0) || byTitle(a, b);
    if (a.collection === 'projects') return start(a).localeCompare(start(b)) || byTitle(a, b);
    return byTitle(a, b);
  };
}

interface Family {
  /** Parent key → its children in the parent's order. */
  children: Map<string, Entry[]>;
  /** Top-level entries of a family collection (no parent), and every entry of the other collections. */
  roots: Map<CollectionName, Entry[]>;
  /** Each entry's place among its siblings (a lookup, not a scan per page: lists can be thousands long). */
  position: Map<Entry, number>;
}

const familyOf = perGraph((graph: Graph): Family => {
  const order = siblingOrder(graph);
  const children = new Map<string, Entry[]>();
  const roots = new Map<CollectionName, Entry[]>();
  for (const e of graph.entries) {
    const parentRef = FAMILY.includes(e.collection) ? parentRefOf(e) : undefined;
    const parent = parentRef && graph.get(parentRef);
    const list = parent ? children.get(keyOf(parent)) : roots.get(e.collection);
    if (list) list.push(e);
    else if (parent) children.set(keyOf(parent), [e]);
    else roots.set(e.collection, [e]);
  }
  for (const list of children.values()) list.sort(order);
  for (const [c, list] of roots) list.sort(FAMILY.includes(c) ? order : byTitle);
  const position = new Map<Entry, number>();
  for (const list of [...children.values(), ...roots.values()]) list.forEach((e, i) => position.set(e, i));
  return { children, roots, position };
});

/** The entries read beside this one, in order (itself included), and its parent when it has one. */
export function siblingsOf(graph: Graph, entry: Entry): { parent?: Entry; siblings: Entry[] } {
  const family = familyOf(graph);
  const parent = ancestors(graph, entry).at(-1);
  const siblings = parent ? family.children.get(keyOf(parent)) : family.roots.get(entry.collection);
  return { parent, siblings: siblings ?? [entry] };
}

/** The entries directly under this one, in its own order. */
export const childrenOf = (graph: Graph, entry: Entry): Entry[] => familyOf(graph).children.get(keyOf(entry)) ?? [];

/** Previous and next among the siblings, in the parent's order, and the parent as "up". */
export function neighboursOf(graph: Graph, entry: Entry): { previous?: Entry; next?: Entry; up?: Entry } {
  const { parent, siblings } = siblingsOf(graph, entry);
  const i = familyOf(graph).position.get(entry) ?? -1;
  return { previous: i > 0 ? siblings[i - 1] : undefined, next: i >= 0 ? siblings[i + 1] : undefined, up: parent };
}

/** One row of the section navigation: an entry, whether it is the page itself, and the rows under it. */
export interface NavNode {
  entry: Entry;
  current: boolean;
  children: NavNode[];
  /** How many siblings the bounded window leaves out before and after the rows shown. */
  hiddenBefore: number;
  hiddenAfter: number;
}

/** The rows around `focus` in `list`: at most SECTION_WINDOW either side, with the counts left out. */
function windowAround<T>(list: T[], focus: number, size = SECTION_WINDOW) {
  if (list.length <= 2 * size + 1) return { shown: list, before: 0, after: 0 };
  const from = Math.max(0, Math.min(focus - size, list.length - (2 * size + 1)));
  const to = from + 2 * size + 1;
  return { shown: list.slice(from, to), before: from, after: list.length - to };
}

export interface SectionNav {
  /** What the navigation is about: "Projects of the OSCE Programme Office in Dushanbe", or "Countries". */
  label: string;
  /** The top rows (a family's root, or a window of the collection), each with its children opened along the path. */
  rows: NavNode[];
  hiddenBefore: number;
  hiddenAfter: number;
  /** Where the whole list is: the root's page, or the collection's index. */
  allHref: string;
}

/**
 * The section navigation of an entry page. For missions, projects and subprojects: the family's root
 * mission (or project) with its children, opened down the path to this entry, each level a bounded window
 * around the path. For the other collections: a bounded window of the collection by title.
 */
export function sectionNavOf(graph: Graph, entry: Entry): Omit<SectionNav, 'label' | 'allHref'> & { root?: Entry } {
  if (!FAMILY.includes(entry.collection)) {
    const { siblings } = siblingsOf(graph, entry);
    const w = windowAround(siblings, familyOf(graph).position.get(entry) ?? 0);
    return {
      rows: w.shown.map((e) => ({ entry: e, current: e === entry, children: [], hiddenBefore: 0, hiddenAfter: 0 })),
      hiddenBefore: w.before, hiddenAfter: w.after,
    };
  }
  const path = [...ancestors(graph, entry), entry];
  const root = path[0];
  const open = (node: Entry, depth: number): NavNode => {
    const next = path[depth + 1];
    // The page's own children are listed on the page itself (its connections), so only the path is opened.
    const kids = next ? childrenOf(graph, node) : [];
    const w = windowAround(kids, next ? familyOf(graph).position.get(next) ?? 0 : 0);
    return {
      entry: node, current: node === entry,
      children: w.shown.map((k) => (k === next ? open(k, depth + 1) : { entry: k, current: false, children: [], hiddenBefore: 0, hiddenAfter: 0 })),
      hiddenBefore: w.before, hiddenAfter: w.after,
    };
  };
  return { root, rows: [open(root, 0)], hiddenBefore: 0, hiddenAfter: 0 };
}
