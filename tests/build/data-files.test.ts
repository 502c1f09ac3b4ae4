// The built open-data files (/data/ and /<collection>/<slug>.json): they parse, they validate against
// their own schema, they count what the content holds, and the CSV and JSON say the same thing. Also the
// open-standard codes they carry (IATI, OECD DAC), and the changelog from git.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import Ajv2020 from 'ajv/dist/2020.js';
import { FIELD_META_KEYWORDS } from '../../src/schemas/field-meta.ts';
import { builtHtml, contentFiles, DIST, ROOT } from '../helpers.ts';
import {
  COLLECTIONS, IATI_ACTIVITY_STATUSES, IATI_ORGANISATION_ROLES, ORGANIZATION_ROLE_IATI, STATUS_IATI,
} from '../../src/schemas/vocabularies.ts';

const read = (name: string) => fs.readFileSync(path.join(DIST, 'data', name), 'utf8');
const csv = (name: string): Record<string, string>[] => parse(read(name), { columns: true });
const files = contentFiles();
const entries: any[] = JSON.parse(read('entries.json'));
const schema = JSON.parse(read('schema.json'));
const pkg = JSON.parse(read('datapackage.json'));

describe('the built data files', () => {
  it('all parse, and datapackage.json lists each with its exact size', () => {
    expect(pkg.resources.map((r: any) => r.path).sort()).toEqual(
      ['entries.json', 'relations.csv', 'schema.json', 'changelog.json', 'changelog.csv', ...COLLECTIONS.map((c) => `${c}.csv`)].sort());
    for (const r of pkg.resources) {
      expect(fs.statSync(path.join(DIST, 'data', r.path)).size, r.path).toBe(r.bytes);
      if (r.format === 'csv') expect(Object.keys(csv(r.path)[0] ?? {}), r.path).toEqual(r.schema.fields.map((f: any) => f.name));
    }
  });

  it('validate against schema.json: every entry’s data, and every content file’s frontmatter', () => {
    const ajv = new Ajv2020({ allErrors: true }).addVocabulary(FIELD_META_KEYWORDS);
    ajv.addSchema(schema);
    const failures: string[] = [];
    const check = (collection: string, data: unknown, label: string) => {
      const validate = ajv.getSchema(`${schema.$id}#/$defs/${collection}`)!;
      if (!validate(data)) failures.push(`${label}: ${ajv.errorsText(validate.errors)}`);
    };
    for (const e of entries) check(e.collection, e.data, e.id);
    for (const f of files) check(f.collection, f.data, f.file);
    expect(failures).toEqual([]);
  });

  it('hold one record per content file: entries.json, each collection’s CSV and the per-entry JSON files', () => {
    expect(entries.map((e) => e.id).sort()).toEqual(files.map((f) => `${f.collection}/${f.id}`).sort());
    for (const c of COLLECTIONS) {
      const expected = files.filter((f) => f.collection === c).map((f) => f.id).sort();
      expect(csv(`${c}.csv`).map((r) => r.slug).sort(), c).toEqual(expected);
      const jsonFiles = fs.readdirSync(path.join(DIST, c)).filter((n) => n.endsWith('.json') && !n.endsWith('.csl.json')).map((n) => n.slice(0, -5)).sort();
      expect(jsonFiles, c).toEqual(expected);
    }
  });

  it('give each entry the same record in its own JSON file as in entries.json', () => {
    for (const e of entries) expect(JSON.parse(fs.readFileSync(path.join(DIST, `${e.id}.json`), 'utf8')), e.id).toEqual(e);
  });

  it('have no relation whose ends are missing from entries.json', () => {
    const ids = new Set(entries.map((e) => e.id));
    const rows = csv('relations.csv');
    expect(rows.length).toBeGreaterThan(entries.length);
    expect(rows.filter((r) => !ids.has(r.from) || !ids.has(r.to))).toEqual([]);
  });

  it('agree between CSV and JSON: ids, titles and sources', () => {
    for (const c of COLLECTIONS) {
      const json = entries.filter((e) => e.collection === c);
      const rows = csv(`${c}.csv`);
      expect(rows.map((r) => `${c}/${r.slug}`), c).toEqual(json.map((e) => e.id));
      expect(rows.map((r) => r.title), c).toEqual(json.map((e) => e.title));
      const slugs = (e: any) => (e.data.sources ?? []).map((s: any) => s.id.replace(/^sources\//, ''));
      expect(rows.map((r) => (r.sources ? r.sources.split('; ') : [])), c).toEqual(json.map(slugs));
    }
  });

  it('are listed on /data/ with their exact sizes', () => {
    const html = builtHtml('/data/');
    for (const r of pkg.resources) {
      expect(html, r.path).toContain(`<a href="/data/${r.path}">${r.path}</a>`);
      expect(html, r.path).toContain(`${r.bytes.toLocaleString('en')} bytes`);
    }
    expect(html).toContain('CC BY 4.0');
  });

  it('are summed on /data/ as the per-entry JSON files actually built', () => {
    const built = COLLECTIONS.flatMap((c) => fs.readdirSync(path.join(DIST, c)).filter((n) => n.endsWith('.json') && !n.endsWith('.csl.json')).map((n) => path.join(DIST, c, n)));
    expect(built.length).toBe(files.length);
    const bytes = built.reduce((sum, file) => sum + fs.statSync(file).size, 0);
    expect(textOf(builtHtml('/data/'))).toContain(`${bytes.toLocaleString('en')} bytes`);
    expect(textOf(builtHtml('/data/'))).toContain(`in ${built.length.toLocaleString('en')} files`);
  });
});

/** Text of built HTML with tags removed and the entities Astro writes decoded, for matching prose. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
const iati = (mapping: Record<string, number | null>, key: string) => String(mapping[key] ?? '');

describe('open-standard codes in the data files', () => {
  const themes = files.filter((f) => f.collection === 'themes');

  it('themes.csv and entries.json carry each theme’s OECD DAC CRS purpose code as its file gives it', () => {
    expect(themes.some((f) => (f.data as any).dacSector)).toBe(true);
    const rows = new Map(csv('themes.csv').map((r) => [r.slug, r]));
    for (const f of themes) {
      const dac = (f.data as any).dacSector;
      expect([rows.get(f.id)!.dacSector_code, rows.get(f.id)!.dacSector_name], f.file).toEqual([dac?.code ?? '', dac?.name ?? '']);
      expect(entries.find((e) => e.id === `themes/${f.id}`).data.dacSector, f.file).toEqual(dac);
    }
  });

  it('projects.csv gives each status its IATI ActivityStatus code', () => {
    const rows = new Map(csv('projects.csv').map((r) => [r.slug, r]));
    const projects = files.filter((f) => f.collection === 'projects');
    expect(projects.some((f) => (f.data as any).status && STATUS_IATI[(f.data as any).status as keyof typeof STATUS_IATI] !== null)).toBe(true);
    for (const f of projects) {
      const status = (f.data as any).status as string | undefined;
      expect(rows.get(f.id)!.status_iati, f.file).toBe(status ? iati(STATUS_IATI, status) : '');
    }
  });

  it('relations.csv gives each organization and partner-mission role its IATI OrganisationRole code, and no other row one', () => {
    const expected = files.flatMap((f) => [
      ...((f.data as any).organizations ?? []).map((o: any) => `${f.collection}/${f.id} organizations.organization organizations/${o.organization} ${o.role} ${iati(ORGANIZATION_ROLE_IATI, o.role)}`),
      ...((f.data as any).partnerMissions ?? []).map((m: any) => `${f.collection}/${f.id} partnerMissions.mission missions/${m.mission} ${m.role} ${iati(ORGANIZATION_ROLE_IATI, m.role)}`),
    ]).sort();
    const rows = csv('relations.csv');
    const roleRows = rows.filter((r) => ['organizations.organization', 'partnerMissions.mission'].includes(r.relation));
    expect(roleRows.map((r) => `${r.from} ${r.relation} ${r.to} ${r.role} ${r.role_iati}`).sort()).toEqual(expected);
    expect(expected.some((row) => /\d$/.test(row))).toBe(true);
    expect(rows.filter((r) => !roleRows.includes(r) && r.role_iati !== '')).toEqual([]);
  });

  it('schema.json states the alignment on roles, statuses and the DAC purpose code', () => {
    const { projects, subprojects, themes: themeSchema } = schema.$defs;
    for (const def of [projects, subprojects]) {
      for (const list of ['organizations', 'partnerMissions']) {
        const { description } = def.properties[list].items.properties.role;
        for (const [role, code] of Object.entries(ORGANIZATION_ROLE_IATI)) {
          if (code !== null) expect(description, role).toContain(`${role} = IATI OrganisationRole code ${code} ${IATI_ORGANISATION_ROLES[code]}`);
        }
      }
    }
    for (const [status, code] of Object.entries(STATUS_IATI)) {
      if (code !== null) expect(projects.properties.status.description, status).toContain(`${status} = IATI ActivityStatus code ${code} ${IATI_ACTIVITY_STATUSES[code]}`);
    }
    expect(themeSchema.properties.dacSector.properties.code.description).toMatch(/OECD DAC CRS purpose code/);
  });

  it('are documented on /contribute/ (IATI and DAC columns) and a theme’s code shows on its page', () => {
    const contribute = textOf(builtHtml('/contribute/'));
    expect(contribute).toContain('IATI code');
    expect(contribute).toContain('DAC code');
    for (const [role, code] of Object.entries(ORGANIZATION_ROLE_IATI)) if (code !== null) expect(contribute, role).toContain(`${role} ${role[0].toUpperCase()}${role.slice(1)} ${code} ${IATI_ORGANISATION_ROLES[code]}`);
    for (const f of themes) {
      const dac = (f.data as any).dacSector;
      const page = textOf(builtHtml(`/themes/${f.id}/`));
      if (dac) {
        expect(contribute, f.file).toContain(`${dac.code} ${dac.name}`);
        expect(page, f.file).toContain(`OECD DAC sector ${dac.name} (purpose code ${dac.code})`);
      } else {
        expect(page, f.file).not.toContain('OECD DAC sector');
      }
    }
  });

  it('are named on /data/ under Standards', () => {
    const standards = textOf(/<section aria-labelledby="standards">[\s\S]*?<\/section>/.exec(builtHtml('/data/'))![0]);
    for (const name of ['ISO 3166-1', 'XK for Kosovo', 'IATI OrganisationRole', 'IATI ActivityStatus', 'OECD DAC CRS purpose codes', 'Frictionless Data Package']) {
      expect(standards).toContain(name);
    }
  });
});

describe('the changelog', () => {
  const changelog = JSON.parse(read('changelog.json'));
  const changes: any[] = changelog.commits.flatMap((c: any) => c.changes.map((e: any) => ({ ...e, commit: c.commit })));
  const byId = new Map(entries.map((e) => [e.id, e]));

  it('parses, says what history it had, and matches changelog.csv row for row', () => {
    expect(['complete', 'shallow', 'unavailable']).toContain(changelog.history);
    expect(changelog.note.length).toBeGreaterThan(20);
    expect(csv('changelog.csv').map((r) => `${r.commit} ${r.change} ${r.id} ${r.exists}`)).toEqual(changes.map((e) => `${e.commit} ${e.change} ${e.id} ${e.exists}`));
  });

  it('names entries that exist, with their title and page, or marks them deleted', () => {
    for (const e of changes) {
      const now = e.current ?? e.id;
      if (e.exists) {
        expect(byId.has(now), now).toBe(true);
        expect([e.title, e.url], now).toEqual([byId.get(now).title, byId.get(now).url]);
      } else {
        expect(byId.has(now), now).toBe(false);
        expect([e.title, e.url], now).toEqual([null, null]);
        // Something removed it: a deletion, or a rename away from it.
        expect(changes.some((d) => (d.change === 'deleted' && (d.current ?? d.id) === now) || d.previous === now), now).toBe(true);
      }
    }
  });

  it('with the full history, has every committed entry’s addition', () => {
    if (changelog.history !== 'complete') return;
    const committed = execFileSync('git', ['ls-files', '--', ':(glob)content/*/*.mdx'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n').filter(Boolean).map((p) => p.replace(/^content\//, '').replace(/\.mdx$/, ''));
    expect(committed.length).toBeGreaterThan(100);
    const created = new Set(changes.filter((e) => e.change === 'added' || e.change === 'renamed').map((e) => e.id));
    expect(committed.filter((id) => !created.has(id))).toEqual([]);
  });

  it('is on /data/: the latest changes grouped by day, each entry linked, with the explanatory line', () => {
    const html = builtHtml('/data/');
    const section = /<section aria-labelledby="changes">[\s\S]*<\/section>\s*<h2>Reading the CSV files/.exec(html)![0];
    expect(section).toContain('<h2 id="changes">Changes</h2>');
    expect(textOf(section)).toContain(changelog.note);
    const items = section.match(/<li>/g) ?? [];
    expect(items.length).toBe(Math.min(50, changes.length));
    const shown = changes.slice(0, items.length);
    for (const e of shown) if (e.url) expect(section, e.id).toContain(`<a href="${e.url}">`);
    for (const day of new Set(changelog.commits.filter((c: any) => shown.some((e) => e.commit === c.commit)).map((c: any) => c.day))) {
      expect(section).toContain(`<time datetime="${day}">`);
    }
    if (changelog.commits.length) expect(section).toContain(`<code>${changelog.commits[0].short}</code>`);
    // A commit cut by the limit says how many of its changes are left out.
    const cut = changelog.commits.find((c: any) => shown.some((e) => e.commit === c.commit) && c.changes.length > shown.filter((e) => e.commit === c.commit).length);
    if (cut) expect(textOf(section)).toContain(`and ${(cut.changes.length - shown.filter((e) => e.commit === cut.commit).length).toLocaleString('en')} more`);
  });
});
