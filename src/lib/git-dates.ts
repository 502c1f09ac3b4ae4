// "Last updated" for every content file from one `git log` call per build (not one per page).
import { execFileSync } from 'node:child_process';

/** Parses `git log --format=%x00%cI --name-only` output: the first (newest) date seen for each file wins. */
export function parseGitLog(log: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const commit of log.split('\0').slice(1)) {
    const [date, ...files] = commit.split('\n').map((l) => l.trim()).filter(Boolean);
    for (const f of files) if (!dates.has(f)) dates.set(f, date);
  }
  return dates;
}

/** Last commit date per file under `dir`; empty when git or its history is unavailable (e.g. a tarball). */
export function lastUpdated(root: string, dir = 'content'): Map<string, string> {
  try {
    const log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--', dir], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return parseGitLog(log);
  } catch {
    return new Map();
  }
}
