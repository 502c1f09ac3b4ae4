// Loads every collection once per build and builds the link graph once; pages look things up here.
// The content's git history is read once too (one `git log`): it gives each file's "last updated" date
// and the changelog on /data/.
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildGraph, type Graph } from '../lib/graph.ts';
import { buildChangelog, readHistory, type Changelog } from '../lib/changelog.ts';
import { lastUpdatedOf } from '../lib/git-dates.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/vocabularies.ts';

interface Catalogue {
  graph: Graph;
  entries: CollectionEntry<CollectionName>[];
  /** Last commit date per content file (`content/<collection>/<slug>.mdx`), where git knows it. */
  updated: Map<string, string>;
  changelog: Changelog;
}
let catalogue: Promise<Catalogue> | undefined;

export function loadCatalogue() {
  catalogue ??= (async () => {
    const entries = (await Promise.all(COLLECTIONS.map((c) => getCollection(c)))).flat() as CollectionEntry<CollectionName>[];
    const graph = buildGraph(entries.map((e) => ({ collection: e.collection as CollectionName, id: e.id, data: e.data as Record<string, any> })));
    const history = readHistory(process.cwd());
    const titleOf = (collection: CollectionName, id: string) => {
      const e = graph.get({ collection, id });
      return e ? String(e.data.title) : undefined;
    };
    return { graph, entries, updated: lastUpdatedOf(history), changelog: buildChangelog(history, titleOf) };
  })();
  return catalogue;
}
