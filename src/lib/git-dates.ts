// "Last updated" for every content file, derived from the same one `git log` per build that gives the
// changelog (changelog.ts), not one call per page.
import { changeCommits, readHistory, type History } from './changelog.ts';

/**
 * The date of the newest commit that wrote each file under the history's folder. A path whose newest
 * change deleted it (or renamed it away) gets no date: older commits dated a file that is gone. Merges
 * and the boundary of a shallow clone are left out (see changeCommits): a file seen only in a boundary
 * commit has no known date, which is better than a wrong one.
 */
export function lastUpdatedOf(history: Pick<History, 'commits' | 'boundary' | 'dir'>): Map<string, string> {
  const dates = new Map<string, string>();
  const seen = new Set<string>();
  const inDir = (p: string) => p.startsWith(`${history.dir}/`);
  for (const commit of changeCommits(history)) {
    for (const f of commit.files) {
      if (f.from && inDir(f.from)) seen.add(f.from); // renamed away: the old path is gone from here on
      if (!inDir(f.path) || seen.has(f.path)) continue;
      seen.add(f.path);
      if (f.status !== 'deleted') dates.set(f.path, commit.date);
    }
  }
  return dates;
}

/** Last commit date per file under `dir`; empty when git or its history is unavailable (e.g. a tarball). */
export const lastUpdated = (root: string, dir = 'content'): Map<string, string> => lastUpdatedOf(readHistory(root, { dir }));
