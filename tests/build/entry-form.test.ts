// The entry editor's pure half: fields read from the published JSON Schema agree with the zod schemas;
// form values become a file that passes validate; and for a faulty entry the editor names the same
// fields with the same words as `npm run validate`.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseContentFile } from '../../src/lib/content-files.ts';
import { jsonSchema } from '../../src/lib/data-export.ts';
import {
  checkEntry, describeCollection, exampleFor, explainProblems, fieldAt, fieldHint, knownEntries, labelOf, singular, toFrontmatter, toMdx,
  type FieldDescriptor, type FormValues, type KnownEntry,
} from '../../src/lib/entry-form.ts';
import { checkMdxBody } from '../../src/lib/mdx-safety.ts';
import { schemas, validateContent } from '../../src/lib/validate.ts';
import { COLLECTION_LABELS } from '../../src/lib/labels.ts';
import { COLLECTIONS, ORGANIZATION_KINDS, ORGANIZATION_ROLES, PROJECT_KINDS, type CollectionName } from '../../src/schemas/vocabularies.ts';
import fs from 'node:fs';
import path from 'node:path';
import { contentFiles, DIST } from '../helpers.ts';

const real = contentFiles();
const known: KnownEntry[] = real.map((f) => {
  const d = f.data as { title: string; aliases?: string[] };
  return { collection: f.collection, id: f.id, title: d.title, aliases: d.aliases ?? [] };
});
const ids = (c: CollectionName) => real.filter((f) => f.collection === c).map((f) => f.id);
const { $defs } = jsonSchema();
const fieldsFor = (c: CollectionName) => describeCollection($defs[c]);
const byName = (fields: FieldDescriptor[], name: string) => fields.find((f) => f.name === name)!;

/** The entry as a file next to the real content, through the same validate the CI runs. */
const validateFile = (c: CollectionName, slug: string, text: string) =>
  validateContent([...real, parseContentFile(c, `content/${c}/${slug}.mdx`, text)]).problems;

describe('fields from the JSON Schema', () => {
  // One reader serves the editor and `npm run new` (scripts/new.ts); here it is held to the zod schemas
  // themselves, which the JSON Schema is generated from: the same fields, in order, equally required.
  it.each(COLLECTIONS)('%s: the same fields, order and requirements as the zod schema', (c) => {
    const shape = (schemas[c] as unknown as { shape: Record<string, { isOptional(): boolean }> }).shape;
    // The field-level `inferred` map is left out of the form (added in the file: CONTRIBUTING.md, "Inferences").
    expect(fieldsFor(c).map((d) => [d.name, d.required])).toEqual(Object.entries(shape).filter(([name]) => name !== 'inferred').map(([name, s]) => [name, !s.isOptional()]));
  });

  it('projects: kinds with their labels, lists of references and of rows, dates, numbers', () => {
    const fields = fieldsFor('projects');
    expect(fields.slice(0, 6).map((f) => f.name)).toEqual(['title', 'aliases', 'summary', 'sources', 'disagreements', 'kind']);
    expect(byName(fields, 'title')).toMatchObject({ kind: 'text', required: true, label: 'Title' });
    expect(byName(fields, 'summary')).toMatchObject({ kind: 'longtext', required: true, maxLength: 400 });
    expect(byName(fields, 'kind').choices).toEqual(Object.entries(PROJECT_KINDS).map(([value, label]) => ({ value, label })));
    expect(byName(fields, 'sources')).toMatchObject({ kind: 'list', required: true, minItems: 1, item: { kind: 'reference', refersTo: 'sources', label: 'Source' } });
    expect(byName(fields, 'mission')).toMatchObject({ kind: 'reference', refersTo: 'missions', required: false });
    expect(byName(fields, 'start')).toMatchObject({ kind: 'date', required: false, help: 'when it began' });
    const organizations = byName(fields, 'organizations');
    expect(organizations).toMatchObject({ kind: 'list', required: false, label: 'Organizations', item: { kind: 'group', label: 'Organization' } });
    expect(organizations.item!.fields!.map((f) => [f.name, f.kind, f.required])).toEqual([
      ['organization', 'reference', true], ['role', 'choice', true], ['note', 'text', false], ['inferred', 'text', false],
    ]);
    expect(byName(organizations.item!.fields!, 'role').choices!.map((c) => c.value)).toEqual(Object.keys(ORGANIZATION_ROLES));
    expect(byName(fields, 'partnerMissions').item!.label).toBe('Partner mission');
    expect(byName(fields, 'people').item!.label).toBe('Person');
    const figures = byName(fields, 'figures').item!.fields!;
    expect(figures.map((f) => [f.name, f.kind, f.required])).toEqual([
      ['value', 'number', true], ['unit', 'text', false], ['counted', 'text', true], ['year', 'date', false], ['approximate', 'boolean', false], ['inferred', 'text', false],
    ]);
    const versions = byName(byName(fields, 'disagreements').item!.fields!, 'versions');
    expect(versions).toMatchObject({ kind: 'list', minItems: 2, item: { kind: 'group' } });
    expect(byName(fields, 'order' as never)).toBeUndefined();
  });

  it('organizations: their own kinds, a parent organization, country references', () => {
    const fields = fieldsFor('organizations');
    expect(fields.map((f) => f.name)).toEqual(Object.keys(schemas.organizations.shape).filter((k) => k !== 'inferred'));
    expect(fields.map((f) => f.name)).toEqual(expect.arrayContaining(['kind', 'countries', 'parent', 'themes', 'figures']));
    expect(byName(fields, 'kind')).toMatchObject({ kind: 'choice', required: true });
    expect(byName(fields, 'kind').choices!.map((c) => c.label)).toEqual(Object.values(ORGANIZATION_KINDS));
    expect(byName(fields, 'parent')).toMatchObject({ kind: 'reference', refersTo: 'organizations' });
    expect(byName(fields, 'countries')).toMatchObject({ kind: 'list', label: 'Countries', item: { kind: 'reference', refersTo: 'countries', label: 'Country' } });
    expect(byName(fieldsFor('subprojects'), 'order')).toMatchObject({ kind: 'integer', required: true });
  });

  it('a field holding one object becomes a group, left out of the frontmatter while it is empty', () => {
    const schema = {
      type: 'object', required: ['title'],
      properties: {
        title: { type: 'string', minLength: 1 },
        sector: { type: 'object', 'x-help': 'a sector code and its name', required: ['code', 'name'], properties: { code: { type: 'string', pattern: '^\\d{5}$' }, name: { type: 'string' } } },
      },
    };
    const fields = describeCollection(schema);
    expect(fields[1]).toMatchObject({ name: 'sector', kind: 'group', required: false, help: 'a sector code and its name' });
    expect(fields[1].fields!.map((f) => [f.name, f.kind, f.required])).toEqual([['code', 'text', true], ['name', 'text', true]]);
    expect(toFrontmatter(fields, { title: 'T', sector: { code: '', name: ' ' } })).toEqual({ title: 'T' });
    expect(toFrontmatter(fields, { title: 'T', sector: { code: '15150', name: '' } })).toEqual({ title: 'T', sector: { code: '15150' } });
    expect(toMdx(fields, { title: 'T', sector: { code: '15150' } }, '')).toBe('---\ntitle: "T"\nsector:\n  code: "15150"\n---\n\n');
  });

  it('labels and singulars', () => {
    expect(labelOf('hostCountry')).toBe('Host country');
    expect(labelOf('partOf')).toBe('Part of');
    expect(labelOf('dacSector')).toBe('DAC sector');
    expect(['Sources', 'Aliases', 'Countries', 'People', 'Places', 'Quotes', 'Themes'].map(singular))
      .toEqual(['Source', 'Alias', 'Country', 'Person', 'Place', 'Quote', 'Theme']);
  });
});

describe('form values → frontmatter → MDX', () => {
  const fields = fieldsFor('projects');
  const [source] = ids('sources');
  const organization = ids('organizations')[1];
  const values: FormValues = {
    title: '  Zz Regional Forum: "Women, Peace & Security"  ',
    aliases: ['ZRF'],
    summary: 'A forum the editor test invents, with a colon: and a # sign, long enough that a folding serializer would break it across lines.',
    sources: [source],
    kind: 'conference',
    organizations: [{ organization, role: 'funder', note: '' }],
    themes: [],
    start: '2019',
    end: ' 2019-11 ',
    figures: [{ value: '120', counted: 'participants', unit: '', year: '', approximate: true }],
    mission: '',
  };

  it('keeps filled fields in schema order, trims text, drops empty ones, turns numbers into numbers', () => {
    expect(toFrontmatter(fields, values)).toEqual({
      title: 'Zz Regional Forum: "Women, Peace & Security"',
      aliases: ['ZRF'],
      summary: values.summary,
      sources: [source],
      kind: 'conference',
      organizations: [{ organization, role: 'funder' }],
      start: '2019',
      end: '2019-11',
      figures: [{ value: 120, counted: 'participants', approximate: true }],
    });
    expect(Object.keys(toFrontmatter(fields, { ...values, figures: [] }))).not.toContain('figures');
  });

  it('writes a file that parses back to the same data and passes validate beside the real content', () => {
    const data = toFrontmatter(fields, values);
    const text = toMdx(fields, data, '\n\nThe forum met once.\n\n\n');
    const file = parseContentFile('projects', 'content/projects/zz-regional-forum.mdx', text);
    expect(file.syntaxErrors).toEqual([]);
    expect(file.data).toEqual(data);
    expect(file.body).toBe('\nThe forum met once.\n');
    expect(validateFile('projects', 'zz-regional-forum', text)).toEqual([]);
    expect(checkEntry({ collection: 'projects', slug: 'zz-regional-forum', data, body: file.body, known, checkBody: checkMdxBody })).toEqual([]);
  });

  it('writes YAML in the content files’ style: prose quoted, slugs and keys bare, dates quoted, no folding', () => {
    const text = toMdx(fields, toFrontmatter(fields, values), '');
    const lines = text.split('\n');
    expect(lines[0]).toBe('---');
    expect(lines[1]).toBe('title: "Zz Regional Forum: \\"Women, Peace & Security\\""');
    expect(text).toContain(`\naliases:\n  - "ZRF"\n`);
    expect(text).toContain(`\nsummary: "${values.summary}"\n`);
    expect(text).toContain(`\nsources:\n  - ${source}\n`);
    expect(text).toContain('\nkind: conference\n');
    expect(text).toContain(`\norganizations:\n  - organization: ${organization}\n    role: funder\n`);
    expect(text).toContain('\nstart: "2019"\n');
    expect(text).toContain('\n  - value: 120\n    counted: "participants"\n    approximate: true\n');
    expect(text.endsWith('---\n\n')).toBe(true);
    expect(parse(text.split('---\n')[1]).start).toBe('2019');
  });
});

describe('checks, in the words of npm run validate', () => {
  const fields = fieldsFor('projects');
  const slug = 'zz-faulty-entry';
  /** The editor's problems and validate's problems for the same file, as `field: message`. */
  function both(values: FormValues, body = '') {
    const data = toFrontmatter(fields, values);
    const editor = checkEntry({ collection: 'projects', slug, data, body, known, checkBody: checkMdxBody }).map((p) => `${p.field}: ${p.message}`);
    const text = toMdx(fields, data, body);
    const validate = validateFile('projects', slug, text).map((p) => `${p.field}: ${p.message}`);
    return { editor, validate };
  }

  it('a missing required field and a number with a separator: the field path and the message', () => {
    const { editor, validate } = both({
      title: 'Zz Faulty Entry', summary: 'Faulty on purpose.', sources: [ids('sources')[0]],
      figures: [{ value: '1,200', counted: 'participants' }],
    });
    expect(editor).toEqual([
      `kind: expected one of ${Object.keys(PROJECT_KINDS).join(', ')} — got nothing`,
      'figures[0].value: expected number — got "1,200"',
    ]);
    expect(editor.sort()).toEqual(validate.sort());
  });

  it('a reference to no entry, with the nearest slug as a guess', () => {
    const typo = `${ids('organizations').find((id) => id.length > 8)!}x`;
    const { editor, validate } = both({
      title: 'Zz Faulty Entry', summary: 'Faulty on purpose.', sources: [ids('sources')[0]], kind: 'event',
      organizations: [{ organization: typo, role: 'partner' }],
    });
    expect(editor).toEqual([`organizations[0].organization: no entry "${typo}" in organizations — did you mean "${typo.slice(0, -1)}"?`]);
    expect(editor).toEqual(validate);
  });

  it('a title that another project already has', () => {
    const other = known.find((e) => e.collection === 'projects')!;
    const { editor, validate } = both({ title: other.title.toUpperCase(), summary: 'Same name.', sources: [ids('sources')[0]], kind: 'event' });
    expect(editor).toEqual([
      `title: "${other.title.toUpperCase()}" is already the title of content/projects/${other.id}.mdx; an entry's title must not be another projects entry's title or alias`,
    ]);
    expect(editor).toEqual(validate);
  });

  it('unsafe MDX in the body, and a file name that is taken or not a slug', () => {
    const data = toFrontmatter(fields, { title: 'Zz Body', summary: 'S.', sources: [ids('sources')[0]], kind: 'event' });
    const body = 'Fine.\n\n<script>alert(1)</script>\n';
    expect(checkEntry({ collection: 'projects', slug: 'zz-body', data, body, known, checkBody: checkMdxBody }).map((p) => `${p.field}: ${p.message}`))
      .toEqual(["body: line 3: <script> is not allowed: it would run code in readers' browsers"]);
    expect(checkEntry({ collection: 'projects', slug: 'zz-body', data, body, known })).toEqual([]); // no checker given: body unchecked
    const taken = ids('projects')[0];
    expect(checkEntry({ collection: 'projects', slug: taken, data, body: '', known })).toEqual([
      { place: 'file', path: [], field: 'file name', message: `content/projects/${taken}.mdx already exists; choose another file name, or edit that entry instead` },
    ]);
    expect(checkEntry({ collection: 'projects', slug: '2019', data, body: '', known })[0].message).toMatch(/^the file name "2019\.mdx" is digits alone/);
    expect(checkEntry({ collection: 'projects', slug: 'Not A Slug', data, body: '', known })[0].message)
      .toBe('expected a lowercase slug like "osce-mission-in-kosovo" — got "Not A Slug"');
  });
});

describe('the same problems in plain words', () => {
  const fields = fieldsFor('projects');
  /** The editor's plain problems for these form values, as `where | text`. */
  function plain(values: FormValues, { slug = 'zz-plain-entry', body = '' } = {}) {
    const data = toFrontmatter(fields, values);
    const problems = checkEntry({ collection: 'projects', slug, data, body, known, checkBody: checkMdxBody });
    return explainProblems(problems, { collection: 'projects', fields, data, slug, known });
  }
  // Words a subject expert should not meet: the file format's and the schema's.
  const JARGON = /frontmatter|\bslug|\bMDX\b|YAML|expected|— got|\bstring\b|\[\d\]/i;

  it('one plain sentence per problem validate reports, in the same order, naming the field as the form labels it', () => {
    const typo = `${ids('organizations').find((id) => id.length > 8)!}x`;
    const values: FormValues = {
      title: 'Zz Plain Entry', sources: [''], kind: '', start: '2019-13', figures: [{ value: '1,200', counted: '' }],
      organizations: [{ organization: typo, role: '' }], summary: 'x'.repeat(401),
    };
    const body = 'Some <b>bold</b> words.\n';
    const data = toFrontmatter(fields, values);
    const problems = checkEntry({ collection: 'projects', slug: 'zz-plain-entry', data, body, known, checkBody: checkMdxBody });
    const explained = plain(values, { body });
    expect(explained.map((p) => p.field)).toEqual(problems.map((p) => p.field));
    const byField = Object.fromEntries(explained.map((p) => [p.field, p]));
    expect(byField.summary.text).toBe('Summary must be 400 characters or fewer (it has 401): put the detail in the main text');
    expect(byField['sources[0]'].where).toBe('Source 1');
    expect(byField['sources[0]'].text).toBe(`Source 1: enter the web address name of a source, e.g. ${exampleFor('sources', known)}`);
    expect(byField.kind.text).toBe('Choose the kind');
    expect(byField['organizations[0].organization'].text)
      .toBe(`Organization 1: there is no organization with the web address name ${typo} in the atlas: did you mean ${typo.slice(0, -1)}?`);
    expect(byField['organizations[0].role']).toMatchObject({ where: 'Organization 1, role', text: 'Organization 1: choose the role' });
    expect(byField.start.text).toBe('Enter the start as a year (2019), a month (2019-06) or a day (2019-06-15)');
    expect(byField['figures[0].value'].text).toBe('Key figure 1: enter the number as a number, like 1200 or 1.5, without commas or spaces');
    expect(byField['figures[0].counted'].text).toBe('Key figure 1: enter what was counted');
    expect(byField.body.text).toMatch(/^Main text, line 1: <b> is not allowed: tags cannot be used in the text/);
    for (const p of explained) expect(`${p.where} ${p.text}`, p.field).not.toMatch(JARGON);
  });

  it('an empty required list, a title another project has, an end before the start', () => {
    const other = known.find((e) => e.collection === 'projects')!;
    const byField = Object.fromEntries(plain({ title: other.title, summary: 'S.', kind: 'event' }).map((p) => [p.field, p.text]));
    expect(byField.sources).toBe('Add at least one source');
    expect(byField.title).toBe(`Another project is already called "${other.title}" (/projects/${other.id}/): choose a different title, or edit that entry instead`);
    const dates = plain({ title: 'Zz Dates', summary: 'S.', kind: 'event', sources: [ids('sources')[0]], start: '2020', end: '2019' });
    expect(dates.map((p) => [p.field, p.text])).toEqual([['end', 'End must not be before the start']]);
  });

  it('the web address name: missing, malformed, digits alone, taken', () => {
    const base = { title: 'Zz Plain', summary: 'S.', sources: [ids('sources')[0]], kind: 'event' };
    const fileText = (slug: string, values: FormValues = base) => plain(values, { slug }).find((p) => p.place === 'file')?.text;
    expect(fileText('', {})).toBe('Enter the title: the web address name is made from it');
    expect(fileText('')).toBe('Enter the web address name');
    expect(fileText('Zz Plain!')).toBe('The web address name can only use lowercase letters, digits and hyphens, like zz-plain');
    expect(fileText('2019')).toMatch(/^The web address name cannot be digits alone.*like forum-2019$/);
    const taken = ids('projects')[0];
    expect(fileText(taken)).toBe(`There is already a project at /projects/${taken}/: choose another web address name, or edit that entry instead`);
  });

  it("a field's example fits the field: a theme field shows a real theme, a mission field a real mission", () => {
    const themes = byName(fields, 'themes').item!;
    const mission = byName(fields, 'mission');
    const themeExample = exampleFor('themes', known)!;
    expect(ids('themes')).toContain(themeExample);
    expect(fieldHint(themes, known)).toContain(`e.g. ${themeExample}.`);
    expect(fieldHint(themes, known)).toContain(`a ${COLLECTION_LABELS.themes.singular.toLowerCase()} in the atlas`);
    expect(ids('missions')).toContain(exampleFor('missions', known));
    expect(fieldHint(mission, known)).toContain(`e.g. ${exampleFor('missions', known)}.`);
    // An empty theme row's message uses the same theme, not the schema's sample mission slug.
    const text = plain({ title: 'Zz', summary: 'S.', sources: [ids('sources')[0]], kind: 'event', themes: [''] }).find((p) => p.field === 'themes[0]')!.text;
    expect(text).toBe(`Theme 1: enter the web address name of a theme, e.g. ${themeExample}`);
    for (const c of COLLECTIONS) for (const f of fieldsFor(c)) expect(fieldHint(f, known), `${c}.${f.name}`).not.toMatch(JARGON);
  });

  it('labels along a path, rows numbered from 1', () => {
    expect(fieldAt(fields, ['disagreements', 0, 'versions', 1, 'source']).trail).toEqual(['Disagreement 1', 'Version 2', 'Source']);
    expect(fieldAt(fields, ['aliases', 2])).toMatchObject({ trail: ['Other name 3'], field: { kind: 'text' } });
    expect(fieldAt(fields, ['nonsense']).field).toBeUndefined();
  });
});

describe('the list of existing entries the editor fetches', () => {
  it('holds every content file once, with its title and aliases, sorted by title', () => {
    const list = knownEntries(real.map((f) => ({ collection: f.collection as CollectionName, id: f.id, data: f.data as { title: string; aliases?: string[] } })));
    expect(list.map((e) => `${e.collection}/${e.id}`).sort()).toEqual(real.map((f) => `${f.collection}/${f.id}`).sort());
    for (const e of list) expect(e.title, e.id).toBe((real.find((f) => f.collection === e.collection && f.id === e.id)!.data as { title: string }).title);
    const titles = list.map((e) => e.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('is built as /contribute/known-entries.json, one row per content file, and not embedded in the page', () => {
    const built = JSON.parse(fs.readFileSync(path.join(DIST, 'contribute', 'known-entries.json'), 'utf8')) as KnownEntry[];
    expect(built.length).toBe(real.length);
    const page = fs.readFileSync(path.join(DIST, 'contribute', 'new', 'index.html'), 'utf8');
    const someTitle = (real.find((f) => f.collection === 'people')!.data as { title: string }).title;
    expect(page).not.toContain(someTitle);
  });
});
