// The build's last step, once every page is written: the per-entry JSON files and each entry's citation
// files, side by side, each written only if it changed; then what an earlier build left in dist/ and this
// one did not make is removed (stale-output.ts). The search index is `npm run build`'s next step, in a process of its own
// (scripts/index-search.ts), which reads the pages as this step leaves them.
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeEntryJson } from './entry-json.ts';
import { writeCitationFiles } from './citation-files.ts';
import { pagesOfManifest, removeStaleOutput } from './stale-output.ts';
import { isSearchIndexOutput } from '../lib/search-preload.ts';

/**
 * How much earlier than the build's start a file's time may read and still count as this build's: file
 * times come from a coarser clock than Date.now(). A previous build ends seconds before the next begins.
 */
const CLOCK_SLACK_MS = 1000;

export default function postBuild(): AstroIntegration {
  let root = process.cwd();
  let cacheDir = '';
  let started = 0;
  return {
    name: 'civic-atlas:post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const since = started - CLOCK_SLACK_MS;
        const pages = pagesOfManifest(cacheDir);
        // What the per-entry files' writer wrote, kept so that a rebuild need not read them back (write-files.ts).
        const records = path.join(cacheDir, 'civic-atlas-written');
        const unchanged = await Promise.all([
          writeEntryJson(site, root, logger.fork('civic-atlas:entry-json'), records), writeCitationFiles(site, logger.fork('civic-atlas:citation-files'), records),
        ]);
        // Files that already held what this build would write were left alone (writeFiles): older than the
        // build, they are kept by name.
        for (const file of unchanged.flat()) pages.add(file.split(path.sep).join('/'));
        // Once everything this build writes is written: the files it rewrites are then new, not stale.
        // Not the search index and its vocabularies: `npm run build`'s next step writes them whole
        // (scripts/index-search.ts), and removing the previous index here first (20,000 files at 10,000
        // entries) took 7 s of a rebuild.
        const stale = removeStaleOutput(site, since, pages, (file) => !isSearchIndexOutput(file));
        if (stale.length) logger.fork('civic-atlas:stale-output').info(`removed ${stale.length} files an earlier build left (${stale.slice(0, 3).join(', ')}${stale.length > 3 ? ' …' : ''}).`);
      },
    },
  };
}
