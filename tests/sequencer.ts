// The order the test files start in. Vitest's own order runs the projects one after another by name (browser,
// build, unit) and, on a fresh clone with no timings cached, each project's files largest first; that started
// the incremental-build proof, by far the longest file (about 80 s and a core and a half: it builds the site
// 15 times), some 120 s into a run, and it then ran alone for the last minute while the other core idled.
// Started first, it runs beside everything else. Every other file keeps vitest's order.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Files that start before all others, longest first (paths from the project root). */
const STARTED_FIRST = ['tests/build/incremental-build.test.ts'];

export default class StartedFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const i = STARTED_FIRST.findIndex((file) => spec.moduleId.endsWith(`/${file}`));
      return i < 0 ? STARTED_FIRST.length : i;
    };
    // Array.prototype.sort is stable: within a rank, vitest's order stands.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
