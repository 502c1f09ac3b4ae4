// Citations of every entry, formatted once per build in one batch and looked up by each page: one
// citeproc engine for the whole catalogue instead of one per page (engine set-up dominates the cost), and
// that engine on a thread of its own (citeproc-thread.ts), started as soon as the entry pages are listed, and
// asked only for what an earlier build has not formatted already (citeproc-cache.ts).
import { loadCatalogue } from './catalogue.ts';
import { builtAt } from './build-date.ts';
import { THREAD_FORMATTER, citeprocEachInThread } from './citeproc-thread.ts';
import { cachedFormat } from './citeproc-cache.ts';
import { citationKeyOf, citationsOfAllVia, citedUpdateOf, type Citations, type CitableEntry } from '../lib/citation.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/langs.ts';

const bySite = new Map<string, Promise<Map<string, Citations>>>();

/**
 * Starts formatting every entry's citations for this site and language (once); the pages' lookups wait for
 * it. A Russian page cites its Russian title and /ru/ address (and GOST R 7.0.5-2008); its "last updated"
 * is the newer of the English entry's and its translation's last change.
 */
export function startCitations(site: string | URL | undefined, lang: Lang = DEFAULT_LANG): Promise<Map<string, Citations>> {
  const siteKey = site ? new URL(String(site)).href : '';
  const key = `${lang} ${siteKey}`;
  let all = bySite.get(key);
  if (!all) {
    all = loadCatalogue(lang).then(async ({ graph, updated }) => {
      const inputs = graph.entries.map((entry) => ({ entry, site: siteKey || undefined, accessed: builtAt, updated: citedUpdateOf(entry, updated, lang) }));
      const format = cachedFormat(citeprocEachInThread, { name: `apa-${lang}`, formatter: THREAD_FORMATTER });
      return new Map((await citationsOfAllVia(inputs, format)).map((c) => [c.key, c]));
    });
    bySite.set(key, all);
  }
  return all;
}

/** The citations of one entry of the catalogue, in a language. */
export async function citationFor(entry: Pick<CitableEntry, 'collection' | 'id'>, site: string | URL | undefined, lang: Lang = DEFAULT_LANG): Promise<Citations> {
  const found = (await startCitations(site, lang)).get(citationKeyOf(entry));
  if (!found) throw new Error(`no citation for ${entry.collection}/${entry.id}: it is not in the catalogue`);
  return found;
}
