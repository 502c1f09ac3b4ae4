// When one language's indexer fails, `npm run build`'s search step (scripts/index-search.ts) says which and why,
// exits non-zero, and leaves nothing half-written in the site: the other language's indexer is waited for
// before the parts are cleaned up, not left running to write its part after the step has exited.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, ROOT } from '../helpers.ts';

let dir: string;
let result: ReturnType<typeof spawnSync>;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-atlas-index-failure-'));
  fs.cpSync(DIST, path.join(dir, 'dist'), { recursive: true });
  fs.rmSync(path.join(dir, 'dist', 'ru', 'search', 'records.json'));
  result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'index-search.ts'), path.join(dir, 'dist')], { encoding: 'utf8' });
  // Time enough for an indexer left running to write its part.
  await new Promise((resolve) => setTimeout(resolve, 2000));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a failing search indexer', () => {
  it('fails the step, naming the language and the missing file', () => {
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('ru/search/records.json was not built');
    expect(result.stderr).toContain('indexing the ru pages failed');
  });

  it('leaves no part of the index half-written in the site', () => {
    expect(fs.readdirSync(path.join(dir, 'dist')).filter((name) => name.startsWith('.pagefind-'))).toEqual([]);
    expect(result.stderr).not.toMatch(/ENOENT/);
  });
});
