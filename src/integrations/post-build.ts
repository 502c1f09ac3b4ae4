// The build's last step, once every page is written: the search index and the per-entry JSON files, side
// by side, and each entry's citation files. Pagefind indexes in a process of its own, so this one writes the JSON files meanwhile instead
// of one step waiting for the other.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeEntryJson } from './entry-json.ts';
import { indexForSearch } from './pagefind.ts';
import { writeCitationFiles } from './citation-files.ts';

export default function postBuild(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'civic-atlas:post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        await Promise.all([
          indexForSearch(site, logger.fork('civic-atlas:pagefind')), writeEntryJson(site, root, logger.fork('civic-atlas:entry-json')),
          writeCitationFiles(site, logger.fork('civic-atlas:citation-files')),
        ]);
      },
    },
  };
}
