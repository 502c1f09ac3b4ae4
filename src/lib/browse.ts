// The home page's ways in: the entities that connect the most entries, each a hub page; and what every
// browsing page (home, indexes, timeline, years, map, statistics) words the same way in each language.
import type { CollectionName } from '../schemas/vocabularies.ts';
import { type Entry, type Graph } from './graph.ts';
import { connectedCountOf } from './entry-view.ts';
import { t } from '../i18n/index.ts';
import { countOf, type PluralForms } from '../i18n/format.ts';
import type { Lang } from '../i18n/langs.ts';
import { titleOf } from './model.ts';

/** Entries of `collection` by how many entries their page lists as connected (most first, then by title). */
export function mostConnected(graph: Graph, collection: CollectionName, count: number): { entry: Entry; connected: number }[] {
  return graph.list(collection)
    // The counts the hub pages show in their headings (hub-lists.ts counts the same groups), without the lists
    // themselves: a rebuild renders this page every time, and sorting the lists of a hub linked from thousands
    // of entries took most of its time.
    .map((entry) => ({ entry, connected: connectedCountOf(graph, entry) }))
    .filter((x) => x.connected > 0)
    .sort((a, b) => b.connected - a.connected || titleOf(a.entry).localeCompare(titleOf(b.entry), graph.lang))
    .slice(0, count);
}

/** The word forms a count of one collection's entries takes: "3 missions", "3 миссии". */
export function collectionForms(lang: Lang, collection: CollectionName): PluralForms {
  const { counts } = t(lang);
  const own = t(lang).browse.counts;
  const table: Record<CollectionName, PluralForms> = {
    missions: own.missions, projects: counts.projects, subprojects: counts.subprojects, organizations: own.organizations,
    people: own.people, countries: own.countries, themes: own.themes, sources: counts.sources,
  };
  return table[collection];
}

/** "3 missions", "3 миссии". */
export const countOfCollection = (lang: Lang, n: number, collection: CollectionName) => countOf(lang, n, collectionForms(lang, collection));

/** "A, B and C", in the language. */
export const joinAnd = (items: string[], lang: Lang) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')}${t(lang).browse.and}${items.at(-1)}`;
