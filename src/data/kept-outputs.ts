// Files the build makes whole from the catalogue (the data files, the search records, the bibliographies),
// kept between builds by what they are made from. Astro renders a route without parameters on every build,
// and at 10,000 entries making these took some 2 s of a rebuild after a one-line body edit, which changes
// none of them. Each is kept under the digest of its inputs (graphs by their digests, the build time, the
// site's address…) and of the code that makes it; when both are the same, the kept text is served.
import path from 'node:path';
import { pageKeyOf } from '../lib/page-key.ts';
import { projectCodeDigest } from './source-digest.ts';
import { buildCacheDir, readKept, writeKept } from './build-cache.ts';

/**
 * The text `make` gives, kept as `name` in the build cache while `inputs` (plain data: what `make` reads,
 * all of it) and the code of `modules` (files from the project's root: those holding `make` and what it
 * calls) are the same.
 */
export async function keptOutput(name: string, modules: string[], inputs: unknown, make: () => string | Promise<string>, root = process.cwd()): Promise<string> {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`A kept output's name must be a file name; found "${name}".`);
  const file = path.join(buildCacheDir(root, 'civic-atlas-outputs'), name);
  const digest = pageKeyOf({ code: projectCodeDigest(root, [...modules, 'src/data/kept-outputs.ts']), inputs });
  // The digest on the first line, the text after it.
  const kept = readKept(file);
  const newline = kept?.indexOf('\n') ?? -1;
  if (kept && kept.slice(0, newline) === digest) return kept.slice(newline + 1);
  const text = await make();
  writeKept(file, `${digest}\n${text}`);
  return text;
}
