// The rules validate adds beyond the schemas: unique names, cited sources, references checked even in
// entries with schema problems, and body safety reported as file problems.
import { describe, expect, it } from 'vitest';
import { parseContentFile, type ContentFile } from '../../src/lib/content-files.ts';
import { findReferences } from '../../src/lib/references.ts';
import { formatPath, formatProblem, rawReferences, validateContent } from '../../src/lib/validate.ts';
import type { CollectionName } from '../../src/schemas/vocabularies.ts';
import { contentFiles } from '../helpers.ts';

const file = (collection: CollectionName, id: string, frontmatter: string, body = '') =>
  parseContentFile(collection, `content/${collection}/${id}.mdx`, `---\n${frontmatter}\n---\n${body}`);
const source = file('sources', 'a-source', 'title: A source\nsummary: A document.\nkind: web-page\nlanguage: en\ndocument: 000_abc.txt');
const theme = (id: string, title: string, extra = '') => file('themes', id, `title: ${title}\nsummary: x\nsources: [a-source]${extra}`);
const problems = (...files: ContentFile[]) => validateContent([source, ...files]).problems.map(formatProblem);

describe('titles and aliases', () => {
  it('a title used twice in one collection is reported on the later file, naming the earlier', () => {
    expect(problems(theme('b-theme', 'Rule of law'), theme('a-theme', 'Rule  of Law'))).toEqual([
      'content/themes/b-theme.mdx:2 title: "Rule of law" is already the title of content/themes/a-theme.mdx; an entry\'s title must not be another themes entry\'s title or alias',
    ]);
  });

  it("an alias equal to another entry's title, either way round", () => {
    expect(problems(theme('a-theme', 'Rule of law'), theme('b-theme', 'Justice', '\naliases: [rule of law]'))).toEqual([
      'content/themes/b-theme.mdx:5 aliases[0]: "rule of law" is already the title of content/themes/a-theme.mdx; an entry\'s title must not be another themes entry\'s title or alias',
    ]);
    expect(problems(theme('a-theme', 'Justice', '\naliases: [Rule of law]'), theme('b-theme', 'Rule of law'))).toEqual([
      'content/themes/b-theme.mdx:2 title: "Rule of law" is already an alias of content/themes/a-theme.mdx; an entry\'s title must not be another themes entry\'s title or alias',
    ]);
  });

  it('a shared abbreviation, the same title in another collection, or an alias repeating its own title are fine', () => {
    const org = file('organizations', 'rule-of-law', 'title: Rule of law\nsummary: x\nkind: ngo\nsources: [a-source]\naliases: [MIA]');
    const org2 = file('organizations', 'other', 'title: Other\nsummary: x\nkind: ngo\nsources: [a-source]\naliases: [MIA]');
    expect(problems(theme('a-theme', 'Rule of law', '\naliases: [Rule of law]'), org, org2)).toEqual([]);
  });
});

describe('sources', () => {
  it('a source nothing cites is reported on its own file', () => {
    const unused = file('sources', 'unused', 'title: Unused\nsummary: x\nkind: report\nlanguage: en\ndocument: 001_x.txt');
    expect(problems(theme('a-theme', 'A'), unused)).toEqual([
      'content/sources/unused.mdx:1 no entry cites this source — add it to the sources of the entries that use it, or delete the file',
    ]);
  });

  it('a citation in a disagreement counts, and so does one from an entry with schema problems', () => {
    const other = file('sources', 'b-source', 'title: B\nsummary: x\nkind: report\nlanguage: en\ndocument: 001_x.txt');
    const disputed = theme('a-theme', 'A', '\ndisagreements:\n  - about: the year\n    versions:\n      - { value: "2018", source: a-source }\n      - { value: "2019", source: b-source }');
    const broken = file('themes', 'c-theme', 'title: C\nsources: [b-source]');
    expect(problems(disputed, other)).toEqual([]);
    expect(problems(theme('a-theme', 'A'), other, broken)).toEqual([
      'content/themes/c-theme.mdx:2 summary: required field is missing (expected string)',
    ]);
  });
});

describe('references in entries that fail the schema', () => {
  it('are still checked, so one run reports every problem', () => {
    const project = file('projects', 'p', 'title: P\nsummary: x\nkind: meeting\nsources: [a-source]\nthemes: [rule-of-lw]');
    expect(problems(project, theme('rule-of-law', 'Rule of law'))).toEqual([
      'content/projects/p.mdx:4 kind: expected one of programme, project, event, conference, workshop, campaign, training, dialogue, education, research, technical-assistance — got "meeting"',
      'content/projects/p.mdx:6 themes[0]: no entry "rule-of-lw" in themes — did you mean "rule-of-law"?',
    ]);
  });

  it('a value the schema already rejects is not reported again as a missing entry', () => {
    const project = file('projects', 'p', 'title: P\nsummary: x\nkind: event\nsources: [a-source]\nthemes: ["Rule of Law"]');
    expect(problems(project)).toEqual([
      'content/projects/p.mdx:6 themes[0]: expected a lowercase slug like "osce-mission-in-kosovo" — got "Rule of Law"',
    ]);
  });

  it('find exactly the references the parsed data holds, for every real entry', () => {
    const key = (r: { path: PropertyKey[]; ref: { collection: string; id: string } }) => `${formatPath(r.path)}=${r.ref.collection}/${r.ref.id}`;
    const { entries } = validateContent(contentFiles());
    const raw = new Map(contentFiles().map((f) => [f.file, rawReferences(f.collection, f.data).map(key).sort()]));
    for (const e of entries) expect(raw.get(e.file), e.file).toEqual(findReferences(e.data).map(key).sort());
    expect([...raw.values()].flat().length).toBeGreaterThan(300);
  });
});

describe('body problems', () => {
  it('are reported as field "body" with the line in the file', () => {
    const t = file('themes', 'a-theme', 'title: A\nsummary: x\nsources: [a-source]', 'Intro.\n\n<iframe src="https://example.org" />\n');
    expect(problems(t)).toEqual(['content/themes/a-theme.mdx:8 body: <iframe> is not allowed: it would embed another site in the page']);
  });

  it('are reported even when the frontmatter does not parse', () => {
    const t = parseContentFile('themes', 'content/themes/a-theme.mdx', '---\ntitle: [unclosed\n---\nText {x}\n');
    expect(problems(t).map((p) => p.replace(/YAML syntax: .*/, 'YAML syntax: …'))).toEqual([
      'content/sources/a-source.mdx:1 no entry cites this source — add it to the sources of the entries that use it, or delete the file',
      'content/themes/a-theme.mdx:2 YAML syntax: …',
      'content/themes/a-theme.mdx:4 body: JavaScript expressions are not allowed — got {x}; to show a brace, write \\{',
    ]);
  });
});

describe('file names', () => {
  it('digits alone are refused in every collection, since /<collection>/<n>/ is page n of its list; digits with a word are fine', () => {
    expect(problems(theme('2', 'Two'), theme('007', 'Bond'), theme('2019-forum', 'Forum'), theme('forum-2019', 'Forum 2019'))).toEqual([
      'content/themes/007.mdx:1 the file name "007.mdx" is digits alone, but addresses like /themes/2/ are kept for the pages of the themes list — add a word that names the entry, e.g. "forum-007.mdx"',
      'content/themes/2.mdx:1 the file name "2.mdx" is digits alone, but addresses like /themes/2/ are kept for the pages of the themes list — add a word that names the entry, e.g. "forum-2.mdx"',
    ]);
  });
});

describe('links to entries in a body', () => {
  it('are checked like references, with the file line; other site paths and addresses pass', async () => {
    const { parseContentFile } = await import('../../src/lib/content-files.ts');
    const { validateContent } = await import('../../src/lib/validate.ts');
    const { contentFiles } = await import('../helpers.ts');
    const real = contentFiles();
    const someProject = real.find((f) => f.collection === 'projects')!;
    const base = real.find((f) => f.collection === 'themes')!;
    const { readFileSync } = await import('node:fs');
    const { ROOT } = await import('../helpers.ts');
    const frontmatter = readFileSync(`${ROOT}/${base.file}`, 'utf8').split(/^---$/m)[1].trim();
    const text = (body: string) => `---\n${frontmatter}\n---\n${body}`;
    const body = [
      `Intro with [a real project](/projects/${someProject.id}/) and [the map](/map/) and [osce](https://www.osce.org/).`,
      '',
      'Then [a missing one](/projects/no-such-project/).',
      '',
      '[ref]: /missions/nowhere/',
    ].join('\n');
    const edited = parseContentFile('themes', base.file, text(body));
    const { problems } = validateContent([...real.filter((f) => f.file !== base.file), edited]);
    const mine = problems.filter((p) => p.file === base.file);
    expect(mine.map((p) => [p.line, p.field, /no-such-project|nowhere/.exec(p.message)?.[0]])).toEqual([
      [edited.bodyLine + 2, 'body', 'no-such-project'],
      [edited.bodyLine + 4, 'body', 'nowhere'],
    ]);
  });
});
