// What a cache kept between builds must be invalidated by besides its data: the code that made what it keeps.
// Used by the search shards' record (src/integrations/search-shards.ts) and the build's kept keys and files
// (src/data/entry-page-keys.ts, list-page-keys.ts, kept-outputs.ts), each starting from its own modules.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The digest of the source of `modules` and of every module they import by a relative path (type imports
 * and re-exports included), followed from file to file, with `extra` (a package's
 * package.json, the lockfile). A change to any of those files changes it; its files are named relative to
 * their folder only, so the same tree anywhere on disk gives the same digest.
 */
export function sourceDigestOf(modules: string[], extra: (string | Buffer)[] = []): string {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = fs.readFileSync(file, 'utf8');
    // A query (`./style.csl?raw`) asks Vite for the file in another form: the file is what changes.
    for (const [, spec] of source.matchAll(/^(?:import\s+'|(?:import|export)\b[^;]*?\bfrom\s+')(\.[^'?]+)[^']*'/gm)) visit(path.resolve(path.dirname(file), spec));
  };
  modules.forEach(visit);
  const hash = crypto.createHash('sha256');
  for (const file of [...seen].sort()) hash.update(path.basename(file)).update('\0').update(fs.readFileSync(file)).update('\0');
  for (const part of extra) hash.update(part).update('\0');
  return hash.digest('hex');
}

const projectCodes = new Map<string, string>();
/**
 * The digest of the build-time code behind a cache: `modules` (paths from the project's root) with what they
 * import, the installed packages' versions (the lockfile), Node's (its Intl formats dates and sorts titles)
 * and the site's config. Read once per build from the project's source, since the build runs a bundle of it.
 */
export function projectCodeDigest(root: string, modules: string[]): string {
  const id = [root, ...modules].join('\0');
  let code = projectCodes.get(id);
  if (!code) {
    const read = (f: string) => (fs.existsSync(path.join(root, f)) ? fs.readFileSync(path.join(root, f)) : '');
    code = sourceDigestOf(modules.map((f) => path.join(root, f)), [process.version, read('package-lock.json'), read('astro.config.mjs')]);
    projectCodes.set(id, code);
  }
  return code;
}
