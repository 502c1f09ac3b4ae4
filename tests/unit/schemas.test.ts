import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../src/lib/content-files.ts';
import { formatProblem, schemas, validateContent } from '../../src/lib/validate.ts';
import { contentFiles } from '../helpers.ts';

const project = (frontmatter: string) => parseContentFile('projects', 'content/projects/sample.mdx', `---\n${frontmatter}\n---\nBody text.\n`);
const source = parseContentFile('sources', 'content/sources/a-source.mdx', '---\ntitle: A source\nsummary: A document.\nkind: web-page\ndocument: 000_abc.txt\n---\n');
const org = parseContentFile('organizations', 'content/organizations/german-federal-foreign-office.mdx', '---\ntitle: German Federal Foreign Office\nsummary: A ministry.\nkind: government\nsources: [a-source]\n---\n');
const valid = 'title: Sample\nsummary: A sample project.\nkind: programme\nsources: [a-source]';
const problemsOf = (fm: string) => validateContent([project(fm), source, org]).problems.map(formatProblem);

describe('schemas accept the real content', () => {
  it('every content file is valid', () => {
    const { entries, problems } = validateContent(contentFiles());
    expect(problems.map(formatProblem)).toEqual([]);
    expect(entries.length).toBe(contentFiles().length);
  });

  it('partial dates keep their precision, even when YAML reads them as numbers or dates', () => {
    const parse = (start: unknown) => schemas.projects.parse({ title: 'x', summary: 'x', kind: 'event', sources: ['s'], start });
    expect(parse(2018).start).toBe('2018');
    expect(parse('2018-06').start).toBe('2018-06');
    expect(parse(new Date('2018-06-01')).start).toBe('2018-06-01');
  });
});

describe('schemas reject broken entries, naming file, line and field', () => {
  it('accepts the minimal valid project', () => {
    expect(problemsOf(valid)).toEqual([]);
  });

  it('a missing required field', () => {
    expect(problemsOf('title: Sample\nkind: programme\nsources: [a-source]')).toEqual([
      'content/projects/sample.mdx:2 summary: required field is missing (expected string)',
    ]);
  });

  it('a value outside the vocabulary', () => {
    const [p] = problemsOf(`${valid}\norganizations:\n  - organization: german-federal-foreign-office\n    role: sponsor`);
    expect(p).toMatch(/^content\/projects\/sample\.mdx:8 organizations\[0\]\.role: expected one of implementer, funder, .* — got "sponsor"$/);
  });

  it('a malformed date', () => {
    expect(problemsOf(`${valid}\nstart: "June 2018"`)).toEqual([
      'content/projects/sample.mdx:6 start: expected a date: YYYY, YYYY-MM or YYYY-MM-DD — got "June 2018"',
    ]);
  });

  it('an end before the start', () => {
    expect(problemsOf(`${valid}\nstart: "2019-06-01"\nend: "2018"`)).toEqual([
      'content/projects/sample.mdx:7 end: the end date is before the start date — got "2018"',
    ]);
  });

  it('an unknown field', () => {
    expect(problemsOf(`${valid}\nfunder: someone`)).toEqual([
      'content/projects/sample.mdx:6 funder: unknown field "funder" — check the spelling against CONTRIBUTING.md',
    ]);
  });

  it('a dangling reference, with a suggestion for a near miss', () => {
    expect(problemsOf(`${valid}\norganizations:\n  - organization: german-federal-foreign-ofice\n    role: funder`)).toEqual([
      'content/projects/sample.mdx:7 organizations[0].organization: no entry "german-federal-foreign-ofice" in organizations — did you mean "german-federal-foreign-office"?',
    ]);
  });

  it('a country code that is not ISO 3166-1', () => {
    const country = parseContentFile('countries', 'content/countries/atlantis.mdx', '---\ntitle: Atlantis\nsummary: x\ncode: QQ\nsources: [a-source]\n---\n');
    expect(validateContent([country, source]).problems.map(formatProblem)).toEqual([
      'content/countries/atlantis.mdx:4 code: expected an ISO 3166-1 alpha-2 code such as "TJ" (or "XK" for Kosovo) — got "QQ"',
    ]);
  });

  it('a file without frontmatter, and a file that is not .mdx', () => {
    const bare = parseContentFile('themes', 'content/themes/bare.mdx', 'Just text.');
    const md = parseContentFile('themes', 'content/themes/notes.md', '---\ntitle: x\n---\n');
    expect(validateContent([bare, md]).problems.map(formatProblem)).toEqual([
      'content/themes/bare.mdx:1 expected frontmatter between two "---" lines at the top of the file',
      'content/themes/notes.md:1 content files must end in .mdx; this file would not be published',
    ]);
  });
});
