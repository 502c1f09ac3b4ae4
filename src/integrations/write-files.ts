// Many small output files written through Node's thread pool, a bounded number at a time: one after another
// the build waits on the disk for each in turn, and all at once a 10,000-entry catalogue's 40,000 citation
// files open more files than the system allows (EMFILE). A file that already holds exactly what would be
// written is left as it is: a rebuild keeps dist/, and at 10,000 entries rewriting its 60,000 unchanged
// per-entry files took some 20 s of every rebuild, where reading them back takes a few. With a record (kept in
// the build cache) of what was written, its digest, size and time, a file whose body and size and time are
// those of the record is not even read back: its size and time say no one wrote it since (reading the 60,000
// back took 2.5 s of a 10,000-entry rebuild).
import crypto from 'node:crypto';
import fs from 'node:fs';
import { readKeptJson, stampOf, stillStamped, writeKept, type FileStamp } from '../data/build-cache.ts';

/** Files open at once per call; the post-build steps run side by side, so the process holds a few times this. */
const IN_FLIGHT = 64;

/** Whether `file` holds exactly `body` already (false if it does not exist). */
async function holds(file: string, body: Buffer): Promise<boolean> {
  try {
    const handle = await fs.promises.open(file, 'r');
    try {
      if ((await handle.stat()).size !== body.length) return false;
      return (await handle.readFile()).equals(body);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** Each file written, by its path: the digest of its body, with its size and modification time after writing. */
type WrittenRecord = Record<string, FileStamp>;

/** The record of the last build's writes; none (every file read back) if there is none or it was cut short. */
function readRecord(file: string): WrittenRecord {
  const record = readKeptJson(file);
  return record && typeof record === 'object' ? (record as WrittenRecord) : {};
}

/**
 * Writes `files`, each unless it holds its body already, and returns the paths of those left as they were:
 * they are this build's output as much as the files written, though their times are older than the build
 * (src/integrations/stale-output.ts keeps them by name). `record` is where what was written is kept between
 * builds, one file per caller.
 */
export async function writeFiles(files: { path: string; body: string }[], { inFlight = IN_FLIGHT, record }: { inFlight?: number; record?: string } = {}): Promise<string[]> {
  const before = record ? readRecord(record) : {};
  const after: WrittenRecord = {};
  const unchanged: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const { path, body } = files[next++];
      const bytes = Buffer.from(body);
      const digest = record ? crypto.createHash('sha256').update(bytes).digest('base64url') : '';
      const known = before[path];
      if (known?.[0] === digest && stillStamped(path, known)) {
        unchanged.push(path);
        after[path] = known;
        continue;
      }
      if (await holds(path, bytes)) unchanged.push(path);
      else await fs.promises.writeFile(path, bytes);
      if (record) after[path] = stampOf(path, digest);
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, files.length) }, worker));
  if (record) writeKept(record, JSON.stringify(after));
  return unchanged;
}
