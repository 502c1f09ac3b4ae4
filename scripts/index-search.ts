// `npm run build`'s second step: the search index of the built site (src/integrations/pagefind.ts), in
// processes of their own once `astro build` has exited. Run inside the build, Pagefind's indexer (a process of
// 2.6 GB at 10,000 entries) ran while the build still held its own 3.4 GB, and the two together passed
// 6.6 GB; one after the other, the larger of the two is the peak.
//
// Each language is indexed by a process of its own, side by side, in shards (src/lib/search-shards.ts) of
// which only those whose pages changed are indexed again; each language's primary shard is written to a folder
// of its own, and this process puts those together as the primary index the search pages read, then points
// each search page at its language's first files and shards. An indexer holds one shard at a time (at 10,000
// entries an eighth of a language's pages), so the two languages fit side by side at any size: one indexer
// over a whole language held 2.4 GB at 10,000 entries.
//
// `node scripts/index-search.ts [DIST]` (dist/ by default); `--lang L --into FOLDER` indexes one language,
// its primary shard into dist/FOLDER (what each child process is asked to do). SEARCH_PAGES_PER_SHARD sets the
// shard size (src/lib/search-shards.ts), for tests that need a small site cut into several.
import module from 'node:module';
import path from 'node:path';
import fs from 'node:fs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isLang, LANGS } from '../src/i18n/langs.ts';

// Node keeps what it compiled (the TypeScript stripped, the code compiled) on disk between runs, as Astro's own
// command does: each of this step's three processes starts about 0.1 s sooner on a rebuild. The indexing modules
// are imported after this, and in the parent only once the children are started.
module.enableCompileCache?.();

const { values, positionals } = parseArgs({ allowPositionals: true, options: { lang: { type: 'string' }, into: { type: 'string' } } });
const dist = path.resolve(positionals[0] ?? 'dist');
const stamp = () => new Date().toTimeString().slice(0, 8);
const logger = {
  info: (message: string) => console.log(`${stamp()} [civic-atlas:pagefind] ${message}`),
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
    const perShard = process.env.SEARCH_PAGES_PER_SHARD;
    const { indexForSearch } = await import('../src/integrations/pagefind.ts');
    await indexForSearch(dist, logger, values.lang, values.into, perShard ? Number(perShard) : undefined);
  } else {
    const parts = LANGS.map((lang) => ({ lang, into: `.pagefind-${lang}` }));
    try {
      for (const { into } of parts) fs.rmSync(path.join(dist, into), { recursive: true, force: true });
      // Every child is waited for, failed or not: one still writing when this process cleans up and exits
      // would leave its part in the site.
      const indexed = Promise.allSettled(parts.map(({ lang, into }) => indexPart(lang, into))).then((results) => {
        for (const r of results) if (r.status === 'rejected') throw r.reason;
      });
      const [{ mergeSearchIndexes, searchCacheDir }, { completeShardStates }] = await Promise.all([
        import('../src/integrations/pagefind.ts'), import('../src/integrations/search-shards.ts'), indexed,
      ]);
      // A language whose primary shard did not change wrote no part, and keeps its files in the primary.
      const written = parts.filter(({ into }) => fs.existsSync(path.join(dist, into)));
      mergeSearchIndexes(dist, written.map((p) => p.into), { keep: true });
      for (const { lang } of written) completeShardStates(dist, lang, searchCacheDir(dist));
    } finally {
      // Nothing half-written is left in the site (merged parts are gone already).
      for (const { into } of parts) fs.rmSync(path.join(dist, into), { recursive: true, force: true });
    }
    const { addSearchPreloads } = await import('../src/integrations/pagefind.ts');
    addSearchPreloads(dist);
  }
} catch (error) {
  console.error(`index-search: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
