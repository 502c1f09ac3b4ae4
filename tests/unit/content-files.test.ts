// Reading a content file: frontmatter parsed as Astro parses it (js-yaml), positions from the `yaml`
// library only when a line is asked for, and syntax errors named at their line in the file.
import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../src/lib/content-files.ts';
import { schemas } from '../../src/lib/validate.ts';

const file = (frontmatter: string, body = 'Body.\n') => parseContentFile('projects', 'content/projects/x.mdx', `---\n${frontmatter}\n---\n${body}`);

describe('parseContentFile', () => {
  it("keeps an unquoted date as written; Astro's build reads a Date, and the schema gives both the same value", () => {
    const unquoted = file('start: 2019-05-01').data as { start: unknown };
    expect(unquoted.start).toBe('2019-05-01');
    const shape = (schemas.projects as unknown as { shape: Record<string, { parse(v: unknown): unknown }> }).shape;
    expect(shape.start.parse(new Date(Date.UTC(2019, 4, 1)))).toBe(shape.start.parse('2019-05-01'));
  });

  it('points at the line of a value, of a list item, and of a key left empty', () => {
    const f = file('title: A\nsummary:\nthemes:\n  - rights\n  - media');
    expect(f.syntaxErrors).toEqual([]);
    expect(f.lineOf(['title'])).toBe(2);
    expect(f.lineOf(['summary'])).toBe(3);
    expect(f.lineOf(['themes', 1])).toBe(6);
    expect(f.lineOf(['nowhere', 'deep'])).toBe(2); // the nearest thing that exists: the frontmatter itself
  });

  it('names a syntax error at its line in the file and gives no data', () => {
    const f = file('title: A\nsummary: "unclosed\nkind: event');
    expect(f.data).toBeUndefined();
    expect(f.syntaxErrors).toHaveLength(1);
    expect(f.syntaxErrors[0].line).toBeGreaterThanOrEqual(3);
    expect(f.syntaxErrors[0].message).toMatch(/^YAML syntax: /);
  });

  it('rejects what Astro\'s parser rejects even where the `yaml` library would accept it, in js-yaml\'s words', () => {
    const f = file('title: A\nkind: !custom event');
    expect(f.data).toBeUndefined();
    expect(f.syntaxErrors).toEqual([{ line: 3, message: 'YAML syntax: unknown tag !<!custom>' }]);
  });

  it('gives the body and the line it starts on', () => {
    const f = file('title: A\nkind: event', 'First line.\n');
    expect(f.body).toBe('First line.\n');
    expect(f.bodyLine).toBe(5);
  });
});
