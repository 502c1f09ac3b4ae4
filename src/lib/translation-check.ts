// Checks a translation file (content/<lang>/<collection>/<id>.mdx) against its English entry: it may hold
// only language-bound parts, must name an English entry that exists, must give every required part, and
// gives list words item for item. Facts are refused with a message saying where they belong.
import type { CollectionName } from '../schemas/vocabularies.ts';
import { notesOf, TRANSLATED_LISTS, TRANSLATED_NOTES, TRANSLATION_FIELDS, translationSchema } from '../schemas/translation.ts';
import { schemas } from './frontmatter-check.ts';
import type { ContentFile } from './content-files.ts';
import { formatPath } from './frontmatter-check.ts';

export interface TranslationProblem { file: string; line: number; field: string; message: string }

const englishFileOf = (f: Pick<ContentFile, 'collection' | 'id'>) => `content/${f.collection}/${f.id}.mdx`;

/** Every problem of every translation, given the English files (parsed) they translate. */
export function checkTranslations(translations: ContentFile[], english: ContentFile[]): TranslationProblem[] {
  const byKey = new Map(english.map((f) => [`${f.collection}/${f.id}`, f]));
  const problems: TranslationProblem[] = [];
  for (const f of translations) {
    const at = (path: PropertyKey[], message: string) => problems.push({ file: f.file, line: f.lineOf(path), field: formatPath(path), message });
    const source = byKey.get(`${f.collection}/${f.id}`);
    if (!source) {
      problems.push({ file: f.file, line: 1, field: '', message: `translates ${englishFileOf(f)}, which does not exist: a translation needs its English entry (check the file name, or remove the translation)` });
      continue;
    }
    if (f.data === undefined) continue;
    if (typeof f.data !== 'object' || f.data === null || Array.isArray(f.data)) {
      problems.push({ file: f.file, line: 1, field: '', message: 'expected frontmatter fields (title, summary, …)' });
      continue;
    }
    const data = f.data as Record<string, unknown>;
    const en = (source.data && typeof source.data === 'object' ? source.data : {}) as Record<string, unknown>;
    const facts = new Set(Object.keys((schemas[f.collection as CollectionName] as unknown as { shape?: object }).shape ?? {}));
    for (const key of Object.keys(data)) {
      if ((TRANSLATION_FIELDS as readonly string[]).includes(key)) continue;
      at([key], facts.has(key) || key in en
        ? `"${key}" is a fact, and facts come from the English entry (${englishFileOf(f)}): change it there, and remove it here`
        : `unknown field "${key}": a translation holds only ${TRANSLATION_FIELDS.join(', ')}`);
    }
    const allowed = Object.fromEntries(Object.entries(data).filter(([k]) => (TRANSLATION_FIELDS as readonly string[]).includes(k)));
    const parsed = translationSchema.safeParse(allowed);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const missing = issue.code === 'invalid_type' && issue.path.length === 1 && allowed[issue.path[0] as string] === undefined;
        at(issue.path, missing ? `missing: a translation must give its ${String(issue.path[0])}${issue.path[0] === 'englishVersion' ? ' (run `npm run translate -- ' + f.collection + '/' + f.id + '`)' : ''}` : issue.message);
      }
    }
    if (!f.body.trim() && (source.body ?? '').trim()) {
      problems.push({ file: f.file, line: f.bodyLine, field: 'body', message: `missing: the English entry has a body, so its translation needs one (write it below the closing "---")` });
    }
    if (data.statusNote !== undefined && en.statusNote === undefined) at(['statusNote'], `the English entry (${englishFileOf(f)}) has no statusNote to translate`);
    for (const [list, word] of Object.entries(TRANSLATED_LISTS)) {
      const mine = data[list];
      if (mine === undefined) continue;
      const theirs = Array.isArray(en[list]) ? (en[list] as unknown[]) : [];
      if (!Array.isArray(mine)) continue;
      if (mine.length !== theirs.length) {
        at([list], `expected ${theirs.length} item(s), one \`${word}\` for each of the English entry's ${list} in its order — found ${mine.length}`);
      }
    }
    const englishNotes = notesOf(en as never);
    for (const [list, word] of Object.entries(TRANSLATED_NOTES) as [keyof typeof TRANSLATED_NOTES, string][]) {
      const mine = data[list];
      if (mine === undefined || !Array.isArray(mine)) continue;
      const theirs = englishNotes[list];
      if (!theirs) { at([list], `the English entry's ${list} have no ${word} to translate; remove this list`); continue; }
      if (mine.length !== theirs.length) { at([list], `expected ${theirs.length} item(s), one for each of the English entry's ${list} in its order ("" where it has no ${word}) — found ${mine.length}`); continue; }
      mine.forEach((m, i) => {
        if (typeof m !== 'string') return;
        if (theirs[i] === '' && m.trim() !== '') at([list, i], `the English item has no ${word}; give "" here`);
        if (theirs[i] !== '' && m.trim() === '') at([list, i], `missing: the English item's ${word} ("${theirs[i]}")`);
      });
    }
    const inferred = data.inferred && typeof data.inferred === 'object' ? Object.keys(data.inferred) : [];
    const enInferred = en.inferred && typeof en.inferred === 'object' ? Object.keys(en.inferred) : [];
    for (const k of inferred) {
      if (!enInferred.includes(k)) at(['inferred', k], `the English entry marks no "${k}" as inferred${enInferred.length ? `; it marks: ${enInferred.join(', ')}` : ''}`);
    }
  }
  return problems;
}
