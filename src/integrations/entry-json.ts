// Writes /<collection>/<slug>.json for every entry once the build is done (post-build.ts), from the
// built /data/entries.json, so each file is exactly that entry's record there (see entryJsonFiles).
import type { AstroIntegrationLogger } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { entryJsonFiles, type ExportedEntry } from '../lib/data-export.ts';

export async function writeEntryJson(site: string, logger: AstroIntegrationLogger) {
  const all = path.join(site, 'data', 'entries.json');
  if (!fs.existsSync(all)) throw new Error('data/entries.json was not built, so the per-entry JSON files cannot be written');
  const files = entryJsonFiles(JSON.parse(await fs.promises.readFile(all, 'utf8')) as ExportedEntry[]);
  // Written all at once through Node's thread pool: one after another, the build waited on the disk
  // for each small file in turn.
  await Promise.all(files.map(({ file, body }) => fs.promises.writeFile(path.join(site, file), body)));
  logger.info(`wrote ${files.length} per-entry JSON files.`);
}
