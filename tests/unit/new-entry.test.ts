// `npm run new` writes a template with every schema field; once its required fields are filled in, the
// entry passes validate. The template is built from the schemas, so these tests cover every collection.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { entryTemplate, fieldsOf, main, slugify, slugsByCollection } from '../../scripts/new.ts';
import type { FieldDescriptor } from '../../src/lib/entry-form.ts';
import { parseContentFile } from '../../src/lib/content-files.ts';
import { formatProblem, validateContent } from '../../src/lib/validate.ts';
import * as vocabularies from '../../src/schemas/vocabularies.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/vocabularies.ts';
import { ROOT, contentFiles } from '../helpers.ts';

const real = contentFiles();
const slugs = slugsByCollection(real);
const template = (c: CollectionName, title = 'Zz Test Entry') => entryTemplate(c, title, slugs);
const frontmatterOf = (text: string) => /^---\n([\s\S]*?)\n---\n/.exec(text)![1];
/** Validates a new file next to the real content. */
const validateWith = (c: CollectionName, text: string, id = 'zz-test-entry') =>
  validateContent([...real, parseContentFile(c, `content/${c}/${id}.mdx`, text)]).problems.map(formatProblem);

/** What an author would type into each required field. Two fields have formats the types alone do not say. */
function fill(f: FieldDescriptor): unknown {
  if (f.name === 'code') return 'FR';
  if (f.name === 'document') return '999_0123456789abcdef.txt';
  if (f.name === 'language') return 'en';
  if (f.kind === 'list') return [fill(f.item!)];
  if (f.kind === 'reference') return slugs[f.refersTo!][0];
  if (f.kind === 'choice') return f.choices![0].value;
  if (f.kind === 'number' || f.kind === 'integer') return 1;
  if (f.kind === 'date') return '2020';
  return 'Filled in by the author.';
}

describe.each(COLLECTIONS)('npm run new -- %s', (collection) => {
  const text = template(collection);
  const fields = fieldsOf(collection);

  it('writes frontmatter that parses as YAML and names every field of the schema', () => {
    expect(parseContentFile(collection, 'x.mdx', text).syntaxErrors).toEqual([]);
    for (const f of fields) expect(text, f.name).toMatch(new RegExp(`^(# )?${f.name}:`, 'm'));
  });

  it('passes validate once the required fields are filled in', () => {
    const doc = parseDocument(frontmatterOf(text));
    for (const f of fields.filter((f) => f.required && f.name !== 'title')) doc.set(f.name, fill(f));
    const filled = `---\n${String(doc)}---\n\nWritten in our own words.\n`;
    // A new source is not cited by anything yet; validate says so until an entry cites it.
    expect(validateWith(collection, filled)).toEqual(
      collection === 'sources' ? ['content/sources/zz-test-entry.mdx:1 no entry cites this source — add it to the sources of the entries that use it, or delete the file'] : [],
    );
  });

  it('is rejected while required fields are still empty', () => {
    const required = fields.filter((f) => f.required && f.name !== 'title').map((f) => f.name);
    // (A new source's "no entry cites this source" names no field and is checked above.)
    const fieldsWithProblems = validateWith(collection, text).filter((p) => !p.includes('no entry cites')).map((p) => / (\w+): /.exec(p)?.[1]);
    expect(new Set(fieldsWithProblems)).toEqual(new Set(required));
  });
});

describe('the template', () => {
  it('explains every field of every schema, nested ones included', () => {
    const missing = (fs: FieldDescriptor[]): string[] => fs.flatMap((f) => [...(f.help ? [] : [f.key]), ...missing(f.fields ?? f.item?.fields ?? [])]);
    expect(COLLECTIONS.flatMap((c) => missing(fieldsOf(c)))).toEqual([]);
  });

  it('lists vocabulary values and existing slugs, and says what is required', () => {
    const text = template('projects');
    expect(text).toContain('# kind — REQUIRED · one of: programme, project, event, conference, workshop, campaign, training, dialogue, education, research, technical-assistance');
    expect(text).toContain('role — REQUIRED · one of: implementer, funder, partner, coordinator, host, organizer, co-organizer, participant, beneficiary, signatory');
    expect(text).toContain('# start — optional · date "YYYY", "YYYY-MM" or "YYYY-MM-DD" (quoted) · when it began\n# start: ""');
    expect(text).toMatch(/existing sources \(content\/sources\/\):\n#\s+csp-project-2018-2019-page,/);
    // Long slug lists are cut short rather than filling the file.
    const many = entryTemplate('projects', 'X', { ...slugs, organizations: Array.from({ length: 60 }, (_, i) => `org-${i}`) });
    expect(many).toContain('org-19, … and 40 more');
    expect(many).not.toContain('org-20,');
  });

  it('is what an author edits by hand: fill in the blanks, uncomment an optional field', () => {
    const text = template('projects', 'Zz Youth Forum')
      .replace('summary: ""', 'summary: "A forum for young activists."')
      .replace('sources: []', 'sources: [usosce-better-osce-for-civil-society]')
      .replace('kind: ""', 'kind: conference')
      .replace('# start: ""', 'start: "2024-05"')
      .replace('themes: []', 'themes:\n  - civil-society-development');
    expect(validateWith('projects', `${text}Young activists met in Vienna.\n`, 'zz-youth-forum')).toEqual([]);
  });

  it('slugifies titles for file names', () => {
    expect(slugify('Women, Peace & Security: 2024 Forum')).toBe('women-peace-and-security-2024-forum');
    expect(slugify('  Škola za građane  ')).toBe('skola-za-gradane');
    expect(slugify('Łódź, Øresund, Straße')).toBe('lodz-oresund-strasse');
    expect(slugify('Ёлка')).toBe('');
  });
});

describe('the command', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-new-'));
  fs.cpSync(path.join(ROOT, 'content'), path.join(tmp, 'content'), { recursive: true });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const run = (...args: string[]) => {
    const out: string[] = [];
    const code = main(args, tmp, (m) => out.push(m), (m) => out.push(m));
    return { code, out: out.join('\n') };
  };

  it('writes content/<collection>/<slug>.mdx and refuses to overwrite it', () => {
    expect(run('themes', 'Zz Youth Participation')).toEqual({ code: 0, out: expect.stringContaining('Created content/themes/zz-youth-participation.mdx') });
    const file = path.join(tmp, 'content/themes/zz-youth-participation.mdx');
    fs.appendFileSync(file, 'Edited by the author.\n');
    expect(run('themes', 'Zz Youth Participation')).toEqual({ code: 1, out: 'content/themes/zz-youth-participation.mdx already exists; not overwriting it. Edit it, or choose another title.' });
    expect(fs.readFileSync(file, 'utf8')).toContain('Edited by the author.');
  });

  it('names the valid collections when given an unknown one, and explains usage', () => {
    expect(run('project', 'X')).toEqual({ code: 1, out: 'Unknown collection "project". Valid collections: missions, projects, subprojects, organizations, people, countries, themes, sources' });
    expect(run('projects')).toEqual({ code: 1, out: expect.stringContaining('Usage: npm run new -- <collection> "<Title>"') });
  });

  it('refuses a title that would make a file name of digits alone (those addresses are pages of the list)', () => {
    const { code, out } = run('projects', '2019');
    expect(code).toBe(1);
    expect(out).toMatch(/^Cannot make a file name from "2019": the file name "2019\.mdx" is digits alone/);
    expect(fs.existsSync(path.join(tmp, 'content/projects/2019.mdx'))).toBe(false);
  });

  it('runs as a script (npm run new uses `node scripts/new.ts`)', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(ROOT, 'scripts/new.ts'), 'people', 'Zz Jane Doe'], { cwd: tmp });
    expect(stdout).toContain('Created content/people/zz-jane-doe.mdx');
    expect(fs.existsSync(path.join(tmp, 'content/people/zz-jane-doe.mdx'))).toBe(true);
  });
});

describe('CONTRIBUTING.md', () => {
  const guide = fs.readFileSync(path.join(ROOT, 'CONTRIBUTING.md'), 'utf8');

  it('names every field of every collection, nested ones included', () => {
    const names = (fs: FieldDescriptor[]): string[] => fs.flatMap((f) => [f.name, ...names(f.fields ?? f.item?.fields ?? [])]);
    const missing = [...new Set(COLLECTIONS.flatMap((c) => names(fieldsOf(c))))].filter((n) => !guide.includes(`\`${n}\``));
    expect(missing).toEqual([]);
  });

  it('lists every vocabulary value', () => {
    const values = Object.values(vocabularies).flatMap((v) => (Array.isArray(v) ? v : v && typeof v === 'object' ? Object.keys(v) : []));
    expect(values.length).toBeGreaterThan(50);
    expect(values.filter((v) => !guide.includes(`\`${v}\``))).toEqual([]);
  });

  it('has a worked example that passes validate', () => {
    const example = /## A worked example[\s\S]*?```mdx\n([\s\S]*?)```/.exec(guide)![1];
    const file = 'content/projects/tajikistan-16-days-of-activism.mdx';
    const others = real.filter((f) => f.file !== file);
    const problems = validateContent([...others, parseContentFile('projects', file, example)]).problems.map(formatProblem);
    expect(problems).toEqual([]);
  });
});

describe('npm run new -- --translate', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-new-translate-'));
  fs.cpSync(path.join(ROOT, 'content'), path.join(tmp, 'content'), { recursive: true });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const run = (...args: string[]) => {
    const out: string[] = [];
    const code = main(args, tmp, (m) => out.push(m), (m) => out.push(m));
    return { code, out: out.join('\n') };
  };

  it('starts a translation of an existing entry, as npm run translate does, and re-stamps an existing one', () => {
    const file = path.join(tmp, 'content/ru/projects/hdim.mdx');
    fs.rmSync(file, { force: true });
    expect(run('--translate', 'projects/hdim')).toEqual({ code: 0, out: expect.stringContaining('content/ru/projects/hdim.mdx: started from the English text') });
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^englishVersion: "[0-9a-f]{8}"$/m);
    expect(run('--translate', 'projects/hdim')).toEqual({ code: 0, out: expect.stringContaining('marked as translating the English text of now') });
  });

  it('refuses an entry that does not exist and a language that is not one', () => {
    expect(run('--translate', 'projects/no-such-entry').code).toBe(1);
    expect(run('--translate', 'projects/hdim', '--lang', 'xx')).toEqual({ code: 1, out: expect.stringContaining('--lang: expected one of ru') });
  });
});
