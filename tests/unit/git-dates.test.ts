// "Last updated" comes from the same one `git log` as the changelog (tests/unit/changelog.test.ts covers
// merges, renames, deletions and shallow clones); here, the newest date per file and the real history.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseGitLog } from '../../src/lib/changelog.ts';
import { lastUpdated, lastUpdatedOf } from '../../src/lib/git-dates.ts';
import { ROOT } from '../helpers.ts';

const commit = (hash: string, date: string, ...files: string[]) => `\0${hash}\x1f${hash.slice(0, 7)}\x1f\x1f${date}\x1fsubject\n\n${files.join('\n')}\n`;

describe('last-updated dates from git', () => {
  it('keeps the newest date for each file', () => {
    const log = commit('b'.repeat(40), '2026-02-01T10:00:00Z', 'M\tcontent/a.mdx', 'A\tcontent/b.mdx')
      + commit('a'.repeat(40), '2026-01-01T10:00:00Z', 'A\tcontent/a.mdx', 'A\tcontent/c.mdx');
    expect(Object.fromEntries(lastUpdatedOf({ dir: 'content', commits: parseGitLog(log), boundary: [] }))).toEqual({
      'content/a.mdx': '2026-02-01T10:00:00Z', 'content/b.mdx': '2026-02-01T10:00:00Z', 'content/c.mdx': '2026-01-01T10:00:00Z',
    });
  });

  it('reads the real history of committed content: each file’s date is that of the last commit touching it', () => {
    const dates = lastUpdated(ROOT);
    const file = 'content/projects/hdim.mdx';
    expect(dates.get(file)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const expected = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { cwd: ROOT, encoding: 'utf8' }).trim();
    expect(dates.get(file)).toBe(expected);
  });
});
