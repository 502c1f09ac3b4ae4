// The history of the content, from ONE `git log` per build: the changelog on /data/ (and its data files)
// and, through git-dates.ts, every entry's "last updated". Reading git is the only impure part
// (readHistory); parsing the log and building the changelog are pure functions of their input, so the
// tests feed them fixture text.
//
// What the history can be:
// - complete: every commit that touched content/;
// - shallow: a clone made with --depth; its oldest commits ("boundary" commits, listed in .git/shallow)
//   look as if they added every file, so they are not reported as changes, and the page says where the
//   history starts;
// - unavailable: no git, or no repository (a release tarball): no changes, and the page says why.
// Nothing here reads the clock: the changelog depends only on the commits, so a rebuild of the same
// commit (SOURCE_DATE_EPOCH or not) gives the same files.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, type CollectionName } from '../schemas/vocabularies.ts';
import { entryUrl } from './model.ts';

export type FileStatus = 'added' | 'modified' | 'deleted' | 'renamed';
export interface FileChange {
  status: FileStatus;
  /** Path relative to the site root, with `/` separators. For a rename: the new path. */
  path: string;
  /** For a rename: the old path. */
  from?: string;
}
export interface Commit {
  hash: string;
  short: string;
  parents: string[];
  /** Committer date, ISO 8601 with the committer's offset, as git gives it (`%cI`). */
  date: string;
  subject: string;
  files: FileChange[];
}
export type HistoryState = 'complete' | 'shallow' | 'unavailable';
export interface History {
  state: HistoryState;
  /** The folder the log was limited to, relative to the site root. */
  dir: string;
  /** Newest first, as `git log` gives them. */
  commits: Commit[];
  /** In a shallow clone: the commits whose parents the clone lacks. */
  boundary: string[];
}

// Field separator inside a commit's header line; each commit starts with a NUL.
const US = '\x1f';
export const GIT_LOG_FORMAT = '%x00%H%x1f%h%x1f%P%x1f%cI%x1f%s';

/**
 * The one `git log` call. The `-c` settings and flags make the output independent of the user's git
 * configuration: paths unquoted (core.quotePath), the root commit's files listed (log.showRoot),
 * renames found (--find-renames), no colour or signatures mixed in, paths relative to the site root.
 */
export const gitLogArgs = (dir: string) => [
  '-c', 'core.quotePath=false', '-c', 'log.showRoot=true',
  'log', '--no-color', '--no-show-signature', `--format=${GIT_LOG_FORMAT}`, '--name-status', '--find-renames', '--relative',
  '--', dir,
];

/** Undoes git's C-style quoting of unusual paths ("a\"b", octal escapes for bytes). */
export function unquotePath(p: string): string {
  if (!(p.startsWith('"') && p.endsWith('"'))) return p;
  const bytes: number[] = [];
  const body = p.slice(1, -1);
  const ESC: Record<string, number> = { n: 10, t: 9, r: 13, b: 8, f: 12, a: 7, v: 11, '"': 34, '\\': 92 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\') { bytes.push(...new TextEncoder().encode(ch)); continue; }
    const next = body[i + 1];
    if (/[0-7]/.test(next)) { bytes.push(parseInt(body.slice(i + 1, i + 4), 8)); i += 3; }
    else { bytes.push(ESC[next] ?? next.charCodeAt(0)); i += 1; }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** One `--name-status` line: `A\tpath`, `M\tpath`, `D\tpath`, `R097\told\tnew`, `C100\told\tnew`, `T\tpath`. */
function parseStatusLine(line: string): FileChange | undefined {
  const [code, ...rest] = line.split('\t');
  const paths = rest.map(unquotePath);
  if (!code || !paths.length) return undefined;
  switch (code[0]) {
    case 'A': return { status: 'added', path: paths[0] };
    case 'C': return { status: 'added', path: paths[1] ?? paths[0] }; // a copy is a new file
    case 'M': case 'T': return { status: 'modified', path: paths[0] };
    case 'D': return { status: 'deleted', path: paths[0] };
    case 'R': return paths.length === 2 ? { status: 'renamed', from: paths[0], path: paths[1] } : undefined;
    default: return undefined; // U (unmerged), X (unknown): not a change to report
  }
}

/** Parses the output of `git log` run with gitLogArgs: one Commit per commit, newest first. */
export function parseGitLog(log: string): Commit[] {
  return log.split('\0').slice(1).map((chunk) => {
    const [header, ...lines] = chunk.split('\n');
    const [hash = '', short = '', parents = '', date = '', ...subject] = header.split(US);
    return {
      hash, short, date: date.trim(), subject: subject.join(US).trim(),
      parents: parents.split(' ').filter(Boolean),
      files: lines.map((l) => l.replace(/\r$/, '')).filter((l) => l.trim()).map(parseStatusLine).filter((f) => f !== undefined),
    };
  });
}

export interface ReadOptions {
  /** Folder to follow, relative to root. */
  dir?: string;
  /** The git executable (tests point it at one that does not exist). */
  git?: string;
}

const quiet = { encoding: 'utf8' as const, stdio: ['ignore', 'pipe', 'pipe'] as ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 };

/** The commits of a shallow clone whose parents are missing, from `$GIT_DIR/shallow`; empty when the clone is complete. */
function shallowBoundary(root: string, git: string): string[] {
  try {
    const file = execFileSync(git, ['rev-parse', '--git-path', 'shallow'], { ...quiet, cwd: root }).trim();
    return fs.readFileSync(path.resolve(root, file), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  } catch {
    return []; // no shallow file: the clone is complete
  }
}

/** Runs the one `git log` over `dir`. Never throws: without git or a repository the history is "unavailable". */
export function readHistory(root: string, { dir = 'content', git = 'git' }: ReadOptions = {}): History {
  let log: string;
  try {
    log = execFileSync(git, gitLogArgs(dir), { ...quiet, cwd: root });
  } catch {
    return { state: 'unavailable', dir, commits: [], boundary: [] };
  }
  const boundary = shallowBoundary(root, git);
  return { state: boundary.length ? 'shallow' : 'complete', dir, commits: parseGitLog(log), boundary };
}

/**
 * The commits whose file lists are real changes: not merges (their changes are listed on the commits
 * they merge) and not the boundary of a shallow clone (it lists every file it has, not what it changed).
 */
export function changeCommits(history: Pick<History, 'commits' | 'boundary'>): Commit[] {
  const boundary = new Set(history.boundary);
  return history.commits.filter((c) => c.parents.length <= 1 && !boundary.has(c.hash));
}

// ---- The changelog: commits as changes to entries.

/** `content/<collection>/<slug>.mdx` → the entry; anything else under content/ (or outside it) is not an entry. */
export function entryOfPath(p: string, dir = 'content'): { collection: CollectionName; id: string } | undefined {
  const m = new RegExp(`^${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/([^/]+)/([^/]+)\\.mdx$`).exec(p);
  if (!m || !(COLLECTIONS as readonly string[]).includes(m[1])) return undefined;
  return { collection: m[1] as CollectionName, id: m[2] };
}

export interface EntryChange {
  change: FileStatus;
  /** `<collection>/<slug>` as the commit left it, like the ids in entries.json. */
  id: string;
  collection: CollectionName;
  slug: string;
  /** For a rename: the id before it. */
  previous?: string;
  /** When a later commit renamed the entry: the id it has now. */
  current?: string;
  /** Whether the entry (under its current id) is in this build; a deleted entry is not. */
  exists: boolean;
  /** The entry's title and page in this build; null when it no longer exists. */
  title: string | null;
  url: string | null;
}
export interface ChangelogCommit {
  commit: string;
  short: string;
  date: string;
  /** The UTC day of `date`, YYYY-MM-DD, which the page groups by. */
  day: string;
  subject: string;
  changes: EntryChange[];
}
export interface Changelog {
  history: HistoryState;
  /** One line saying what the list covers, for readers of the page and of the file. */
  note: string;
  /** In a shallow clone: the date of the oldest commit the clone has, before which nothing is known. */
  since: string | null;
  commits: ChangelogCommit[];
}

export const utcDay = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso.slice(0, 10) : d.toISOString().slice(0, 10);
};

function noteOf(state: HistoryState, since: string | null, count: number): string {
  if (state === 'unavailable') {
    return 'No history of changes: this copy of the site was built without its git history (for example from a release archive), so changes to entries cannot be listed.';
  }
  const none = count ? '' : ' No commit has changed an entry yet.';
  if (state === 'shallow') {
    return `Changes to entries from the repository’s git history. This copy was built from a shallow clone, so only changes made after its oldest commit${since ? ` (${utcDay(since)})` : ''} are listed.${none}`;
  }
  return `Changes to entries from the repository’s git history: every commit that added, changed, renamed or deleted an entry, newest first.${none}`;
}

/**
 * The changelog: commits that changed entries, newest first, each change named by entry id. `titleOf`
 * says whether an entry exists in this build, and its title. Renames are followed forward, so an older
 * change to a renamed entry still links to the entry under its new name.
 */
export function buildChangelog(history: History, titleOf: (collection: CollectionName, id: string) => string | undefined): Changelog {
  const renamedTo = new Map<string, string>(); // old id → the id it was renamed to (newest first, so later renames are known)
  const resolve = (id: string) => {
    const seen = new Set<string>();
    while (renamedTo.has(id) && !seen.has(id)) { seen.add(id); id = renamedTo.get(id)!; }
    return id;
  };
  const describe = (change: FileStatus, entry: { collection: CollectionName; id: string }, previous?: string): EntryChange => {
    const id = `${entry.collection}/${entry.id}`;
    const current = resolve(id);
    const [collection, slug] = current.split('/') as [CollectionName, string];
    const title = titleOf(collection, slug);
    return {
      change, id, collection: entry.collection, slug: entry.id,
      ...(previous && { previous }),
      ...(current !== id && { current }),
      exists: title !== undefined,
      title: title ?? null,
      url: title !== undefined ? entryUrl(collection, slug) : null,
    };
  };

  const commits: ChangelogCommit[] = [];
  for (const c of changeCommits(history)) {
    const changes: EntryChange[] = [];
    for (const f of c.files) {
      const to = entryOfPath(f.path, history.dir);
      const from = f.from ? entryOfPath(f.from, history.dir) : undefined;
      if (f.status === 'renamed') {
        // A rename across the edge of content/ (or to or from a non-entry file) is an addition or a deletion.
        if (to && from) changes.push(describe('renamed', to, `${from.collection}/${from.id}`));
        else if (to) changes.push(describe('added', to));
        else if (from) changes.push(describe('deleted', from));
      } else if (to) {
        changes.push(describe(f.status, to));
      }
    }
    // Record renames only after describing this commit, so the rename itself names the new id as current.
    for (const f of c.files) {
      const to = f.status === 'renamed' ? entryOfPath(f.path, history.dir) : undefined;
      const from = f.from ? entryOfPath(f.from, history.dir) : undefined;
      if (to && from) renamedTo.set(`${from.collection}/${from.id}`, resolve(`${to.collection}/${to.id}`));
    }
    if (changes.length) commits.push({ commit: c.hash, short: c.short, date: c.date, day: utcDay(c.date), subject: c.subject, changes });
  }
  const since = history.state === 'shallow' ? history.commits.at(-1)?.date ?? null : null;
  return { history: history.state, note: noteOf(history.state, since, commits.length), since, commits };
}

export interface ChangelogDay {
  day: string;
  /** `omitted`: how many of the commit's changes the limit left out (0 for all but the last commit shown). */
  commits: (ChangelogCommit & { omitted: number })[];
}

/**
 * The most recent `limit` entry changes, grouped by day and commit, for the page; a commit that crosses
 * the limit is cut there. `shown` and `total` count entry changes.
 */
export function recentChanges(changelog: Changelog, limit: number): { days: ChangelogDay[]; shown: number; total: number } {
  const total = changelog.commits.reduce((n, c) => n + c.changes.length, 0);
  const days: ChangelogDay[] = [];
  let shown = 0;
  for (const c of changelog.commits) {
    if (shown >= limit) break;
    const changes = c.changes.slice(0, limit - shown);
    shown += changes.length;
    const commit = { ...c, changes, omitted: c.changes.length - changes.length };
    if (days.at(-1)?.day === c.day) days.at(-1)!.commits.push(commit);
    else days.push({ day: c.day, commits: [commit] });
  }
  return { days, shown, total };
}

/** One CSV row per entry change, newest first. */
export const CHANGELOG_COLUMNS = ['date', 'commit', 'subject', 'change', 'id', 'previous', 'current', 'exists', 'title', 'url'] as const;
export const changelogRows = (changelog: Changelog): Record<(typeof CHANGELOG_COLUMNS)[number], string>[] =>
  changelog.commits.flatMap((c) => c.changes.map((e) => ({
    date: c.date, commit: c.commit, subject: c.subject, change: e.change, id: e.id,
    previous: e.previous ?? '', current: e.current ?? '', exists: String(e.exists), title: e.title ?? '', url: e.url ?? '',
  })));
