// sourceDigestOf (src/data/source-digest.ts): what invalidates a build cache when the code that filled it changes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceDigestOf } from '../../src/data/source-digest.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'source-digest-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** A small module tree: main imports b (over several lines, with a query), re-exports c, and names d in a comment only. */
function tree(dir: string, files: Record<string, string> = {}): string {
  const all = {
    'main.ts': "import './setup.ts';\nimport {\n  b,\n} from './lib/b.ts?raw';\n// moved here from './d.ts'\nexport * from './c.ts';\nimport { z } from 'zod';\n",
    'setup.ts': 'export {};\n',
    'lib/b.ts': "import type { C } from '../c.ts';\nexport const b = 1;\n",
    'c.ts': 'export type C = 1;\n',
    'd.ts': 'export const d = 1;\n',
    ...files,
  };
  for (const [name, text] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return path.join(dir, 'main.ts');
}

describe('sourceDigestOf', () => {
  const base = sourceDigestOf([tree(path.join(root, 'base'))]);
  it('changes with any module imported, however the import is written', () => {
    for (const [file, text] of Object.entries({ 'setup.ts': 'export const s = 2;\n', 'lib/b.ts': 'export const b = 2;\n', 'c.ts': 'export type C = 2;\n' })) {
      expect(sourceDigestOf([tree(path.join(root, file.replace('/', '-')), { [file]: text })]), file).not.toBe(base);
    }
  });
  it('does not follow a module named in a comment, nor a package', () => {
    expect(sourceDigestOf([tree(path.join(root, 'd'), { 'd.ts': 'export const d = 2;\n' })])).toBe(base);
  });
  it('is the same for the same tree anywhere on disk, and changes with the extra parts', () => {
    expect(sourceDigestOf([tree(path.join(root, 'elsewhere', 'copy'))])).toBe(base);
    expect(sourceDigestOf([tree(path.join(root, 'base'))], ['lockfile v2'])).not.toBe(base);
  });
});
