// The boundaries the tree's layout relies on (README, "Layout"): src/lib/ is pure functions that any script,
// test or page can call, so it takes only types from Astro; the browser scripts reach no Node module, so the
// entry editor and the search page bundle for the browser.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';

/** The modules a file imports at run time (type-only imports are erased), as written. */
function runtimeImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(import|export)\s+(type\s+)?([^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g)) {
    if (!m[2]) found.push(m[4]);
  }
  return found;
}

/** Every module a file reaches through its relative imports, and the bare ones they name. */
function reachable(entry: string): { files: string[]; bare: Map<string, string> } {
  const files = new Set<string>();
  const bare = new Map<string, string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of runtimeImports(file)) {
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec.replace(/\?raw$/, '')));
      else if (!bare.has(spec)) bare.set(spec, path.relative(ROOT, file));
    }
  };
  visit(entry);
  return { files: [...files], bare };
}

describe('module boundaries', () => {
  it('src/lib/ takes only types from Astro', () => {
    const dir = path.join(ROOT, 'src', 'lib');
    const offending = fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))
      .flatMap((f) => runtimeImports(path.join(dir, f)).filter((s) => s === 'astro' || s.startsWith('astro:') || s.startsWith('astro/') && s !== 'astro/zod').map((s) => `${f} imports ${s}`));
    expect(offending).toEqual([]);
  });

  it.each(['entry-editor.ts', 'search-page.ts', 'timeline-filter.ts', 'list-filter.ts'])('the browser script %s reaches no Node module', (script) => {
    const { files, bare } = reachable(path.join(ROOT, 'src', 'scripts', script));
    const node = [...bare].filter(([spec]) => spec.startsWith('node:') || ['fs', 'path', 'os', 'child_process', 'url', 'crypto'].includes(spec));
    expect(node.map(([spec, from]) => `${from} imports ${spec}`)).toEqual([]);
    // The walk did follow the script's imports (the editor reaches the schemas through the form).
    if (script === 'entry-editor.ts') expect(files.map((f) => path.relative(ROOT, f))).toContain(path.join('src', 'schemas', 'field-meta.ts'));
  });

  it('reads type-only and multi-line imports as they are', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-atlas-boundaries-'));
    try {
      const file = path.join(dir, 'x.ts');
      fs.writeFileSync(file, "import type { A } from 'astro';\nimport {\n  b,\n  c,\n} from './b.ts';\nimport './side.css';\nexport { d } from 'node:fs';\nexport type { E } from 'e';\n");
      expect(runtimeImports(file)).toEqual(['./b.ts', './side.css', 'node:fs']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
