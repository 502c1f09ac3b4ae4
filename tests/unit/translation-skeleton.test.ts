// The start of a translation file, shared by `npm run translate` and the entry editor's "Translate an
// existing entry" (translationSkeleton), and the English text's fingerprint, now computed with
// @noble/hashes so the browser computes it too: it must equal what node:crypto gave for the real content.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContentFile, readContentTree } from '../../src/lib/content-files.ts';
import { startTranslations } from '../../src/lib/translate.ts';
import { translationPath, translationSkeleton } from '../../src/lib/translation-skeleton.ts';
import { formatProblem, validateContent } from '../../src/lib/validate.ts';
import { englishVersionOf, TRANSLATED_LISTS, translationSchema, type EnglishText } from '../../src/schemas/translation.ts';
import { ROOT } from '../helpers.ts';

const tree = readContentTree(ROOT);
const english = tree.files.filter((f) => !f.lang);
const dataOf = (f: (typeof english)[number]) => (f.data ?? {}) as Record<string, any>;

/** The fingerprint as it was computed before (node:crypto), over the same text, written out independently. */
function nodeCryptoVersion(d: Record<string, any>, body: string) {
  const text = {
    title: d.title, summary: d.summary, aliases: d.aliases ?? [], statusNote: d.statusNote ?? null,
    positions: (d.positions ?? []).map((p: any) => p.title), events: (d.events ?? []).map((e: any) => e.what),
    figures: (d.figures ?? []).map((f: any) => f.counted), inferred: d.inferred ?? {}, body: body.trim(),
  };
  // The notes beside list items enter only where an entry has some (so older fingerprints stand).
  const notes: Record<string, string[]> = {};
  for (const [list, word] of [['organizations', 'note'], ['partnerMissions', 'note'], ['people', 'role']]) {
    const items: any[] = d[list] ?? [];
    if (items.some((i) => i[word])) notes[list] = items.map((i) => i[word] ?? '');
  }
  if (Object.keys(notes).length) Object.assign(text, { notes });
  return createHash('sha256').update(JSON.stringify(text)).digest('hex').slice(0, 8);
}

describe('englishVersionOf (@noble/hashes)', () => {
  it('equals the node:crypto fingerprint for every real English entry', () => {
    expect(english.length).toBeGreaterThan(100);
    for (const f of english) expect(englishVersionOf(dataOf(f), f.body), f.file).toBe(nodeCryptoVersion(dataOf(f), f.body));
  });

  it('equals the node:crypto fingerprint for text outside ASCII (Cyrillic, typographic quotes, emoji)', () => {
    const d = { title: 'Проект «Мост» — “quoted”', summary: 'Ünïcödé 🙂', aliases: ['ОБСЕ'], inferred: { kind: 'Причина, достаточно длинная.' } };
    expect(englishVersionOf(d, '  Текст.\n')).toBe(nodeCryptoVersion(d, '  Текст.\n'));
  });

  it('still matches the fingerprints the real current translations recorded (written by the old implementation)', () => {
    const byKey = new Map(english.map((f) => [`${f.collection}/${f.id}`, f]));
    const translations = tree.files.filter((f) => f.lang === 'ru');
    const matching = translations.filter((t) => {
      const e = byKey.get(`${t.collection}/${t.id}`)!;
      return (t.data as { englishVersion?: string }).englishVersion === nodeCryptoVersion(dataOf(e), e.body);
    });
    expect(matching.length).toBeGreaterThan(0);
    for (const t of matching) {
      const e = byKey.get(`${t.collection}/${t.id}`)!;
      expect(englishVersionOf(dataOf(e), e.body), t.file).toBe((t.data as { englishVersion: string }).englishVersion);
    }
  });
});

describe('translationSkeleton', () => {
  // Real entries with each kind of translated words: list words, aliases, inference reasons, a status note.
  const pick = (test: (d: Record<string, any>) => boolean) => english.find((f) => test(dataOf(f)));
  const samples = [
    pick((d) => !!d.events?.length),
    pick((d) => !!d.figures?.length),
    pick((d) => !!d.positions?.length),
    pick((d) => !!d.aliases?.length),
    pick((d) => !!d.inferred && Object.keys(d.inferred).length > 0),
    pick((d) => !!d.statusNote),
  ].filter((f, i, all) => f !== undefined && all.indexOf(f) === i) as typeof english;
  const has = (f: (typeof english)[number], key: string) => { const v = dataOf(f)[key]; return typeof v === 'string' ? v !== '' : !!v && Object.keys(v).length > 0; };

  it.each(samples.map((f) => [`${f.collection}/${f.id}`, f] as const))('starts %s with its English words, body and fingerprint, and the file passes the translation checks', (_, f) => {
    const text = translationSkeleton(dataOf(f), f.body);
    const file = translationPath('ru', f.collection, f.id);
    const parsed = { ...parseContentFile(f.collection, file, text), lang: 'ru' as const };
    expect(parsed.syntaxErrors).toEqual([]);
    const t = translationSchema.parse(parsed.data);
    const d = dataOf(f);
    expect([t.title, t.summary, t.aliases, t.statusNote]).toEqual([d.title, d.summary, d.aliases ?? [], d.statusNote]);
    for (const [list, word] of Object.entries(TRANSLATED_LISTS)) expect(t[list as keyof typeof TRANSLATED_LISTS], list).toEqual(d[list]?.length ? d[list].map((x: any) => x[word]) : undefined);
    expect(t.inferred).toEqual(d.inferred && Object.keys(d.inferred).length ? d.inferred : undefined);
    expect(t.englishVersion).toBe(nodeCryptoVersion(d, f.body));
    expect(parsed.body.trim()).toBe(f.body.trim());
    // The real tree with this file in place of any translation of the entry: no problems.
    const others = tree.files.filter((x) => x.file !== file);
    expect(validateContent([...others, parsed], tree).problems.map(formatProblem)).toEqual([]);
  });

  it('is what `npm run translate` writes', () => {
    // Every kind of translated words the real content has is among the samples.
    for (const key of ['aliases', 'positions', 'events', 'figures', 'inferred', 'statusNote']) {
      expect(samples.some((f) => has(f, key)), key).toBe(english.some((f) => has(f, key)));
    }
    expect(samples.length).toBeGreaterThanOrEqual(4);
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-skeleton-'));
    try {
      for (const f of samples) {
        fs.mkdirSync(path.join(root, 'content', f.collection), { recursive: true });
        fs.copyFileSync(path.join(ROOT, f.file), path.join(root, f.file));
      }
      const log: string[] = [];
      const code = startTranslations(root, 'ru', samples.map((f) => `${f.collection}/${f.id}`), { log: (l) => log.push(l), error: (l) => log.push(l) });
      expect(code, log.join('\n')).toBe(0);
      for (const f of samples) {
        expect(fs.readFileSync(path.join(root, translationPath('ru', f.collection, f.id)), 'utf8'), f.file).toBe(translationSkeleton(dataOf(f) as EnglishText, f.body));
      }
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
