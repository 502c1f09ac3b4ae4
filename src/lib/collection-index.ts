// The index of one collection (/<collection>/): every entry with its kind and summary, in title order,
// LIST_PAGE_SIZE to a page (/projects/, then /projects/2/, /projects/3/ …), so no page grows with the catalogue.
// A collection that fits on one page has that page alone, with no pager.
import type { PaginateFunction } from 'astro';
import type { Graph } from './graph.ts';
import { hrefOf, titleOf } from './entry-view.ts';
import { COLLECTION_LABELS, KIND_LABELS } from './labels.ts';
import { LIST_PAGE_SIZE } from './paging.ts';
import { filteredSearchUrl } from './search-state.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/vocabularies.ts';

/** One row of a collection index. */
export interface IndexRow { text: string; href: string; kind?: string; summary: string }

/** The search page narrowed to one collection: /search/?type=Project. */
export const searchUrlOf = (collection: CollectionName) => filteredSearchUrl({ type: [COLLECTION_LABELS[collection].singular] });

/** The rows of one collection's index, in the graph's order (by title). */
export const indexRowsOf = (graph: Graph, collection: CollectionName): IndexRow[] =>
  graph.list(collection).map((e) => ({
    text: titleOf(e), href: hrefOf(e), summary: String(e.data.summary ?? ''),
    ...(e.data.kind ? { kind: KIND_LABELS[e.data.kind] } : {}),
  }));

/** The static paths of every collection index page (src/pages/[collection]/[...page].astro). */
export function collectionIndexPaths(graph: Graph, paginate: PaginateFunction, pageSize = LIST_PAGE_SIZE) {
  return COLLECTIONS.flatMap((collection) => paginate(indexRowsOf(graph, collection), { pageSize, params: { collection } }));
}
