// The links between entries, computed once per build and looked up by every page.
import type { CollectionName } from '../schemas/vocabularies.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/langs.ts';
import { findReferences, type Reference } from './references.ts';

/** How far a page's text is in its language: its own translation, one behind the English, or none yet. */
export type TranslationState = 'original' | 'current' | 'behind' | 'missing';

export interface Entry {
  collection: CollectionName;
  id: string;
  data: Record<string, any>;
  /** The language of the graph the entry is in, and so of its page (its words are English when `translation` is 'missing'). */
  lang?: Lang;
  /** In another language's graph: whether the words are a translation, an outdated one, or the English. */
  translation?: TranslationState;
}

/** One link from an entry to another: `field` is the frontmatter path without indexes, e.g. `organizations.organization`. */
export interface Link {
  from: Entry;
  to: Reference;
  field: string;
  /** The role stated beside the reference (organization role, person role, position title), if any. */
  role?: string;
  note?: string;
  /** Why the link is an inference, when the sources imply it without stating it (the item's or the field's `inferred`). */
  inferred?: string;
}

export interface Graph {
  /** The language of the graph's words: an entry's title, summary and list words are in it where translated. */
  lang: Lang;
  entries: Entry[];
  get(ref: Reference): Entry | undefined;
  /** Links pointing at an entry. */
  incoming(ref: Reference): Link[];
  /** Links leaving an entry. */
  outgoing(ref: Reference): Link[];
  /** Entries of a collection, by title. */
  list(collection: CollectionName): Entry[];
}

export const keyOf = (r: Reference) => `${r.collection}/${r.id}`;

export function buildGraph(entries: Entry[], lang: Lang = DEFAULT_LANG): Graph {
  const byKey = new Map(entries.map((e) => [keyOf(e), e]));
  const incoming = new Map<string, Link[]>();
  const outgoing = new Map<string, Link[]>();
  for (const from of entries) {
    for (const { path, ref } of findReferences(from.data)) {
      const field = path.filter((k) => typeof k === 'string').join('.');
      // The object holding the reference may carry its role: { organization, role, note }.
      const holder = path.slice(0, -1).reduce<any>((v, k) => v?.[k as string], from.data);
      const role = typeof holder?.role === 'string' ? holder.role : typeof holder?.title === 'string' && holder !== from.data ? holder.title : undefined;
      const inItem = holder !== from.data;
      const inferred = (inItem && typeof holder?.inferred === 'string' ? holder.inferred : undefined) ?? from.data.inferred?.[field.split('.')[0]];
      const link: Link = { from, to: ref, field, role, note: inItem ? holder?.note : undefined, ...(inferred ? { inferred } : {}) };
      const list = outgoing.get(keyOf(from)) ?? [];
      list.push(link);
      outgoing.set(keyOf(from), list);
      const back = incoming.get(keyOf(ref)) ?? [];
      back.push(link);
      incoming.set(keyOf(ref), back);
    }
  }
  const collator = new Intl.Collator(lang);
  const byTitle = (a: Entry, b: Entry) => collator.compare(String(a.data.title), String(b.data.title));
  const lists = new Map<CollectionName, Entry[]>();
  for (const e of entries) {
    const list = lists.get(e.collection);
    if (list) list.push(e);
    else lists.set(e.collection, [e]);
  }
  for (const l of lists.values()) l.sort(byTitle);
  return {
    lang,
    entries,
    get: (r) => byKey.get(keyOf(r)),
    incoming: (r) => incoming.get(keyOf(r)) ?? [],
    outgoing: (r) => outgoing.get(keyOf(r)) ?? [],
    list: (c) => lists.get(c) ?? [],
  };
}

/**
 * `compute` run once per graph and remembered: what is derived from the whole catalogue (related entries,
 * hub lists, timeline items, year hubs) is computed once per build, and each page looks its part up.
 */
export function perGraph<T>(compute: (graph: Graph) => T): (graph: Graph) => T {
  const cache = new WeakMap<Graph, T>();
  return (graph) => {
    if (!cache.has(graph)) cache.set(graph, compute(graph));
    return cache.get(graph)!;
  };
}

/**
 * The reference to an entry's parent in the family tree: a subproject's project, a project's parent
 * project (`partOf`) or else its mission, a mission's or organization's `parent`. The one rule for what
 * sits above what (breadcrumbs, section navigation, previous/next).
 */
export function parentRefOf(entry: Entry): Reference | undefined {
  const d: Record<string, any> = entry.data;
  switch (entry.collection) {
    case 'subprojects': return d.project;
    case 'projects': return d.partOf ?? d.mission;
    case 'missions': case 'organizations': return d.parent;
    default: return undefined;
  }
}

/** The chain of parents above an entry: subproject → project → (partOf project) → mission. */
export function ancestors(graph: Graph, entry: Entry): Entry[] {
  const chain: Entry[] = [];
  const seen = new Set([keyOf(entry)]);
  let current: Entry | undefined = entry;
  while (current) {
    const parentRef = parentRefOf(current);
    current = parentRef && !seen.has(keyOf(parentRef)) ? graph.get(parentRef) : undefined;
    if (current) {
      seen.add(keyOf(current));
      chain.unshift(current);
    }
  }
  return chain;
}
