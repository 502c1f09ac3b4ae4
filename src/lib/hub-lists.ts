// The lists on an entry page that grow with the catalogue: a hub's connected entries (a country's projects,
// a theme's subprojects, a mission's projects, a person's projects…) and a source's "cited by" list. An entry
// page shows at most HUB_LIST_CAP of each, with the full count in the heading and a link to the full list,
// which has pages of its own (/<collection>/<slug>/<related>/, then …/2/, …/3/), HUB_LIST_PAGE_SIZE items each.
// Computed once per build for every entry (cached per graph), looked up per page.
import type { PaginateFunction } from 'astro';
import { keyOf, perGraph, type Entry, type Graph } from './graph.ts';
import { citingEntriesOf, connectedGroupsOf, hrefOf, inOwnOrder, linkItem, type Connected, type LinkItem } from './entry-view.ts';
import { datingOf, YEAR_COLLECTIONS } from './years.ts';
import { LIST_PAGE_SIZE, pagedTitle } from './paging.ts';
import { oneLine, SUMMARIZED_LISTS } from './summaries.ts';
import type { CollectionName } from '../schemas/vocabularies.ts';
import { t } from '../i18n/index.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/langs.ts';
import { titleOf } from './model.ts';

/**
 * Most items an entry page shows in one list. Without a cap a hub page grows with the catalogue (at 1,000
 * synthetic entries a source page was 69 KB, at 10,000 several hundred); twelve links keep every entry page
 * well inside its 30 KB budget whatever the number of entries, and still show a small hub whole.
 */
export const HUB_LIST_CAP = 12;
/** Items per page of a full list: each list page stays bounded too (about 100 short rows, some 30 KB). */
export const HUB_LIST_PAGE_SIZE = LIST_PAGE_SIZE;
/** The URL segment of a source's "cited by" list (the other lists use the linking collection's name). */
export const CITED_BY = 'cited-by';

/**
 * The hubs (README, "Hubs"): their entry pages show the main records they list (missions and projects) each
 * with a one-line summary, a reader's way to choose among a country's or a theme's dozens of projects without
 * opening each. Other entry pages list their parts or their neighbours, which the page's own text introduces.
 */
export const HUB_COLLECTIONS: readonly CollectionName[] = ['missions', 'countries', 'themes', 'organizations', 'people'];
/**
 * Most items a list with summaries shows on the entry page: an item with its summary costs about twice the
 * bytes of one without (some 520 bytes in Russian), and with twelve such items the largest hubs of a
 * 10,000-entry catalogue reached 31.9 KB (the Civic Solidarity Platform's Russian page, 204 projects).
 * Eight keep the list's bytes near those of twelve bare items, whatever the catalogue.
 */
export const SUMMARIZED_LIST_CAP = 8;

/** True when a list of `hub`'s page shows its items' summaries (`slug`: the linking collection, or "cited-by"). */
export const isSummarized = (hub: Pick<Entry, 'collection'>, slug: string) =>
  HUB_COLLECTIONS.includes(hub.collection) && (SUMMARIZED_LISTS as string[]).includes(slug);

/** One row of a full list page: the link, its kind, its dates and its one-line summary. */
export interface HubListItem extends LinkItem { kind: string; when?: string; summary?: string }

export interface HubList {
  /** URL segment of the full list: the linking collection ("projects"), or "cited-by". */
  slug: string;
  /** Id of the list's heading on the entry page. */
  headingId: string;
  /** The heading on the entry page: "Projects", "Entries drawn from this source". */
  heading: string;
  /** What the full list is called on its own pages: "Projects linked to Kazakhstan". */
  title: string;
  /** How the list is ordered, in words: "most recent first". */
  order: string;
  /** Every entry in the list. */
  count: number;
  /**
   * What the entry page shows: the first `cap` entries in list order (all of them when there are few), with
   * their kind and dates, and on a hub's page their summaries cut to one line (and then at most
   * SUMMARIZED_LIST_CAP of them).
   */
  shown: (LinkItem & { kind?: string; when?: string; summary?: string })[];
  /** Only when the list is capped: the link to the full list, and every item for its pages. */
  more?: { href: string; text: string; items: HubListItem[] };
}

export interface HubLists { connections: HubList[]; citedBy?: HubList }

function orderOf(lang: Lang, hub: Entry, collection?: CollectionName): string {
  const words = t(lang).entry;
  if (collection && inOwnOrder(hub, collection)) return words.orderOwn;
  if (!collection) return words.orderMixed;
  return YEAR_COLLECTIONS.includes(collection) ? words.orderRecent : words.orderTitle;
}

/** An entry's kind in the page's language ("Conference", "Government body"), when it has one. */
function kindWords(graph: Graph, entry: Entry): string | undefined {
  return entry.data.kind && (t(graph.lang).vocab.kinds as Record<string, string>)[entry.data.kind];
}

/** The kind where it says more than the collection's name: a project of kind "project" has none. */
function kindOf(graph: Graph, entry: Entry): string | undefined {
  const kind = kindWords(graph, entry);
  return kind !== t(graph.lang).collections[entry.collection].singular ? kind : undefined;
}

/** A full-list row: the kind (or, in a list of mixed collections, the collection and kind) and the dates. */
function rowOf(graph: Graph, { entry, note, noteLang }: Connected, mixed: boolean): HubListItem {
  const words = t(graph.lang);
  const kind = kindWords(graph, entry);
  const type = words.collections[entry.collection].singular;
  const dating = datingOf(graph, entry);
  return {
    ...linkItem({ entry, note: mixed ? undefined : note, noteLang: mixed ? undefined : noteLang }),
    kind: mixed && kind && kind !== type ? `${type}: ${kind}` : kind ?? type,
    when: dating && (dating.inherited ? words.entry.withProjectsDates(dating.when) : dating.when),
    ...(entry.data.summary ? { summary: String(entry.data.summary) } : {}),
  };
}

function listOf(graph: Graph, hub: Entry, entries: Connected[], listCap: number, o: { slug: string; headingId: string; heading: string; title: string; allText: string; order: string; mixed: boolean }): HubList {
  const summarized = isSummarized(hub, o.slug);
  const cap = summarized ? Math.min(listCap, SUMMARIZED_LIST_CAP) : listCap;
  const capped = entries.length > cap;
  // An item's dates are left out where they are the page's own (a project's subprojects running all of it):
  // the page states them at its top, and repeating them on every line only lengthened it.
  const own = datingOf(graph, hub)?.when;
  const whenOf = (e: Entry) => {
    const when = datingOf(graph, e)?.when;
    return when === own ? undefined : when;
  };
  return {
    slug: o.slug, headingId: o.headingId, heading: o.heading, title: o.title, order: o.order,
    count: entries.length,
    shown: entries.slice(0, cap).map((c) => ({
      ...linkItem(c), kind: kindOf(graph, c.entry), when: whenOf(c.entry),
      ...(summarized && c.entry.data.summary ? { summary: oneLine(String(c.entry.data.summary)) } : {}),
    })),
    ...(capped ? {
      more: {
        href: `${hrefOf(hub)}${o.slug}/`,
        text: o.allText,
        items: entries.map((c) => rowOf(graph, c, o.mixed)),
      },
    } : {}),
  };
}

/** The capped lists of one entry page: its connection groups and, for a source, the entries citing it. */
export function hubListsOf(graph: Graph, hub: Entry, cap = HUB_LIST_CAP): HubLists {
  if (!(cap >= 1)) throw new Error(`the cap on entry-page lists must be at least 1 — got ${cap}`);
  const name = titleOf(hub);
  const words = t(graph.lang).entry;
  const connections = connectedGroupsOf(graph, hub).map(({ collection, heading, entries }) => listOf(graph, hub, entries, cap, {
    slug: collection, headingId: `connected-${collection}`, heading,
    title: words.linkedTo(heading, name), allText: words.allLinked(entries.length, collection, heading, name),
    order: orderOf(graph.lang, hub, collection), mixed: false,
  }));
  const citing = hub.collection === 'sources' ? citingEntriesOf(graph, hub) : [];
  const citedBy = citing.length ? listOf(graph, hub, citing, cap, {
    slug: CITED_BY, headingId: CITED_BY, heading: words.citedByHeading,
    title: words.citedByTitle(name), allText: words.allCitedBy(citing.length, name),
    order: orderOf(graph.lang, hub), mixed: true,
  }) : undefined;
  return { connections, ...(citedBy ? { citedBy } : {}) };
}

const byCapOf = perGraph((): Map<number, Map<string, HubLists>> => new Map());

/**
 * One entry page's lists: worked out the first time they are asked for, per graph and cap, and kept (a
 * rebuild that builds a few pages' views works out those few: src/data/entry-page-keys.ts).
 */
export function hubListsFor(graph: Graph, hub: Pick<Entry, 'collection' | 'id'>, cap = HUB_LIST_CAP): HubLists {
  const byCap = byCapOf(graph);
  let kept = byCap.get(cap);
  if (!kept) byCap.set(cap, (kept = new Map()));
  const key = keyOf(hub);
  let lists = kept.get(key);
  if (!lists) {
    const node = graph.get(hub);
    kept.set(key, (lists = node ? hubListsOf(graph, node, cap) : { connections: [] }));
  }
  return lists;
}

/** Every list an entry page caps, with its hub: these, and only these, get full list pages. */
export function cappedLists(graph: Graph, cap = HUB_LIST_CAP): { hub: Entry; list: HubList }[] {
  return graph.entries.flatMap((hub) => {
    const { connections, citedBy } = hubListsFor(graph, hub, cap);
    return [...connections, ...(citedBy ? [citedBy] : [])].filter((list) => list.more).map((list) => ({ hub, list }));
  });
}

/** What a full list page needs besides its page of items. */
export type HubListPageProps = {
  hub: { title: string; href: string; collection: CollectionName; label: string };
  list: Omit<HubList, 'more' | 'shown'> & { href: string };
};

/**
 * The static paths of every full list page: Astro's `paginate` over each capped list, with
 * `{ collection, slug, related }` as params (for src/pages/[collection]/[slug]/[related]/[...page].astro).
 */
export function hubListPaths(graph: Graph, paginate: PaginateFunction, { cap = HUB_LIST_CAP, pageSize = HUB_LIST_PAGE_SIZE } = {}) {
  return cappedLists(graph, cap).flatMap(({ hub, list }) => {
    const { more, shown: _shown, ...rest } = list;
    const props: HubListPageProps = {
      hub: { title: titleOf(hub), href: hrefOf(hub), collection: hub.collection, label: t(graph.lang).collections[hub.collection].singular },
      list: { ...rest, href: more!.href },
    };
    return paginate(more!.items, { pageSize, params: { collection: hub.collection, slug: hub.id, related: list.slug }, props });
  });
}

/** The title and description of one page of a full list. */
export function listPageHead(list: Pick<HubList, 'title' | 'count' | 'order'>, page: { currentPage: number; lastPage: number; start: number; end: number }, lang: Lang = DEFAULT_LANG) {
  const paged = page.lastPage > 1;
  return {
    title: pagedTitle(list.title, page, undefined, lang),
    description: t(lang).entry.listDescription(list.title, list.count, list.order, paged ? `${page.start + 1}–${page.end + 1}` : undefined),
  };
}
