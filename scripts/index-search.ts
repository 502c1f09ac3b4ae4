// `npm run build`'s second step: the search index of the built site (src/integrations/pagefind.ts), in
// processes of their own once `astro build` has exited. Run inside the build, Pagefind's indexer (a process of
// 2.6 GB at 10,000 entries) ran while the build still held its own 3.4 GB, and the two together passed
// 6.6 GB; one after the other, the larger of the two is the peak.
//
// Each language is indexed by a process of its own into a folder of its own (Pagefind keeps one index per
// language anyway); this process then puts the parts together as the one index the search pages read, and
// points each search page at its language's first files. A large catalogue's languages are indexed one after
// the other: an indexer holds its language's pages only, so at 10,000 entries the index step peaks at about
// half of what one indexer over both languages needed, where the two side by side peaked at 4.8 GB, past the
// build's 4 GB budget. A small one's are indexed side by side (SIDE_BY_SIDE_BELOW), which is faster.
//
// `node scripts/index-search.ts [DIST]` (dist/ by default); `--lang L --into FOLDER` indexes one language
// into dist/FOLDER (what each child process is asked to do).
import path from 'node:path';
import fs from 'node:fs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { addSearchPreloads, countEntryPages, indexForSearch, mergeSearchIndexes } from '../src/integrations/pagefind.ts';
import { isLang, LANGS } from '../src/i18n/langs.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { lang: { type: 'string' }, into: { type: 'string' } } });
const dist = path.resolve(positionals[0] ?? 'dist');
/**
 * Entry pages in all languages below which the languages are indexed side by side. At 1,000 entries (2,258
 * pages) that took the index step from 6.1 s to 4.8 s (medians of three), and its peak from 0.28 GB to
 * 0.55 GB, some 180 KB a page: below this the two indexers together hold under 2 GB.
 */
const SIDE_BY_SIDE_BELOW = 8000;
const stamp = () => new Date().toTimeString().slice(0, 8);
const logger = {
  info: (message: string) => console.log(`${stamp()} [civic-atlas:pagefind] ${message}`),
  debug: (message: string) => { if (process.env.DEBUG) console.log(`${stamp()} [civic-atlas:pagefind] ${message}`); },
};

/** One language's part of the index, by a child process running this script; rejects with its exit code. */
function indexPart(lang: string, into: string): Promise<void> {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), dist, '--lang', lang, '--into', into], { stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`indexing the ${lang} pages failed (${signal ?? `exit ${code}`})`))));
  });
}

if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error(`index-search: no built site in ${dist}; run \`astro build\` first (\`npm run build\` does both).`);
  process.exit(1);
}
try {
  if (values.lang !== undefined) {
    if (!isLang(values.lang) || !values.into) throw new Error(`--lang needs one of ${LANGS.join(', ')} and --into a folder; found --lang ${values.lang} --into ${values.into ?? '(none)'}`);
    await indexForSearch(dist, logger, { langs: [values.lang], outputDir: values.into });
  } else {
    const parts = LANGS.map((lang) => ({ lang, into: `.pagefind-${lang}` }));
    try {
      if (countEntryPages(dist) < SIDE_BY_SIDE_BELOW) await Promise.all(parts.map(({ lang, into }) => indexPart(lang, into)));
      else for (const { lang, into } of parts) await indexPart(lang, into);
      mergeSearchIndexes(dist, parts.map((p) => p.into));
    } finally {
      // Nothing half-written is left in the site (merged parts are gone already).
      for (const { into } of parts) fs.rmSync(path.join(dist, into), { recursive: true, force: true });
    }
    addSearchPreloads(dist);
  }
} catch (error) {
  console.error(`index-search: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
