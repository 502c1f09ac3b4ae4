// Writes /<collection>/<slug>.json for every entry once the build is done, from the built
// /data/entries.json, so each file is exactly that entry's record there (see entryJsonFiles).
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { entryJsonFiles, type ExportedEntry } from '../lib/data-export.ts';

export default function entryJson(): AstroIntegration {
  return {
    name: 'civic-atlas:entry-json',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const all = path.join(site, 'data', 'entries.json');
        if (!fs.existsSync(all)) throw new Error('data/entries.json was not built, so the per-entry JSON files cannot be written');
        const files = entryJsonFiles(JSON.parse(fs.readFileSync(all, 'utf8')) as ExportedEntry[]);
        // Written all at once through Node's thread pool: one after another, the build waited on the disk
        // for each small file in turn (0.7 s at 1,000 entries on a slow disk).
        await Promise.all(files.map(({ file, body }) => fs.promises.writeFile(path.join(site, file), body)));
        logger.info(`wrote ${files.length} per-entry JSON files.`);
      },
    },
  };
}
