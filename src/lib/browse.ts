// The home page's ways in: the entities that connect the most entries, each a hub page.
import type { CollectionName } from '../schemas/vocabularies.ts';
import type { Entry, Graph } from './graph.ts';
import { connectionsOf } from './entry-view.ts';

/** Entries of `collection` by how many entries their page lists as connected (most first, then by title). */
export function mostConnected(graph: Graph, collection: CollectionName, count: number): { entry: Entry; connected: number }[] {
  return graph.list(collection)
    .map((entry) => ({ entry, connected: connectionsOf(graph, entry).reduce((n, g) => n + g.items.length, 0) }))
    .filter((x) => x.connected > 0)
    .sort((a, b) => b.connected - a.connected || String(a.entry.data.title).localeCompare(String(b.entry.data.title)))
    .slice(0, count);
}
