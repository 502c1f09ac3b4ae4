// Citations of every entry, formatted once per build in one batch and looked up by each page: one
// citeproc engine for the whole catalogue instead of one per page (engine set-up dominates the cost), and
// that engine on a thread of its own (citeproc-thread.ts), started as soon as the entry pages are listed.
import { loadCatalogue } from './catalogue.ts';
import { builtAt } from './build-date.ts';
import { citeprocEachInThread } from './citeproc-thread.ts';
import { citationKeyOf, citationsOfAllVia, type Citations, type CitableEntry } from '../lib/citation.ts';

const bySite = new Map<string, Promise<Map<string, Citations>>>();

/** Starts formatting every entry's citations for this site (once); the pages' lookups wait for it. */
export function startCitations(site: string | URL | undefined): Promise<Map<string, Citations>> {
  const key = site ? new URL(String(site)).href : '';
  let all = bySite.get(key);
  if (!all) {
    all = loadCatalogue().then(async ({ graph, updated }) => {
      const inputs = graph.entries.map((entry) => ({
        entry, site: key || undefined, accessed: builtAt, updated: updated.get(`content/${entry.collection}/${entry.id}.mdx`),
      }));
      return new Map((await citationsOfAllVia(inputs, citeprocEachInThread)).map((c) => [c.key, c]));
    });
    bySite.set(key, all);
  }
  return all;
}

/** The citations of one entry of the catalogue. */
export async function citationFor(entry: Pick<CitableEntry, 'collection' | 'id'>, site: string | URL | undefined): Promise<Citations> {
  const found = (await startCitations(site)).get(citationKeyOf(entry));
  if (!found) throw new Error(`no citation for ${entry.collection}/${entry.id}: it is not in the catalogue`);
  return found;
}
