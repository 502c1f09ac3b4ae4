// The links between entries, computed once per build and looked up by every page.
import type { EntryData } from '../schemas/collections.ts';
import type { CollectionName } from '../schemas/vocabularies.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/langs.ts';
import { findReferences, type Reference } from './references.ts';
import { parentRefOf, titleOf } from './model.ts';


/** How far a page's text is in its language: its own translation, one behind the English, or none yet. */
export type TranslationState = 'original' | 'current' | 'behind' | 'missing';

type KeysOfUnion<T> = T extends unknown ? keyof T : never;
/** Every field any collection has. */
type AnyField = KeysOfUnion<EntryData<CollectionName>>;

/**
 * An entry's data: its collection's schema output (zod-inferred, defaults filled in), with every field only
 * other collections have declared absent. The schemas are strict objects, so that is true of the data, and it
 * lets code that serves every collection read `e.data.start` on any entry (a string on a project, undefined
 * on a country) while `e.collection === 'projects'` narrows `e.data` to a project's own.
 */
export type DataOf<C extends CollectionName> = EntryData<C> & { readonly [K in Exclude<AnyField, keyof EntryData<C>>]?: undefined };

interface EntryOf<C extends CollectionName> {
  collection: C;
  id: string;
  data: DataOf<C>;
  /** The language of the graph the entry is in, and so of its page (its words are English when `translation` is 'missing'). */
  lang?: Lang;
  /** In another language's graph: whether the words are a translation, an outdated one, or the English. */
  translation?: TranslationState;
}

/**
 * An entry of collection C (any collection by default: a union discriminated by `collection`, so
 * `if (e.collection === 'projects') e.data.status` is a project's status).
 */
export type Entry<C extends CollectionName = CollectionName> = { [K in C]: EntryOf<K> }[C];

/**
 * The one boundary where an entry's data is taken as arbitrary frontmatter: code that walks whatever fields an
 * entry has (references, the JSON and CSV exports, digests) reads it as values of unknown type and narrows them.
 */
export const frontmatterOf = (e: Entry): Readonly<Record<string, unknown>> => e.data;

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
  get<C extends CollectionName>(ref: Reference<C>): Entry<C> | undefined;
  /** Links pointing at an entry. */
  incoming(ref: Reference): Link[];
  /** Links leaving an entry. */
  outgoing(ref: Reference): Link[];
  /** Entries of a collection, by title. */
  list<C extends CollectionName>(collection: C): Entry<C>[];
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
      const data = frontmatterOf(from);
      const holder = path.slice(0, -1).reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);
      const item = holder && typeof holder === 'object' ? (holder as Record<string, unknown>) : {};
      const inItem = holder !== data;
      const role = typeof item.role === 'string' ? item.role : typeof item.title === 'string' && inItem ? item.title : undefined;
      const inferred = (inItem && typeof item.inferred === 'string' ? item.inferred : undefined) ?? from.data.inferred?.[field.split('.')[0]];
      const note = inItem && typeof item.note === 'string' ? item.note : undefined;
      const link: Link = { from, to: ref, field, role, note, ...(inferred ? { inferred } : {}) };
      const list = outgoing.get(keyOf(from)) ?? [];
      list.push(link);
      outgoing.set(keyOf(from), list);
      const back = incoming.get(keyOf(ref)) ?? [];
      back.push(link);
      incoming.set(keyOf(ref), back);
    }
  }
  const collator = new Intl.Collator(lang);
  const byTitle = (a: Entry, b: Entry) => collator.compare(titleOf(a), titleOf(b));
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
    // Keyed by "<collection>/<id>", so what is found under a reference is of the reference's collection.
    get: <C extends CollectionName>(r: Reference<C>) => byKey.get(keyOf(r)) as Entry<C> | undefined,
    incoming: (r) => incoming.get(keyOf(r)) ?? [],
    outgoing: (r) => outgoing.get(keyOf(r)) ?? [],
    list: <C extends CollectionName>(c: C) => (lists.get(c) ?? []) as Entry<C>[],
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
