// Citations of every entry, formatted once per build in one batch and looked up by each page: one
// citeproc engine for the whole catalogue instead of one per page (engine set-up dominates the cost).
import { loadCatalogue } from './catalogue.ts';
import { builtAt } from './build-date.ts';
import { citationKeyOf, citationsOfAll, type Citations, type CitableEntry } from '../lib/citation.ts';

const bySite = new Map<string, Promise<Map<string, Citations>>>();

function allCitations(site: string) {
  let all = bySite.get(site);
  if (!all) {
    all = loadCatalogue().then(({ graph, updated }) => {
      const inputs = graph.entries.map((entry) => ({
        entry, site, accessed: builtAt, updated: updated.get(`content/${entry.collection}/${entry.id}.mdx`),
      }));
      return new Map(citationsOfAll(inputs).map((c) => [c.key, c]));
    });
    bySite.set(site, all);
  }
  return all;
}

/** The citations of one entry of the catalogue. */
export async function citationFor(entry: Pick<CitableEntry, 'collection' | 'id'>, site: string | URL): Promise<Citations> {
  const found = (await allCitations(String(site))).get(citationKeyOf(entry));
  if (!found) throw new Error(`no citation for ${entry.collection}/${entry.id}: it is not in the catalogue`);
  return found;
}
