// Ends the run with one plain line, "Tests: N passed, N failed, N skipped", that CI systems read.
import type { Reporter, TestCase, TestModule, TestSuite } from 'vitest/node';

/** A failing hook or import leaves its tests unrun ("skipped"); they count as failed, or the line would say 0. */
function underFailure(t: TestCase): boolean {
  for (let p: TestSuite | TestModule = t.parent; ; p = p.parent) {
    if (p.state() === 'failed' && p.errors().length > 0) return true;
    if (p.type === 'module') return false;
  }
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed' || (t.options.mode !== 'skip' && t.options.mode !== 'todo' && underFailure(t))) counts.failed++;
        else counts.skipped++;
      }
    }
    console.log(`\nTests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
