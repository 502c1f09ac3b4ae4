// Files the build makes whole from the catalogue (the data files, the search records, the bibliographies),
// kept between builds by what they are made from. Astro renders a route without parameters on every build,
// and at 10,000 entries making these took some 2 s of a rebuild after a one-line body edit, which changes
// none of them. Each is kept under the digest of its inputs (graphs by their digests, the build time, the
// site's address…) and of the code that makes it; when both are the same, the kept text is served.
import fs from 'node:fs';
import path from 'node:path';
import { pageKeyOf } from '../lib/page-key.ts';
import { sourceDigestOf } from './source-digest.ts';

const CACHE = path.join('node_modules', '.astro', 'civic-atlas-outputs');

const codes = new Map<string, string>();
/** The modules' code and what they import from the project, the lockfile, Node's version and the site's config. */
function codeDigest(root: string, modules: string[]): string {
  const id = [root, ...modules].join('\0');
  let code = codes.get(id);
  if (!code) {
    const read = (f: string) => (fs.existsSync(path.join(root, f)) ? fs.readFileSync(path.join(root, f)) : '');
    code = sourceDigestOf([...modules, 'src/data/kept-outputs.ts'].map((f) => path.join(root, f)), [process.version, read('package-lock.json'), read('astro.config.mjs')]);
    codes.set(id, code);
  }
  return code;
}

/**
 * The text `make` gives, kept as `name` in the build cache while `inputs` (plain data: what `make` reads,
 * all of it) and the code of `modules` (files from the project's root: those holding `make` and what it
 * calls) are the same.
 */
export async function keptOutput(name: string, modules: string[], inputs: unknown, make: () => string | Promise<string>, root = process.cwd()): Promise<string> {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`A kept output's name must be a file name; found "${name}".`);
  const file = path.join(root, CACHE, name);
  const digest = pageKeyOf({ code: codeDigest(root, modules), inputs });
  try {
    const kept = fs.readFileSync(file, 'utf8');
    const newline = kept.indexOf('\n');
    if (kept.slice(0, newline) === digest) return kept.slice(newline + 1);
  } catch {
    // none kept yet
  }
  const text = await make();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Under another name, then renamed: a build stopped halfway never leaves half a file to be served.
  fs.writeFileSync(`${file}.tmp`, `${digest}\n${text}`);
  fs.renameSync(`${file}.tmp`, file);
  return text;
}
