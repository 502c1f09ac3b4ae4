import { describe, expect, it } from 'vitest';
import { lastUpdated, parseGitLog } from '../../src/lib/git-dates.ts';
import { ROOT } from '../helpers.ts';

describe('last-updated dates from git', () => {
  it('keeps the newest date for each file', () => {
    const log = '\0 2026-02-01T10:00:00Z\n\ncontent/a.mdx\ncontent/b.mdx\n\0 2026-01-01T10:00:00Z\n\ncontent/a.mdx\ncontent/c.mdx\n';
    expect(Object.fromEntries(parseGitLog(log))).toEqual({
      'content/a.mdx': '2026-02-01T10:00:00Z', 'content/b.mdx': '2026-02-01T10:00:00Z', 'content/c.mdx': '2026-01-01T10:00:00Z',
    });
  });
  it('reads the real history of committed content', () => {
    const dates = lastUpdated(ROOT);
    expect(dates.get('content/projects/hdim.mdx')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});
