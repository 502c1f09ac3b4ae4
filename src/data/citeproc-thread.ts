// citeproc's part of the build's citations (see prototypePlan in src/lib/citation.ts), on a thread of its own.
// Setting up citeproc's APA engine takes about 0.6 s of one core: the style is large and is compiled
// before the first item is formatted. On the page-rendering thread that stalled the first entry page; here
// it runs on another core while the build renders the overview pages, which come first.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { APA_FORMAT_OPTIONS, apaStyleXml, unwrapEntry, type CslItem } from '../lib/citation.ts';
import { formatterDigest } from './citeproc-cache.ts';

// CommonJS the thread runs: citation-js with our APA style, one bibliography per item (as citeprocEach).
const THREAD_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { plugins } = require(workerData.core);
require(workerData.csl);
plugins.config.get('@csl').styles.add(workerData.options.template, workerData.style);
parentPort.postMessage(workerData.items.map((item) => plugins.output.format('bibliography', [item], workerData.options)[0]));
`;

/** What the thread's output depends on besides each item (the name of its citeproc-cache.ts file). */
export const THREAD_FORMATTER = formatterDigest([THREAD_SOURCE, apaStyleXml(), APA_FORMAT_OPTIONS, unwrapEntry.toString()]);

/** citeprocEach, on another thread: each item's APA HTML, keyed by id. */
export function citeprocEachInThread(items: CslItem[]): Promise<Map<string, string>> {
  if (items.length === 0) return Promise.resolve(new Map());
  // The packages are resolved here and handed over by path: a thread started from source text resolves
  // bare names from the working directory, not from this module.
  const resolvePackage = createRequire(import.meta.url).resolve;
  const worker = new Worker(THREAD_SOURCE, {
    eval: true,
    workerData: {
      core: resolvePackage('@citation-js/core'), csl: resolvePackage('@citation-js/plugin-csl'),
      style: apaStyleXml(), options: APA_FORMAT_OPTIONS, items,
    },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (entries: [string, string][]) => resolve(new Map(entries.map(([id, entry]) => [id, unwrapEntry(entry)]))));
    worker.once('error', reject);
    // After the message the promise is settled and this changes nothing; before it, the thread died.
    worker.once('exit', (code) => reject(new Error(`the citation thread stopped (exit code ${code}) before formatting its ${items.length} items`)));
  });
}
