// What the entry editor's "Translate an existing entry" reads from the built site: each entry's record
// (/<collection>/<id>.json) and its English body (/contribute/english/<collection>/<id>.json). From them the
// browser must write, for every entry, the same file as `npm run translate` does from the content file.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translationSkeleton } from '../../src/lib/translation-skeleton.ts';
import { contentFiles, DIST } from '../helpers.ts';

const read = (p: string) => JSON.parse(fs.readFileSync(path.join(DIST, p), 'utf8'));

describe('the files the editor translates from', () => {
  const english = contentFiles();

  it('every entry has its English body file, and record and body give the command line\'s translation file', () => {
    expect(english.length).toBeGreaterThan(100);
    for (const f of english) {
      const key = `${f.collection}/${f.id}`;
      const record = read(`${key}.json`);
      const body = read(`contribute/english/${key}.json`);
      expect([record.id, body.id, body.lang], key).toEqual([key, key, 'en']);
      expect(body.body.trim(), key).toBe(f.body.trim());
      expect(translationSkeleton(record.data, body.body), key).toBe(translationSkeleton((f.data ?? {}) as never, f.body));
    }
  });

  it('holds no other files than one per entry', () => {
    const built = fs.readdirSync(path.join(DIST, 'contribute/english'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile()).map((e) => path.relative(path.join(DIST, 'contribute/english'), path.join(e.parentPath, e.name)));
    expect(built.sort()).toEqual(english.map((f) => `${f.collection}/${f.id}.json`).sort());
  });
});
