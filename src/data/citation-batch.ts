// Every entry's citations in one language, formatted in one batch per build: one citeproc engine for the whole
// catalogue instead of one per page (the engine's set-up dominates the cost), on a thread of its own
// (citeproc-thread.ts), asked only for what an earlier build has not formatted already (citeproc-cache.ts).
// The catalogue starts the batch as it loads (catalogue.ts), before any page is rendered; pages look their
// entry's citations up in it (citations.ts).
import { builtAt } from './build-date.ts';
import { THREAD_FORMATTER, citeprocEachInThread } from './citeproc-thread.ts';
import { cachedFormat } from './citeproc-cache.ts';
import { citationsOfAllVia, citedUpdateOf, type Citations } from '../lib/citation.ts';
import type { Graph } from '../lib/graph.ts';
import type { Lang } from '../i18n/langs.ts';

/**
 * The citations of every entry of `graph`, by citation key. A Russian entry cites its Russian title and /ru/
 * address (and GOST R 7.0.5-2008); its "last updated" is the newer of the English entry's and its
 * translation's last change (`updated`, by content file). `site` is the configured site URL, if any.
 */
export async function formatCitations(graph: Graph, updated: Map<string, string>, lang: Lang, site: string | undefined): Promise<Map<string, Citations>> {
  const siteUrl = site ? new URL(site).href : undefined;
  const inputs = graph.entries.map((entry) => ({ entry, site: siteUrl, accessed: builtAt, updated: citedUpdateOf(entry, updated, lang) }));
  const format = cachedFormat(citeprocEachInThread, { name: `apa-${lang}`, formatter: THREAD_FORMATTER });
  return new Map((await citationsOfAllVia(inputs, format)).map((c) => [c.key, c]));
}
