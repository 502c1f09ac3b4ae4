// The home page's ways in: the entities that connect the most entries, each a hub page.
import type { CollectionName } from '../schemas/vocabularies.ts';
import type { Entry, Graph } from './graph.ts';
import { hubListsFor } from './hub-lists.ts';

/** Entries of `collection` by how many entries their page lists as connected (most first, then by title). */
export function mostConnected(graph: Graph, collection: CollectionName, count: number): { entry: Entry; connected: number }[] {
  return graph.list(collection)
    // The counts the hub pages show in their headings, computed once per build (hub-lists.ts).
    .map((entry) => ({ entry, connected: hubListsFor(graph, entry).connections.reduce((n, l) => n + l.count, 0) }))
    .filter((x) => x.connected > 0)
    .sort((a, b) => b.connected - a.connected || String(a.entry.data.title).localeCompare(String(b.entry.data.title)))
    .slice(0, count);
}
