// `npm run build`'s second step: the search index of the built site (src/integrations/pagefind.ts), in a
// process of its own once `astro build` has exited. Run inside the build, Pagefind's indexer (a process of
// 2.6 GB at 10,000 entries) ran while the build still held its own 3.4 GB, and the two together passed
// 6.6 GB; one after the other, the larger of the two is the peak.
//
// `node scripts/index-search.ts [DIST]` (dist/ by default).
import path from 'node:path';
import fs from 'node:fs';
import { indexForSearch } from '../src/integrations/pagefind.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const stamp = () => new Date().toTimeString().slice(0, 8);
const logger = {
  info: (message: string) => console.log(`${stamp()} [civic-atlas:pagefind] ${message}`),
  debug: (message: string) => { if (process.env.DEBUG) console.log(`${stamp()} [civic-atlas:pagefind] ${message}`); },
};

if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error(`index-search: no built site in ${dist}; run \`astro build\` first (\`npm run build\` does both).`);
  process.exit(1);
}
try {
  await indexForSearch(dist, logger);
} catch (error) {
  console.error(`index-search: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
