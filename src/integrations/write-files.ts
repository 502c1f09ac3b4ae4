// Many small output files written through Node's thread pool, a bounded number at a time: one after another
// the build waits on the disk for each in turn, and all at once a 10,000-entry catalogue's 40,000 citation
// files open more files than the system allows (EMFILE).
import fs from 'node:fs';

/** Files open at once per call; the post-build steps run side by side, so the process holds a few times this. */
const IN_FLIGHT = 64;

export async function writeFiles(files: { path: string; body: string }[], inFlight = IN_FLIGHT): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const { path, body } = files[next++];
      await fs.promises.writeFile(path, body);
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, files.length) }, worker));
}
