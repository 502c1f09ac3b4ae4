// The changelog from git: the log parser on fixture text (every kind of change, merges, files outside
// content/), the changelog and "last updated" built from it, and the one `git log` run against real
// temporary repositories: a full history, a shallow clone, no repository and no git.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import {
  CHANGELOG_COLUMNS, buildChangelog, changelogRows, entryOfPath, gitLogArgs, parseGitLog, readHistory, recentChanges, unquotePath,
  type History,
} from '../../src/lib/changelog.ts';
import { lastUpdatedOf } from '../../src/lib/git-dates.ts';
import { toCsv } from '../../src/lib/data-export.ts';
import type { CollectionName } from '../../src/schemas/vocabularies.ts';

/** One commit as `git log` prints it with gitLogArgs: NUL, header fields split by US, a blank line, then name-status lines. */
const commit = (hash: string, parents: string[], date: string, subject: string, ...lines: string[]) =>
  `\0${hash}\x1f${hash.slice(0, 7)}\x1f${parents.join(' ')}\x1f${date}\x1f${subject}\n${lines.length ? `\n${lines.join('\n')}\n` : ''}`;

const H = (n: number) => String(n).repeat(40); // a 40-character hash per commit
const DATES = {
  c1: '2026-02-20T12:00:00+00:00',
  c2: '2026-02-25T08:15:00+01:00',
  c3: '2026-03-02T10:00:00+00:00',
  c4: '2026-03-01T23:30:00-02:00', // 2026-03-02 in UTC: the same day as c3
  c5: '2026-03-04T12:00:00+00:00',
  c6: '2026-03-05T09:00:00+01:00',
};
// Newest first, as git prints it.
const LOG = [
  commit(H(6), [H(5)], DATES.c6, 'Delete the old theme', 'D\tcontent/themes/old-theme.mdx'),
  // A merge: git prints no files for it by default; with combined diffs it would print two-letter codes.
  commit(H(5), [H(4), H(9)], DATES.c5, "Merge branch 'fix'", 'MM\tcontent/projects/forum.mdx'),
  commit(H(4), [H(3)], DATES.c4, 'Rename the forum', 'R092\tcontent/projects/forum-2019.mdx\tcontent/projects/forum.mdx', 'M\tREADME.md'),
  commit(H(3), [H(2)], DATES.c3, 'Edit the forum; add notes',
    'M\tcontent/projects/forum-2019.mdx', 'A\tcontent/README.md', 'A\tcontent/projects/notes.md', 'A\tcontent/drafts/x.mdx', 'A\tdocs/guide.mdx'),
  commit(H(2), [H(1)], DATES.c2, 'Media theme, \x1fodd subject', 'C100\tcontent/themes/rights.mdx\tcontent/themes/media.mdx', 'T\tcontent/themes/rights.mdx'),
  commit(H(1), [], DATES.c1, 'Start',
    'A\tcontent/projects/forum-2019.mdx', 'A\tcontent/themes/old-theme.mdx', 'A\tcontent/themes/rights.mdx'),
].join('');

const history = (over: Partial<History> = {}): History => ({ state: 'complete', dir: 'content', commits: parseGitLog(LOG), boundary: [], ...over });
/** The entries that exist "now" in the fixture, with their titles. */
const NOW: Record<string, string> = { 'projects/forum': 'Forum', 'themes/rights': 'Rights', 'themes/media': 'Media' };
const titleOf = (c: CollectionName, id: string) => NOW[`${c}/${id}`];

describe('parsing git log output', () => {
  const commits = parseGitLog(LOG);

  it('reads every commit, newest first, with its hashes, parents, date and subject', () => {
    expect(commits.map((c) => c.hash)).toEqual([H(6), H(5), H(4), H(3), H(2), H(1)]);
    expect(commits[0]).toMatchObject({ short: H(6).slice(0, 7), parents: [H(5)], date: DATES.c6, subject: 'Delete the old theme' });
    expect(commits[1].parents).toEqual([H(4), H(9)]);
    expect(commits[5].parents).toEqual([]);
    expect(commits[4].subject).toBe('Media theme, \x1fodd subject');
  });

  it('reads added, modified, deleted, renamed, copied and type-changed files', () => {
    expect(commits[0].files).toEqual([{ status: 'deleted', path: 'content/themes/old-theme.mdx' }]);
    expect(commits[2].files[0]).toEqual({ status: 'renamed', from: 'content/projects/forum-2019.mdx', path: 'content/projects/forum.mdx' });
    expect(commits[4].files).toEqual([
      { status: 'added', path: 'content/themes/media.mdx' }, // a copy is a new file
      { status: 'modified', path: 'content/themes/rights.mdx' }, // a type change is a change
    ]);
    expect(commits[5].files.map((f) => f.status)).toEqual(['added', 'added', 'added']);
  });

  it('unquotes the paths git quotes', () => {
    expect(unquotePath('"content/themes/caf\\303\\251 \\"x\\".mdx"')).toBe('content/themes/café "x".mdx');
    expect(unquotePath('content/themes/plain.mdx')).toBe('content/themes/plain.mdx');
    expect(parseGitLog(commit(H(7), [], DATES.c1, 'Quoted', 'A\t"content/a\\tb.mdx"'))[0].files).toEqual([{ status: 'added', path: 'content/a\tb.mdx' }]);
  });

  it('is empty for empty output', () => {
    expect(parseGitLog('')).toEqual([]);
  });

  it('names entries only for content/<collection>/<slug>.mdx', () => {
    expect(entryOfPath('content/projects/forum.mdx')).toEqual({ collection: 'projects', id: 'forum' });
    for (const p of ['content/README.md', 'content/projects/notes.md', 'content/drafts/x.mdx', 'docs/guide.mdx', 'content/projects/a/b.mdx']) {
      expect(entryOfPath(p), p).toBeUndefined();
    }
  });
});

describe('the changelog', () => {
  const changelog = buildChangelog(history(), titleOf);

  it('lists the commits that changed entries, leaving out merges and commits that touched no entry', () => {
    expect(changelog.history).toBe('complete');
    expect(changelog.commits.map((c) => c.commit)).toEqual([H(6), H(4), H(3), H(2), H(1)]);
    expect(changelog.commits.map((c) => c.day)).toEqual(['2026-03-05', '2026-03-02', '2026-03-02', '2026-02-25', '2026-02-20']);
  });

  it('marks a deleted entry as gone', () => {
    expect(changelog.commits[0].changes).toEqual([
      { change: 'deleted', id: 'themes/old-theme', collection: 'themes', slug: 'old-theme', exists: false, title: null, url: null },
    ]);
    const older = changelog.commits.at(-1)!.changes.find((e) => e.id === 'themes/old-theme')!;
    expect(older).toMatchObject({ change: 'added', exists: false, url: null });
  });

  it('records a rename with the previous id, and links older changes to the entry under its new name', () => {
    expect(changelog.commits[1].changes).toEqual([{
      change: 'renamed', id: 'projects/forum', collection: 'projects', slug: 'forum', previous: 'projects/forum-2019',
      exists: true, title: 'Forum', url: '/projects/forum/',
    }]);
    expect(changelog.commits[2].changes).toEqual([{
      change: 'modified', id: 'projects/forum-2019', collection: 'projects', slug: 'forum-2019', current: 'projects/forum',
      exists: true, title: 'Forum', url: '/projects/forum/',
    }]);
  });

  it('ignores files that are not entries: outside content/, not .mdx, or not in a collection', () => {
    const ids = changelog.commits.flatMap((c) => c.changes.map((e) => e.id));
    expect(ids.filter((id) => !id.match(/^(projects|themes)\//))).toEqual([]);
    expect(changelog.commits[2].changes).toHaveLength(1); // of five files in that commit, one is an entry
  });

  it('lists copies as additions and type changes as changes', () => {
    expect(changelog.commits[3].changes.map((e) => [e.change, e.id])).toEqual([['added', 'themes/media'], ['modified', 'themes/rights']]);
  });

  it('leaves out the boundary commit of a shallow clone, and says where the history starts', () => {
    const shallow = buildChangelog(history({ state: 'shallow', boundary: [H(1)] }), titleOf);
    expect(shallow.commits.map((c) => c.commit)).toEqual([H(6), H(4), H(3), H(2)]);
    expect(shallow.since).toBe(DATES.c1);
    expect(shallow.note).toMatch(/shallow clone.*2026-02-20/);
  });

  it('is empty, with a line saying why, when the history is unavailable', () => {
    const none = buildChangelog({ state: 'unavailable', dir: 'content', commits: [], boundary: [] }, titleOf);
    expect(none).toEqual({ history: 'unavailable', note: expect.stringMatching(/without its git history/), since: null, commits: [] });
  });

  it('is one CSV row per entry change, with every column, that parses back', () => {
    const rows = changelogRows(changelog);
    expect(rows).toHaveLength(changelog.commits.reduce((n, c) => n + c.changes.length, 0));
    expect(rows[1]).toEqual({
      date: DATES.c4, commit: H(4), subject: 'Rename the forum', change: 'renamed', id: 'projects/forum',
      previous: 'projects/forum-2019', current: '', exists: 'true', title: 'Forum', url: '/projects/forum/',
    });
    expect(parse(toCsv(rows, [...CHANGELOG_COLUMNS]), { columns: true })).toEqual(rows);
  });
});

describe('the most recent changes, for the page', () => {
  const changelog = buildChangelog(history(), titleOf);
  const total = changelog.commits.reduce((n, c) => n + c.changes.length, 0);

  it('groups changes by day, then commit', () => {
    const { days, shown } = recentChanges(changelog, 100);
    expect(shown).toBe(total);
    expect(days.map((d) => [d.day, d.commits.map((c) => c.commit)])).toEqual([
      ['2026-03-05', [H(6)]], ['2026-03-02', [H(4), H(3)]], ['2026-02-25', [H(2)]], ['2026-02-20', [H(1)]],
    ]);
  });

  it('stops at the limit, cutting a commit if it must', () => {
    const { days, shown, total: all } = recentChanges(changelog, 4);
    expect([shown, all]).toEqual([4, total]);
    // c2 changed two entries; the limit leaves one of them out, and says so.
    expect(days.flatMap((d) => d.commits.map((c) => [c.commit, c.changes.length, c.omitted]))).toEqual([[H(6), 1, 0], [H(4), 1, 0], [H(3), 1, 0], [H(2), 1, 1]]);
  });
});

describe('last updated, from the same history', () => {
  it('keeps the newest date per file, leaving out merges, files outside content/ and files deleted or renamed away', () => {
    expect(Object.fromEntries(lastUpdatedOf(history()))).toEqual({
      'content/projects/forum.mdx': DATES.c4, // renamed here; the merge's line about it is ignored
      'content/README.md': DATES.c3,
      'content/projects/notes.md': DATES.c3,
      'content/drafts/x.mdx': DATES.c3,
      'content/themes/media.mdx': DATES.c2,
      'content/themes/rights.mdx': DATES.c2,
    });
  });

  it('dates nothing from the boundary of a shallow clone', () => {
    const dates = lastUpdatedOf(history({ boundary: [H(2), H(1)] }));
    expect(dates.has('content/themes/rights.mdx')).toBe(false);
    expect(dates.get('content/projects/forum.mdx')).toBe(DATES.c4);
  });
});

// ---- Against real git repositories.

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-changelog-'));
const repo = path.join(tmp, 'repo');
const git = (cwd: string, args: string[], date = '2024-01-01T00:00:00Z') => execFileSync('git', [
  '-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args,
], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_CONFIG_NOSYSTEM: '1' } });
const write = (file: string, title: string) => {
  fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  fs.writeFileSync(path.join(repo, file), `---\ntitle: ${title}\n---\nBody of ${title}.\n`);
};
/** Titles of the entries in a checkout's working tree: what the build would see. */
const titlesIn = (root: string) => (c: CollectionName, id: string) => {
  const file = path.join(root, 'content', c, `${id}.mdx`);
  return fs.existsSync(file) ? /^title: (.*)$/m.exec(fs.readFileSync(file, 'utf8'))![1] : undefined;
};
const day = (n: number) => `2024-01-0${n}T10:00:00Z`;
const at = (iso: string) => new Date(iso).toISOString();

// What the repository's history is made of, oldest first; the expectations below follow from it.
beforeAll(() => {
  fs.mkdirSync(repo);
  git(repo, ['init', '-q']);
  write('content/themes/rights.mdx', 'Rights');
  write('content/projects/forum.mdx', 'Forum');
  fs.writeFileSync(path.join(repo, 'README.md'), 'Readme\n');
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', 'Add a theme and a project'], day(1));
  write('content/projects/forum.mdx', 'Forum');
  fs.appendFileSync(path.join(repo, 'content/projects/forum.mdx'), 'More.\n');
  git(repo, ['commit', '-q', '-am', 'Edit the project'], day(2));
  git(repo, ['mv', 'content/projects/forum.mdx', 'content/projects/forum-2020.mdx']);
  git(repo, ['commit', '-q', '-m', 'Rename the project'], day(3));
  git(repo, ['checkout', '-q', '-b', 'side']);
  write('content/themes/media.mdx', 'Media');
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', 'Add a theme on a branch'], day(4));
  git(repo, ['checkout', '-q', 'main']);
  fs.appendFileSync(path.join(repo, 'content/themes/rights.mdx'), 'More.\n');
  git(repo, ['commit', '-q', '-am', 'Edit the theme on main'], day(5));
  git(repo, ['merge', '-q', '--no-ff', '-m', 'Merge the branch', 'side'], day(6));
  git(repo, ['rm', '-q', 'content/themes/media.mdx']);
  git(repo, ['commit', '-q', '-m', 'Delete the branch theme'], day(7));
  fs.appendFileSync(path.join(repo, 'README.md'), 'More.\n');
  git(repo, ['commit', '-q', '-am', 'Docs only'], day(8));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('a real repository', () => {
  it('runs one git log whose output the parser reads', () => {
    const raw = git(repo, gitLogArgs('content'));
    expect(parseGitLog(raw).map((c) => c.subject)).toEqual([
      'Delete the branch theme', 'Merge the branch', 'Edit the theme on main', 'Add a theme on a branch',
      'Rename the project', 'Edit the project', 'Add a theme and a project',
    ]);
  });

  it('gives the changelog: every change to an entry, newest first, without the merge or the docs-only commit', () => {
    const history = readHistory(repo);
    expect(history.state).toBe('complete');
    const changelog = buildChangelog(history, titlesIn(repo));
    expect(changelog.commits.map((c) => [c.subject, at(c.date)])).toEqual([
      ['Delete the branch theme', at(day(7))], ['Edit the theme on main', at(day(5))], ['Add a theme on a branch', at(day(4))],
      ['Rename the project', at(day(3))], ['Edit the project', at(day(2))], ['Add a theme and a project', at(day(1))],
    ]);
    expect(changelog.commits.map((c) => c.changes.map((e) => [e.change, e.id, e.exists, e.current ?? e.previous ?? '']))).toEqual([
      [['deleted', 'themes/media', false, '']],
      [['modified', 'themes/rights', true, '']],
      [['added', 'themes/media', false, '']],
      [['renamed', 'projects/forum-2020', true, 'projects/forum']],
      [['modified', 'projects/forum', true, 'projects/forum-2020']],
      [['added', 'projects/forum', true, 'projects/forum-2020'], ['added', 'themes/rights', true, '']],
    ]);
    const short = git(repo, ['log', '-1', '--format=%h', '--', 'content']).trim();
    expect(changelog.commits[0].short).toBe(short);
    expect(changelog.commits[3].changes[0]).toMatchObject({ title: 'Forum', url: '/projects/forum-2020/' });
  });

  it('gives last-updated dates from the same history', () => {
    expect(Object.fromEntries(lastUpdatedOf(readHistory(repo)))).toEqual({
      'content/themes/rights.mdx': git(repo, ['log', '-1', '--format=%cI', '--', 'content/themes/rights.mdx']).trim(),
      'content/projects/forum-2020.mdx': git(repo, ['log', '-1', '--format=%cI', '--', 'content/projects/forum-2020.mdx']).trim(),
    });
  });

  it('in a shallow clone, lists only the changes it has and says where its history starts', () => {
    const clone = path.join(tmp, 'shallow');
    // Depth 3: "Docs only", "Delete the branch theme" and the merge, whose parents the clone lacks.
    git(tmp, ['clone', '-q', '--depth', '3', `file://${repo}`, clone]);
    const history = readHistory(clone);
    expect(history.state).toBe('shallow');
    expect(history.boundary).toEqual([git(repo, ['rev-parse', 'HEAD~2']).trim()]);
    const changelog = buildChangelog(history, titlesIn(clone));
    expect(changelog.commits.map((c) => c.subject)).toEqual(['Delete the branch theme']);
    expect(changelog.since && at(changelog.since)).toBe(at(day(6)));
    expect(changelog.note).toMatch(/shallow clone/);
    expect(lastUpdatedOf(history).size).toBe(0); // the boundary lists every file, so it dates none
  });

  it('without a repository (a release tarball) or without git, is empty and says why', () => {
    const tarball = path.join(tmp, 'tarball');
    fs.cpSync(path.join(repo, 'content'), path.join(tarball, 'content'), { recursive: true });
    for (const history of [readHistory(tarball), readHistory(repo, { git: path.join(tmp, 'no-such-git') })]) {
      expect(history).toEqual({ state: 'unavailable', dir: 'content', commits: [], boundary: [] });
      const changelog = buildChangelog(history, titlesIn(tarball));
      expect(changelog.commits).toEqual([]);
      expect(changelog.note).toMatch(/built without its git history/);
      expect(lastUpdatedOf(history).size).toBe(0);
    }
  });
});
