// A fixture site for the browser tests that need more content than the real catalogue has (pages of lists):
// a copy of the site in a temp dir with extra content files, built with `astro build` as a child process and
// served by Astro's preview server. The project's dist/ and caches are left alone (node_modules is linked
// package by package, so Astro's and Vite's caches are the fixture's own).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { preview } from 'astro';
import { ROOT } from './helpers.ts';

export interface FixtureFile { file: string; text: string }
export interface FixtureSite { dir: string; dist: string; baseUrl: string; close(): Promise<void> }

/** A copy of the site in `dir`: its sources, content and config, node_modules linked package by package. */
export function copySite(dir: string) {
  for (const d of ['src', 'content', 'public']) fs.cpSync(path.join(ROOT, d), path.join(dir, d), { recursive: true });
  for (const f of ['astro.config.mjs', 'tsconfig.json', 'package.json']) fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  fs.mkdirSync(path.join(dir, 'node_modules'));
  for (const name of fs.readdirSync(path.join(ROOT, 'node_modules'))) {
    if (name.startsWith('.') && name !== '.bin') continue;
    fs.symlinkSync(path.join(ROOT, 'node_modules', name), path.join(dir, 'node_modules', name));
  }
}

/** The project's own Node (24; Astro 7 needs 22.12 or newer) when the tests run on an older system Node. */
const projectNode = () => {
  const own = path.join(ROOT, 'node_modules', 'node', 'bin', 'node');
  return fs.existsSync(own) ? own : process.execPath;
};

/**
 * What `npm run build` does, in `dir`, with `env` added: `astro build`, then the search index
 * (scripts/index-search.ts), each as a child process. The two steps' log, or an error with its last lines.
 */
export async function build(dir: string, env: Record<string, string> = {}): Promise<string> {
  const log: Buffer[] = [];
  const run = async (args: string[]) => {
    const child = spawn(projectNode(), args, {
      cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    });
    child.stdout.on('data', (b) => log.push(b));
    child.stderr.on('data', (b) => log.push(b));
    const code = await new Promise<number>((resolve, reject) => { child.on('error', reject); child.on('exit', (c) => resolve(c ?? 1)); });
    if (code !== 0) throw new Error(`fixture build failed (exit ${code}):\n${Buffer.concat(log).toString().split('\n').slice(-30).join('\n')}`);
  };
  await run([path.join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build']);
  await run([path.join(ROOT, 'scripts', 'index-search.ts'), path.join(dir, 'dist')]);
  return Buffer.concat(log).toString();
}

/** The real site plus `files` (paths relative to the site root), built and served; close() stops it and removes the copy. */
export async function fixtureSite(files: FixtureFile[]): Promise<FixtureSite> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-atlas-fixture-'));
  try {
    copySite(dir);
    for (const f of files) {
      fs.mkdirSync(path.dirname(path.join(dir, f.file)), { recursive: true });
      fs.writeFileSync(path.join(dir, f.file), f.text);
    }
    await build(dir);
    const dist = path.join(dir, 'dist');
    const server = await preview({ root: dir, outDir: dist, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
    return {
      dir, dist, baseUrl: `http://127.0.0.1:${server.port}`,
      async close() {
        await server.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}
