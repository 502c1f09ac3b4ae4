// Loads every collection once per build and builds the link graph once; pages look things up here.
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildGraph, type Graph } from '../lib/graph.ts';
import { lastUpdated } from '../lib/git-dates.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/vocabularies.ts';

let catalogue: Promise<{ graph: Graph; entries: CollectionEntry<CollectionName>[]; updated: Map<string, string> }> | undefined;

export function loadCatalogue() {
  catalogue ??= (async () => {
    const entries = (await Promise.all(COLLECTIONS.map((c) => getCollection(c)))).flat() as CollectionEntry<CollectionName>[];
    const graph = buildGraph(entries.map((e) => ({ collection: e.collection as CollectionName, id: e.id, data: e.data as Record<string, any> })));
    return { graph, entries, updated: lastUpdated(process.cwd()) };
  })();
  return catalogue;
}
