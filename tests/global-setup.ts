// The global setup of the projects that read the built site (vitest.config.ts: build, browser): serves
// dist/ with Astro's own preview server for the browser tests. `npm test` builds first; a missing build is
// one clear error, not a pile of failed reads and fetches. The unit project needs no build and skips this.
import fs from 'node:fs';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject) {
  const outDir = process.env.DIST ?? 'dist'; // DIST=/tmp/x serves another build, as tests/helpers.ts reads it
  if (!fs.existsSync(`${outDir}/index.html`)) throw new Error(`No build in ${outDir}/: run \`npm run build\` first (npm test does).`);
  const server = await preview({ root: process.cwd(), outDir, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
  project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
  return () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
