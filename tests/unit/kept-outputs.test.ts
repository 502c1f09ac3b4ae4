// keptOutput (src/data/kept-outputs.ts): a file made whole from the catalogue, served from the build cache
// while what it is made from and the code that makes it are the same, and made again when either changes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keptOutput } from '../../src/data/kept-outputs.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));
/** A project with the site's src/ (whose kept-outputs.ts and its imports count as code too) and a maker module. */
function project(helper: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kept-outputs-'));
  roots.push(root);
  fs.cpSync(path.join(process.cwd(), 'src'), path.join(root, 'src'), { recursive: true });
  fs.writeFileSync(path.join(root, 'maker.ts'), "import './helper.ts';\nexport const make = 1;\n");
  fs.writeFileSync(path.join(root, 'helper.ts'), helper);
  return root;
}
const root = project('export const helper = 1;\n');

describe('keptOutput', () => {
  let made = 0;
  const make = (text: string) => () => (made++, text);
  const keep = (inputs: unknown, text: string) => keptOutput('out.json', ['maker.ts'], inputs, make(text), root);

  it('makes the text the first time, serves it after, and makes it again when an input changes', async () => {
    expect(await keep({ graph: 'a', built: 1 }, 'first\nwith lines')).toBe('first\nwith lines');
    expect(await keep({ built: 1, graph: 'a' }, 'not made')).toBe('first\nwith lines');
    expect(made).toBe(1);
    expect(await keep({ graph: 'b', built: 1 }, 'second')).toBe('second');
    expect(made).toBe(2);
  });
  it('makes it again when a module it is made by, or one that imports, changes', async () => {
    // The same project with the helper changed, and the same kept file: its code is not the same.
    const changed = project('export const helper = 2;\n');
    fs.cpSync(path.join(root, 'node_modules'), path.join(changed, 'node_modules'), { recursive: true });
    expect(await keptOutput('out.json', ['maker.ts'], { graph: 'b', built: 1 }, make('third'), changed)).toBe('third');
    expect(await keptOutput('out.json', ['maker.ts'], { graph: 'b', built: 1 }, make('not made'), changed)).toBe('third');
  });
  it('refuses a name that is not a file name', async () => {
    await expect(keptOutput('../escape', ['maker.ts'], {}, make('x'), root)).rejects.toThrow(/file name/);
  });
});
