// rendererVersion (src/data/entry-loader.ts): every stored entry and rendered body is kept under it, so it must
// change with any code the loader, the Markdown processor's plugins or the schemas run, and with the config and
// the packages, and it should not change with code they never run (a page, a statistics module), which would
// render every body again for nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rendererVersion } from '../../src/data/entry-loader.ts';
import { ROOT } from '../helpers.ts';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'renderer-version-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

let copies = 0;
/** The version of a copy of the project's code with `edit` (a file from the root) changed. */
function versionWith(edit?: string): string {
  const root = path.join(scratch, String(copies++));
  for (const entry of ['src', 'astro.config.mjs', 'package-lock.json']) fs.cpSync(path.join(ROOT, entry), path.join(root, entry), { recursive: true });
  if (edit) fs.appendFileSync(path.join(root, edit), '\n// changed\n');
  return rendererVersion(root);
}

describe('rendererVersion', () => {
  const unchanged = versionWith();

  it('is the same for the same code', () => {
    expect(versionWith()).toBe(unchanged);
  });

  it.each([
    'src/integrations/remark-entry-links.ts', // the prose links' plugin
    'src/lib/prose-links.ts', // what it imports
    'src/data/entry-loader.ts',
    'src/schemas/collections.ts', // the schemas the data is parsed with
    'astro.config.mjs',
    'package-lock.json',
  ])('changes with %s', (file) => {
    expect(versionWith(file)).not.toBe(unchanged);
  });

  it.each(['src/lib/stats.ts', 'src/pages/stats.astro', 'src/components/CiteThis.astro'])('stays the same when %s changes', (file) => {
    expect(versionWith(file)).toBe(unchanged);
  });
});
