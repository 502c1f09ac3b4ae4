// Indexes the built pages with Pagefind once the build is done, so `npm run build` is one step.
// Only elements marked data-pagefind-body are indexed (entry content, not navigation chrome).
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';
import * as pagefind from 'pagefind';
import { pagefindInitFiles, withSearchPreloads, type PagefindEntry } from '../lib/search-preload.ts';
import { COLLECTIONS } from '../schemas/vocabularies.ts';

/**
 * Only entry pages carry data-pagefind-body, so only they are read: the overview pages (timeline, map,
 * statistics, quality, collection indexes) grow with the catalogue and would be parsed for nothing.
 */
export const ENTRY_PAGES_GLOB = `{${COLLECTIONS.join(',')}}/*/index.html`;

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'civic-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site, glob: ENTRY_PAGES_GLOB });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        logger.info(`Pagefind indexed ${added.page_count} pages.`);
        await pagefind.close();
        addSearchPreloads(site);
      },
    },
  };
}

/** Lets the search page fetch Pagefind's metadata and WebAssembly with the page (see search-preload.ts). */
function addSearchPreloads(site: string) {
  const entry = JSON.parse(fs.readFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const page = path.join(site, 'search', 'index.html');
  fs.writeFileSync(page, withSearchPreloads(fs.readFileSync(page, 'utf8'), pagefindInitFiles(entry)));
}
