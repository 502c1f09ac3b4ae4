// Indexes the built pages with Pagefind once the build is done (post-build.ts), so `npm run build` is
// one step. Only elements marked data-pagefind-body are indexed (entry content, not navigation chrome).
import type { AstroIntegrationLogger } from 'astro';
import path from 'node:path';
import fs from 'node:fs';
import * as pagefind from 'pagefind';
import v8 from 'node:v8';
import vm from 'node:vm';
import { pagefindInitFiles, withSearchPreloads, type PagefindEntry } from '../lib/search-preload.ts';
import { COLLECTIONS } from '../schemas/vocabularies.ts';

/**
 * Only entry pages carry data-pagefind-body, so only they are read: the overview pages (timeline, map,
 * statistics, quality, collection indexes) grow with the catalogue and would be parsed for nothing.
 */
export const ENTRY_PAGES_GLOB = `{${COLLECTIONS.join(',')}}/*/index.html`;

/** Indexes the built site in `site` (a directory) and points the search page at the index's first files. */
export async function indexForSearch(site: string, logger: AstroIntegrationLogger) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const adding = index.addDirectory({ path: site, glob: ENTRY_PAGES_GLOB });
  // While Pagefind reads the pages in its own process, this one has little to do but wait.
  await new Promise((resolve) => setImmediate(resolve));
  releaseMemory(logger);
  const added = await adding;
  if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  logger.info(`Pagefind indexed ${added.page_count} pages.`);
  await pagefind.close();
  addSearchPreloads(site);
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

/** Smaller builds (1,000 entries: about 1.5 GB) are far from the 8 GB budget; collecting would only cost time. */
const RELEASE_ABOVE_BYTES = 2 * 2 ** 30;

/**
 * Pagefind indexes in a process of its own (about 2.6 GB at 10,000 entries) while this one waits. The
 * build's garbage from rendering pages (2 GB at that size) would otherwise stay resident beside it, and the
 * two peaks stack: a memory-reducing collection ('last-resort': it compacts and hands free pages back to
 * the system, which a plain gc() does not) brings them under 7 GB. It runs while Pagefind reads the
 * pages, on the other core; small builds skip it (it costs about 0.5 s at 1,000 entries, for nothing).
 * Node offers gc() only behind a flag, which V8 lets a running process set for itself.
 */
function releaseMemory(logger: AstroIntegrationLogger) {
  const before = process.memoryUsage.rss();
  if (before < RELEASE_ABOVE_BYTES) return;
  const started = performance.now();
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as (options: object) => void)({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  logger.debug(`memory while Pagefind indexes: ${mb(before)} → ${mb(process.memoryUsage.rss())} MB after a full collection (${Math.round(performance.now() - started)} ms)`);
}

/** Lets the search page fetch Pagefind's metadata and WebAssembly with the page (see search-preload.ts). */
function addSearchPreloads(site: string) {
  const entry = JSON.parse(fs.readFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const page = path.join(site, 'search', 'index.html');
  fs.writeFileSync(page, withSearchPreloads(fs.readFileSync(page, 'utf8'), pagefindInitFiles(entry)));
}
