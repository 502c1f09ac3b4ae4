import { defineConfig } from 'vitest/config';
import StartedFirstSequencer from './tests/sequencer.ts';
import { ramTmpdirEnv } from './tests/scratch-dir.ts';

// The tests by kind, one vitest project each (README, "Tests"):
//   unit     pure functions, the real content, scripts: no build needed (`npm run test:unit`)
//   build    the built site in dist/ and the build itself (`npm run test:build`, after `npm run build`)
//   browser  real Chromium against dist/ served by Astro's preview server (`npm run test:browser`)
//   bench    `npm run bench` end to end at 20 entries (`npm run test:bench`); about two minutes, so it
//            is left out of `npm test` and CI and run when bench/ changes
// Only the projects that read dist/ get the global setup, which fails at once without a build and
// serves it for the browser tests.
const BUILT_SITE = ['tests/global-setup.ts'];
// The files of each project share one module graph per worker (`isolate: false`) instead of importing
// zod, the schemas and the content anew for each file: the unit tests took a third of the CPU time
// (12 s against 40 s), the browser tests 107 s instead of 118. The unit and build files pass in shuffled
// orders so (`--sequence.shuffle`), the browser files in shuffled file orders (`--sequence.shuffle.files`;
// the tests inside a browser file share one page and run in their written order).

// One test file per core at a time ('100%' of them). Vitest's default is one fewer than the cores, which on a
// 2-core machine (CI's and ours) ran the whole suite one file after another: 295 s, against 253 s with both.

export default defineConfig({
  test: {
    maxWorkers: '100%',
    // Temporary files in RAM where the machine has a tmpfs for them (tests/scratch-dir.ts says why).
    env: ramTmpdirEnv(),
    // The incremental-build proof starts first, beside the rest (tests/sequencer.ts).
    sequence: { sequencer: StartedFirstSequencer },
    reporters: ['default', './tests/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: BUILT_SITE, isolate: false } },
      {
        extends: true,
        test: { name: 'browser', include: ['tests/e2e/**/*.test.ts', 'tests/a11y/**/*.test.ts'], globalSetup: BUILT_SITE, isolate: false },
      },
      { extends: true, test: { name: 'bench', include: ['tests/bench/**/*.test.ts'] } },
    ],
  },
});
