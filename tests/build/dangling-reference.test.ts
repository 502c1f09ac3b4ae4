// Astro 7 only logs a dangling reference(); our build must fail and name the file and field.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';
import { copySite } from '../fixture-site.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-dangling-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

it('a dangling reference fails the build, naming file, line and field', async () => {
  // Linked package by package: a link to the whole node_modules would share the project's own build cache.
  copySite(tmp);
  const file = path.join(tmp, 'content/subprojects/csp-2018-reloading-wps-agenda.mdx');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^project: .*$/m, 'project: no-such-project'));
  const line = fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => l.startsWith('project:')) + 1;

  const run = promisify(execFile)(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: tmp });
  const error = await run.then(() => undefined, (e: { code: number; stdout: string; stderr: string }) => e);
  expect(error, 'the build should have failed').toBeDefined();
  expect(error!.code).not.toBe(0);
  expect(error!.stdout + error!.stderr).toContain(
    `content/subprojects/csp-2018-reloading-wps-agenda.mdx:${line} project: no entry "no-such-project" in projects`,
  );
  expect(fs.existsSync(path.join(tmp, 'dist/index.html'))).toBe(false);
}, 120_000);
