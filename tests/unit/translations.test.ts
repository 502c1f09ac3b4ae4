// Translation files: what validate accepts and refuses, how a translation's words replace the English
// ones while every fact stays English, and the fingerprint that says a translation is behind.
import { describe, expect, it, onTestFinished } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseContentFile, readContentTree, type ContentFile } from '../../src/lib/content-files.ts';
import { formatProblem, validateContent } from '../../src/lib/validate.ts';
import { localizedData } from '../../src/lib/localize.ts';
import { englishVersionOf, translationSchema } from '../../src/schemas/translation.ts';
import type { CollectionName } from '../../src/schemas/vocabularies.ts';
import { ROOT } from '../helpers.ts';

const english = (collection: CollectionName, id: string, frontmatter: string, body = 'English body.\n') =>
  parseContentFile(collection, `content/${collection}/${id}.mdx`, `---\n${frontmatter}\n---\n${body}`);
const russian = (collection: CollectionName, id: string, frontmatter: string, body = 'Русский текст.\n'): ContentFile => ({
  ...parseContentFile(collection, `content/ru/${collection}/${id}.mdx`, `---\n${frontmatter}\n---\n${body}`),
  lang: 'ru',
});
const source = english('sources', 'a-source', 'title: A source\nsummary: A document.\nkind: web-page\nlanguage: en');
const project = english('projects', 'a-project', [
  'title: A project', 'summary: Work.', 'sources: [a-source]', 'kind: training', 'start: 2019',
  'events:', '  - date: 2019-03-05', '    what: A training', '  - date: 2019-04', '    what: A visit',
  'figures:', '  - value: 12', '    counted: trainees',
].join('\n'));
const version = englishVersionOf(validateContent([source, project]).entries.find((e) => e.id === 'a-project')!.data as never, project.body);
const problems = (...files: ContentFile[]) => validateContent([source, project, ...files]).problems.map(formatProblem);
const ru = (extra = '') => `title: Проект\nsummary: Работа.\nenglishVersion: "${version}"${extra}`;

describe('validate: translation files', () => {
  it('accepts a translation that gives words only', () => {
    expect(problems(russian('projects', 'a-project', ru('\nevents: ["Тренинг", "Визит"]\nfigures: ["слушатели"]')))).toEqual([]);
  });

  it('refuses a fact, saying it belongs to the English entry', () => {
    expect(problems(russian('projects', 'a-project', ru('\nstart: 2020')))).toEqual([
      'content/ru/projects/a-project.mdx:5 start: "start" is a fact, and facts come from the English entry (content/projects/a-project.mdx): change it there, and remove it here',
    ]);
  });

  it('refuses an unknown field, listing what a translation holds', () => {
    expect(problems(russian('projects', 'a-project', ru('\ntitel: x')))[0]).toMatch(/:5 titel: unknown field "titel": a translation holds only title, summary, aliases/);
  });

  it('refuses a translation of an entry that does not exist', () => {
    expect(problems(russian('projects', 'no-such-project', ru()))).toEqual([
      'content/ru/projects/no-such-project.mdx:1 translates content/projects/no-such-project.mdx, which does not exist: a translation needs its English entry (check the file name, or remove the translation)',
    ]);
  });

  it('refuses a translation that lacks a required part: title, summary, fingerprint, body', () => {
    expect(problems(russian('projects', 'a-project', `summary: Работа.\nenglishVersion: "${version}"`))).toEqual([
      'content/ru/projects/a-project.mdx:2 title: missing: a translation must give its title',
    ]);
    expect(problems(russian('projects', 'a-project', 'title: Проект\nsummary: Работа.'))).toEqual([
      'content/ru/projects/a-project.mdx:2 englishVersion: missing: a translation must give its englishVersion (run `npm run translate -- projects/a-project`)',
    ]);
    expect(problems(russian('projects', 'a-project', ru(), ''))).toEqual([
      'content/ru/projects/a-project.mdx:6 body: missing: the English entry has a body, so its translation needs one (write it below the closing "---")',
    ]);
  });

  it('refuses list words that do not match the English items one for one', () => {
    expect(problems(russian('projects', 'a-project', ru('\nevents: ["Тренинг"]')))).toEqual([
      "content/ru/projects/a-project.mdx:5 events: expected 2 item(s), one `what` for each of the English entry's events in its order — found 1",
    ]);
  });

  it('refuses a link to an entry that does not exist, and unsafe body content, as in English files', () => {
    expect(problems(russian('projects', 'a-project', ru(), 'См. [проект](/projects/nothing-here/).\n'))).toEqual([
      'content/ru/projects/a-project.mdx:6 body: the link to /projects/nothing-here/ names no entry: expected an existing projects file, content/projects/<name>.mdx — got "nothing-here"',
    ]);
    expect(problems(russian('projects', 'a-project', ru(), 'Текст <script>alert(1)</script>\n')).join('\n')).toMatch(/content\/ru\/projects\/a-project\.mdx:6 body: /);
  });

  it('refuses two translations with the same title in one collection', () => {
    const other = english('projects', 'b-project', 'title: B project\nsummary: Work.\nsources: [a-source]\nkind: training');
    const v2 = englishVersionOf(validateContent([source, other]).entries.find((e) => e.id === 'b-project')!.data as never, other.body);
    const { problems: found } = validateContent([source, project, other, russian('projects', 'a-project', ru()), russian('projects', 'b-project', `title: Проект\nsummary: Работа.\nenglishVersion: "${v2}"`)]);
    expect(found.map(formatProblem)).toEqual([
      'content/ru/projects/b-project.mdx:2 title: "Проект" is already the title of content/ru/projects/a-project.mdx; an entry\'s title must not be another projects entry\'s title or alias',
    ]);
  });
});

describe('validate: notes beside list items', () => {
  const withNotes = english('projects', 'n-project', [
    'title: N project', 'summary: Work.', 'sources: [a-source]', 'kind: training',
    'organizations:', '  - organization: an-org', '    role: implementer', '    note: ran the trainings', '  - organization: an-org', '    role: funder',
    'people:', '  - person: a-person', '    role: speaker',
  ].join('\n'));
  const org = english('organizations', 'an-org', 'title: An org\nsummary: An org.\nsources: [a-source]\nkind: ngo');
  const person = english('people', 'a-person', 'title: A person\nsummary: Someone.\nsources: [a-source]');
  const base = [source, withNotes, org, person];
  const v = englishVersionOf(validateContent(base).entries.find((e) => e.id === 'n-project')!.data as never, withNotes.body);
  const check = (extra: string) => validateContent([...base, russian('projects', 'n-project', `title: Проект\nsummary: Работа.\nenglishVersion: "${v}"${extra}`)]).problems.map(formatProblem);

  it('accepts one note per item, "" where the English item has none', () => {
    expect(check('\norganizations: ["проводила тренинги", ""]\npeople: ["докладчик"]')).toEqual([]);
  });
  it('refuses a note where English has none, a missing one, and a wrong count', () => {
    expect(check('\norganizations: ["проводила тренинги", "донор"]')).toEqual(['content/ru/projects/n-project.mdx:5 organizations[1]: the English item has no note; give "" here']);
    expect(check('\norganizations: ["", ""]')).toEqual(['content/ru/projects/n-project.mdx:5 organizations[0]: missing: the English item\'s note ("ran the trainings")']);
    expect(check('\npeople: ["докладчик", "фотограф"]')).toEqual([`content/ru/projects/n-project.mdx:5 people: expected 1 item(s), one for each of the English entry's people in its order ("" where it has no role) — found 2`]);
  });
  it('refuses notes for a list whose English items have none', () => {
    expect(check('\npartnerMissions: ["x"]')).toEqual(["content/ru/projects/n-project.mdx:5 partnerMissions: the English entry's partnerMissions have no note to translate; remove this list"]);
  });
  it('puts the notes in the Russian data, item for item, and leaves items without notes alone', () => {
    const tr = translationSchema.parse({ title: 'П', summary: 'Р', organizations: ['проводила тренинги', ''], people: ['докладчик'], englishVersion: '0123abcd' });
    const data = { title: 'N', summary: 'W', organizations: [{ role: 'implementer', note: 'ran the trainings' }, { role: 'funder' }], people: [{ role: 'speaker' }] };
    const out = localizedData(data, tr, 'ru');
    expect(out.organizations.map((o: { note?: string }) => o.note)).toEqual(['проводила тренинги', undefined]);
    expect(out.people[0].role).toBe('докладчик');
  });
});

describe('the content tree: translation folders', () => {
  it('reads content/ru/<collection>/ as translations, and names a misplaced folder inside it', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-tr-'));
    onTestFinished(() => fs.rmSync(root, { recursive: true, force: true }));
    fs.mkdirSync(path.join(root, 'content/ru/projects'), { recursive: true });
    fs.mkdirSync(path.join(root, 'content/ru/project'), { recursive: true });
    fs.writeFileSync(path.join(root, 'content/ru/projects/x.mdx'), '---\ntitle: Икс\n---\nТекст\n');
    const tree = readContentTree(root);
    expect(tree.files.map((f) => [f.file, f.lang, f.collection])).toEqual([['content/ru/projects/x.mdx', 'ru', 'projects']]);
    expect(tree.problems.map(formatProblem)).toEqual([
      'content/ru/project/:1 "project" is not a collection, so nothing in it would be published — expected one of missions, projects, subprojects, organizations, people, countries, themes, sources; did you mean content/ru/projects/?',
    ]);
  });

  it('the real translations are all valid and each names an English entry', () => {
    const tree = readContentTree(ROOT);
    const translations = tree.files.filter((f) => f.lang === 'ru');
    expect(translations.length).toBeGreaterThan(0);
    expect(validateContent(tree.files, tree).problems.map(formatProblem)).toEqual([]);
    const englishKeys = new Set(tree.files.filter((f) => !f.lang).map((f) => `${f.collection}/${f.id}`));
    for (const t of translations) expect(englishKeys.has(`${t.collection}/${t.id}`), t.file).toBe(true);
  });
});

describe('localizedData: words from the translation, facts from English', () => {
  const data = {
    title: 'A project', summary: 'Work.', aliases: ['AP'], kind: 'training', start: '2019',
    events: [{ date: '2019-03-05', what: 'A training' }], figures: [{ value: 12, counted: 'trainees' }],
    places: [{ name: 'Almaty', country: { collection: 'countries', id: 'kazakhstan' } }, { name: 'Nowhere-upon-Sea', country: { collection: 'countries', id: 'kazakhstan' } }],
    inferred: { kind: 'The page calls it a course, which is a training.' },
  };
  const tr = translationSchema.parse({ title: 'Проект', summary: 'Работа.', events: ['Тренинг'], figures: ['слушатели'], englishVersion: '0123abcd' });
  const out = localizedData(data, tr, 'ru');

  it('replaces the words item for item and keeps every fact', () => {
    expect(out.title).toBe('Проект');
    expect(out.events).toEqual([{ date: '2019-03-05', what: 'Тренинг' }]);
    expect(out.figures).toEqual([{ value: 12, counted: 'слушатели' }]);
    expect([out.kind, out.start]).toEqual(['training', '2019']);
    // Untranslated inference reasons stay as written (the page marks them as English).
    expect(out.inferred).toEqual(data.inferred);
  });

  it('keeps the English title findable as an alias, and gives places their Russian names where known', () => {
    expect(out.aliases).toEqual(['A project']);
    expect(out.places.map((p: { name: string }) => p.name)).toEqual(['Алматы', 'Nowhere-upon-Sea']);
  });
});

describe('englishVersionOf', () => {
  const base = { title: 'A', summary: 'B', aliases: [], events: [{ what: 'x', date: '2019' }] };
  it('changes with the words and the body, not with facts or surrounding whitespace', () => {
    const v = englishVersionOf(base, 'Body.\n');
    expect(englishVersionOf({ ...base, start: '2020' } as never, '\nBody.')).toBe(v);
    expect(englishVersionOf({ ...base, events: [{ what: 'x', date: '2021' }] }, 'Body.')).toBe(v);
    expect(englishVersionOf({ ...base, title: 'A!' }, 'Body.')).not.toBe(v);
    expect(englishVersionOf(base, 'Body, edited.')).not.toBe(v);
    expect(englishVersionOf({ ...base, events: [{ what: 'y', date: '2019' }] }, 'Body.')).not.toBe(v);
  });
});
