// The benchmark's synthetic entries must be real content as far as the site is concerned: valid against
// the schemas and the link checks, pointing at real entries, and the same for the same seed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateEntries, readRealContent, writeEntries } from '../../bench/generate.ts';
import { parseContentFile, readContent } from '../../src/lib/content-files.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { ROOT } from '../helpers.ts';

const real = readRealContent(ROOT);
const N = 60;
const generated = generateEntries(real, { entries: N, seed: 7 });
const parsed = generated.map((f) => parseContentFile(f.collection, f.file, f.text));

describe('bench/generate.ts', () => {
  it('writes N entries, about a quarter projects and the rest their subprojects, with new ids', () => {
    expect(generated).toHaveLength(N);
    const projects = generated.filter((f) => f.collection === 'projects');
    expect(projects.length).toBe(N / 4);
    expect(new Set(generated.map((f) => f.id)).size).toBe(N);
    const realIds = new Set(Object.values(real.slugs).flat());
    for (const f of generated) {
      expect(f.id).toMatch(/^bench-[ps]-\d{5}-[a-z0-9-]+$/);
      expect(realIds.has(f.id)).toBe(false);
      expect(f.file).toBe(`content/${f.collection}/${f.id}.mdx`);
    }
  });

  it('validates, with the real content, against the schemas, the MDX rules and the link checks', () => {
    const { entries, problems } = validateContent([...readContent(ROOT), ...parsed]);
    expect(problems.map((p) => `${p.file}:${p.line} ${p.field} ${p.message}`)).toEqual([]);
    expect(entries.filter((e) => e.id.startsWith('bench-'))).toHaveLength(N);
  });

  it('references the real missions, organizations, countries, themes and sources', () => {
    const { entries } = validateContent([...readContent(ROOT), ...parsed]);
    const used = (collection: string) => new Set(
      entries.filter((e) => e.id.startsWith('bench-')).flatMap((e) => JSON.stringify(e.data).match(new RegExp(`"collection":"${collection}","id":"[^"]+"`, 'g')) ?? []),
    );
    for (const collection of ['missions', 'organizations', 'countries', 'themes', 'sources'] as const) {
      const ids = [...used(collection)].map((s) => s.replace(/.*"id":"([^"]+)"/, '$1'));
      expect(ids.length, collection).toBeGreaterThan(0);
      for (const id of ids) expect(real.slugs[collection], `${collection}/${id}`).toContain(id);
    }
    const parents = parsed.filter((f) => f.collection === 'subprojects').map((f) => (f.data as { project: string }).project);
    for (const p of parents) expect(p).toMatch(/^bench-p-/);
  });

  it('gives bodies the shape of real entries: ## sections, a GFM table, a list, 300–800 words', () => {
    for (const f of parsed) {
      const prose = f.body;
      expect(prose.match(/^## /gm)?.length ?? 0, f.id).toBeGreaterThanOrEqual(3);
      expect(prose, f.id).toMatch(/^\| --- \| --- \|/m);
      expect(prose, f.id).toMatch(/^(- |1\. )/m);
      const words = prose.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length;
      expect(words, f.id).toBeGreaterThanOrEqual(250);
      expect(words, f.id).toBeLessThanOrEqual(900);
    }
  });

  it('is deterministic: the same seed gives the same files, another seed different ones', () => {
    expect(generateEntries(real, { entries: N, seed: 7 })).toEqual(generated);
    const other = generateEntries(real, { entries: N, seed: 8 });
    expect(other.map((f) => f.text)).not.toEqual(generated.map((f) => f.text));
    const sameText = other.filter((f, i) => f.text === generated[i].text).length;
    expect(sameText).toBe(0);
  });

  it('writes the files where their paths say', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-gen-'));
    try {
      writeEntries(dir, generated.slice(0, 3));
      for (const f of generated.slice(0, 3)) expect(fs.readFileSync(path.join(dir, f.file), 'utf8')).toBe(f.text);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
