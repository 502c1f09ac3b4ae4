import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../src/lib/content-files.ts';
import { formatProblem, schemas, validateContent } from '../../src/lib/validate.ts';
import { contentFiles } from '../helpers.ts';

const project = (frontmatter: string) => parseContentFile('projects', 'content/projects/sample.mdx', `---\n${frontmatter}\n---\nBody text.\n`);
const source = parseContentFile('sources', 'content/sources/a-source.mdx', '---\ntitle: A source\nsummary: A document.\nkind: web-page\nlanguage: en\ndocument: 000_abc.txt\n---\n');
const org = parseContentFile('organizations', 'content/organizations/german-federal-foreign-office.mdx', '---\ntitle: German Federal Foreign Office\nsummary: A ministry.\nkind: government\nsources: [a-source]\n---\n');
const valid = 'title: Sample\nsummary: A sample project.\nkind: programme\nsources: [a-source]';
const problemsOf = (fm: string) => validateContent([project(fm), source, org]).problems.map(formatProblem);

describe('schemas accept the real content', () => {
  it('every content file is valid', () => {
    const { entries, problems } = validateContent(contentFiles());
    expect(problems.map(formatProblem)).toEqual([]);
    expect(entries.length).toBe(contentFiles().length);
  });

  it('themes may give an OECD DAC CRS purpose code; the real ones that do give five digits and a name', () => {
    const withSector = contentFiles().filter((f) => f.collection === 'themes' && (f.data as any)?.dacSector);
    expect(withSector.length).toBeGreaterThan(0);
    for (const f of withSector) {
      const { dacSector } = schemas.themes.parse(f.data) as { dacSector: { code: string; name: string } };
      expect(dacSector.code, f.file).toMatch(/^\d{5}$/);
      expect(dacSector.name.length, f.file).toBeGreaterThan(0);
    }
    expect(schemas.themes.parse({ title: 'x', summary: 'x', sources: ['s'] })).not.toHaveProperty('dacSector');
  });

  it('partial dates keep their precision, even when YAML reads them as numbers or dates', () => {
    const parse = (start: unknown) => schemas.projects.parse({ title: 'x', summary: 'x', kind: 'event', sources: ['s'], start });
    expect(parse(2018).start).toBe('2018');
    expect(parse('2018-06').start).toBe('2018-06');
    expect(parse(new Date('2018-06-01')).start).toBe('2018-06-01');
  });
});

// Missing fields, vocabularies, dates, unknown fields, references and country codes on the real content:
// tests/unit/bad-input.test.ts; hostile and mistaken files: tests/unit/hostile-content.test.ts.
describe('schemas reject broken entries, naming file, line and field', () => {
  it('accepts the minimal valid project', () => {
    expect(problemsOf(valid)).toEqual([]);
  });

  it('an OECD DAC CRS purpose code that is not five digits, or a sector without its name', () => {
    const theme = (dac: string) => parseContentFile('themes', 'content/themes/rights.mdx', `---\ntitle: Rights\nsummary: x\nsources: [a-source]\n${dac}\n---\n`);
    const problems = (dac: string) => validateContent([theme(dac), source]).problems.map(formatProblem);
    expect(problems('dacSector:\n  code: "15160"\n  name: "Human rights"')).toEqual([]);
    expect(problems('dacSector:\n  code: "1516"\n  name: "Human rights"')).toEqual([
      'content/themes/rights.mdx:6 dacSector.code: expected an OECD DAC CRS purpose code: five digits in double quotes, e.g. "15150" — got "1516"',
    ]);
    expect(problems('dacSector:\n  code: "15160a"\n  name: "Human rights"')).toHaveLength(1);
    expect(problems('dacSector:\n  code: 15160\n  name: "Human rights"')).toEqual([
      'content/themes/rights.mdx:6 dacSector.code: expected string — got 15160',
    ]);
    // Reported at the top of the object, as a missing top-level field is at the top of the frontmatter.
    expect(problems('dacSector:\n  code: "15160"')).toEqual([
      'content/themes/rights.mdx:6 dacSector.name: required field is missing (expected string)',
    ]);
    expect(problems('dacSector:\n  code: "15160"\n  name: "Human rights"\n  vocabulary: "1"')).toEqual([
      'content/themes/rights.mdx:8 dacSector.vocabulary: unknown field "vocabulary" — check the spelling against CONTRIBUTING.md',
    ]);
  });

  it('a file without frontmatter (a file that is not .mdx: tests/unit/hostile-content.test.ts)', () => {
    const bare = parseContentFile('themes', 'content/themes/bare.mdx', 'Just text.');
    expect(validateContent([bare]).problems.map(formatProblem)).toEqual([
      'content/themes/bare.mdx:1 expected frontmatter at the top of the file: a line "---", the fields, and a line "---"',
    ]);
  });
});
