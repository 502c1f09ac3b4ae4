// Many small output files written through Node's thread pool, a bounded number at a time: one after another
// the build waits on the disk for each in turn, and all at once a 10,000-entry catalogue's 40,000 citation
// files open more files than the system allows (EMFILE). A file that already holds exactly what would be
// written is left as it is: a rebuild keeps dist/, and at 10,000 entries rewriting its 60,000 unchanged
// per-entry files took some 20 s of every rebuild, where reading them back takes a few.
import fs from 'node:fs';

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

/**
 * Writes `files`, each unless it holds its body already, and returns the paths of those left as they were:
 * they are this build's output as much as the files written, though their times are older than the build
 * (src/integrations/stale-output.ts keeps them by name).
 */
export async function writeFiles(files: { path: string; body: string }[], inFlight = IN_FLIGHT): Promise<string[]> {
  const unchanged: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const { path, body } = files[next++];
      const bytes = Buffer.from(body);
      if (await holds(path, bytes)) unchanged.push(path);
      else await fs.promises.writeFile(path, bytes);
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, files.length) }, worker));
  return unchanged;
}
