// Removes what an earlier build left in dist/ and this one did not make. Astro empties dist/ before every
// build and copies each unchanged page back from its incremental cache; at 10,000 entries that is some
// 100,000 files deleted and 20,000 copied again, about 25 s of a rebuild. So the build keeps dist/
// (vite.build.emptyOutDir: false), Astro leaves an unchanged page where it is, and this sweep, at the end
// of the build, deletes every file that is neither one of this build's pages (the incremental manifest,
// which lists every page the build made or kept) nor written during this build (assets, data files, the
// search index, citation files, public/): an incremental build's dist/ is then what a clean one's is.
import fs from 'node:fs';
import path from 'node:path';

/** The file Astro keeps its incremental manifest in, under the cache directory. */
const MANIFEST = 'incremental-build.json';

interface Manifest { routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }> }

/** The output files (relative to dist/) of every page this build made or kept, from Astro's manifest. */
export function pagesOfManifest(cacheDir: string): Set<string> {
  const file = path.join(cacheDir, MANIFEST);
  if (!fs.existsSync(file)) return new Set();
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  const out = new Set<string>();
  for (const route of Object.values(manifest.routes ?? {})) {
    for (const { outputFile } of Object.values(route.paths ?? {})) if (outputFile) out.add(decodeURIComponent(outputFile));
  }
  return out;
}

/**
 * Deletes every file under `dist` older than `since` (ms) that is not in `keep` (paths relative to dist/,
 * "/"-separated) and that `only` accepts, then the folders left empty. Returns the files deleted, relative to dist/.
 */
export function removeStaleOutput(dist: string, since: number, keep: Set<string>, only: (file: string) => boolean = () => true): string[] {
  const removed: string[] = [];
  // `prefix` is the folder's path relative to dist/, built up on the way down rather than worked out for each
  // of the 100,000 files of a 10,000-entry site.
  const sweep = (dir: string, prefix: string): boolean => {
    let empty = true;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = `${dir}${path.sep}${e.name}`;
      const relative = `${prefix}${e.name}`;
      if (e.isDirectory()) {
        if (sweep(full, `${relative}/`)) fs.rmdirSync(full);
        else empty = false;
        continue;
      }
      if (keep.has(relative) || !only(relative) || fs.statSync(full).mtimeMs >= since) {
        empty = false;
        continue;
      }
      fs.rmSync(full);
      removed.push(relative);
    }
    return empty;
  };
  if (fs.existsSync(dist)) sweep(path.resolve(dist), '');
  return removed.sort();
}
