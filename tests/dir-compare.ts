// Two build outputs compared to the byte, for the incremental-build test and `npm run bench -- --incremental`.
import fs from 'node:fs';
import path from 'node:path';

/** Every file under `dir` with its bytes, by path relative to it ("projects/x/index.html"). */
export function filesOf(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.set(path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'), fs.readFileSync(path.join(e.parentPath, e.name)));
  }
  return out;
}

/**
 * What differs between an incremental build's output and a clean build's: files only in one, and files whose
 * bytes differ, each with the text around the first difference. Empty when the two are identical.
 */
export function outputDifferences(incrementalDir: string, cleanDir: string): string[] {
  const a = filesOf(incrementalDir), b = filesOf(cleanDir);
  const out: string[] = [];
  for (const [file, bytes] of a) {
    const other = b.get(file);
    if (!other) out.push(`only in the incremental build: ${file}`);
    else if (!bytes.equals(other)) {
      let at = 0;
      while (at < bytes.length && bytes[at] === other[at]) at++;
      const around = (buf: Buffer) => buf.subarray(Math.max(0, at - 40), at + 80).toString('utf8');
      out.push(`differs: ${file} at byte ${at}: incremental …${around(bytes)}… clean …${around(other)}…`);
    }
  }
  for (const file of b.keys()) if (!a.has(file)) out.push(`only in the clean build: ${file}`);
  return out;
}
