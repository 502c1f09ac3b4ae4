// Writes each entry's citation files (/<collection>/<slug>.bib and .csl.json, and the Russian ones under
// /ru/) once the build is done (post-build.ts), by splitting the bibliographies the build made of every
// entry (/data/citations.bib, /data/citations.csl.json): the entry page links its files instead of printing
// them, which kept the longest Russian pages over their 30 KB budget.
import type { AstroIntegrationLogger } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { citationFilesOf, type CslItem } from '../lib/citation.ts';
import { DEFAULT_LANG, LANGS } from '../i18n/langs.ts';
import { writeFiles } from './write-files.ts';

/**
 * Writes the files and returns those that were left as they were (see writeFiles), relative to `site`;
 * `records` is the folder of the build cache where what was written is kept.
 */
export async function writeCitationFiles(site: string, logger: AstroIntegrationLogger, records: string): Promise<string[]> {
  let total = 0;
  const unchanged: string[] = [];
  for (const lang of LANGS) {
    const data = path.join(site, lang === DEFAULT_LANG ? '' : lang, 'data');
    const read = (name: string) => {
      const file = path.join(data, name);
      if (!fs.existsSync(file)) throw new Error(`${path.relative(site, file)} was not built, so the entries' citation files cannot be written`);
      return fs.readFileSync(file, 'utf8');
    };
    const files = citationFilesOf(JSON.parse(read('citations.csl.json')) as CslItem[], read('citations.bib'));
    unchanged.push(...await writeFiles(files.map(({ file, body }) => ({ path: path.join(site, file), body })), { record: path.join(records, `citations-${lang}.json`) }));
    total += files.length;
  }
  logger.info(`${total} citation files: ${total - unchanged.length} written, ${unchanged.length} unchanged since the last build.`);
  return unchanged.map((file) => path.relative(site, file));
}
