// Writes /<collection>/<slug>.json for every entry once the build is done (post-build.ts), from the
// built /data/entries.json, so each file is exactly that entry's record there (see entryJsonFiles); and
// /contribute/english/<collection>/<slug>.json, each English entry's body, which the entry editor reads to
// start a translation in the browser (the record does not hold the body). The bodies are read from the
// content files, as `npm run translate` reads them: as pages, 10,000 of them cost seconds of rendering.
import type { AstroIntegrationLogger } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { entryJsonFiles, type ExportedEntry } from '../lib/data-export.ts';
import { contentTreeOf, englishFilesOf } from '../lib/content-files.ts';
import { writeFiles } from './write-files.ts';

/** Where the editor finds an English entry's body: /contribute/english/<collection>/<slug>.json. */
export const englishBodyFile = (collection: string, id: string) => path.join('contribute', 'english', collection, `${id}.json`);

async function writeEnglishBodies(site: string, root: string, records: string) {
  // The build's own reading of the content files (its content check kept it).
  const files = englishFilesOf(contentTreeOf(root));
  const dirs = new Set(files.map((f) => path.dirname(path.join(site, englishBodyFile(f.collection, f.id)))));
  for (const dir of dirs) fs.mkdirSync(dir, { recursive: true });
  const unchanged = await writeFiles(files.map((f) => ({
    path: path.join(site, englishBodyFile(f.collection, f.id)),
    body: `${JSON.stringify({ id: `${f.collection}/${f.id}`, lang: 'en', body: f.body })}\n`,
  })), { record: path.join(records, 'english-bodies.json') });
  return { count: files.length, unchanged };
}

/**
 * Writes the files and returns those that were left as they were (see writeFiles), relative to `site`;
 * `records` is the folder of the build cache where what was written is kept.
 */
export async function writeEntryJson(site: string, root: string, logger: AstroIntegrationLogger, records: string): Promise<string[]> {
  const all = path.join(site, 'data', 'entries.json');
  if (!fs.existsSync(all)) throw new Error('data/entries.json was not built, so the per-entry JSON files cannot be written');
  const files = entryJsonFiles(JSON.parse(await fs.promises.readFile(all, 'utf8')) as ExportedEntry[]);
  const unchanged = await writeFiles(files.map(({ file, body }) => ({ path: path.join(site, file), body })), { record: path.join(records, 'entry-json.json') });
  const bodies = await writeEnglishBodies(site, root, records);
  unchanged.push(...bodies.unchanged);
  const total = files.length + bodies.count;
  logger.info(`${files.length} per-entry JSON files and ${bodies.count} English bodies for the editor: ${total - unchanged.length} written, ${unchanged.length} unchanged since the last build.`);
  return unchanged.map((file) => path.relative(site, file));
}
