// Where the tests put their temporary files: the copies of the site the fixture and incremental builds make,
// Chromium's profiles, everything that asks os.tmpdir(). On this project's 2-core machine /tmp is on ext4, and
// creating files there gets slower the more were recently deleted there: each of the proof's clean builds
// deletes and writes again about 1,500 files, and its rounds went from 8 to 11 s while the kernel searched for
// free inodes (`perf`: ext4's recently_deleted). In RAM the same proof took 92 s of CPU instead of 117, and
// the whole suite 308 s of CPU instead of 349 (7 December).
import fs from 'node:fs';

/** The statfs type of a tmpfs (linux/magic.h): memory, not a disk. */
const TMPFS_MAGIC = 0x01021994;

/**
 * The environment that points os.tmpdir() at `candidate` (Linux's shared-memory tmpfs), or nothing when that
 * is not a writable tmpfs or the caller has chosen a TMPDIR of their own.
 */
export function ramTmpdirEnv(env: NodeJS.ProcessEnv = process.env, candidate = '/dev/shm'): { TMPDIR?: string } {
  if (env.TMPDIR) return {};
  try {
    fs.accessSync(candidate, fs.constants.W_OK);
    return fs.statfsSync(candidate).type === TMPFS_MAGIC ? { TMPDIR: candidate } : {};
  } catch {
    return {};
  }
}
