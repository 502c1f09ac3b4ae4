// The start of a translation file: the English entry's language-bound words (title, summary, aliases,
// status note, list words, inference reasons) and body to write over, and the fingerprint of the English
// text it starts from. Pure, so `npm run translate` (src/lib/translate.ts) and the entry editor in the
// browser (src/scripts/entry-editor/translate.ts) write exactly the same file.
import { englishVersionOf, notesOf, TRANSLATED_LISTS, type EnglishText } from '../schemas/translation.ts';

const quote = (s: unknown) => JSON.stringify(String(s));

/**
 * An English entry's text as this reads it. The data has passed the schemas (or is an exported record's, which
 * did), so its aliases are a list, its lists hold items and its inference reasons are by field; the words
 * themselves are quoted as whatever they are.
 */
type ParsedText = Omit<EnglishText, 'aliases' | 'inferred' | keyof typeof TRANSLATED_LISTS> & {
  aliases?: unknown[];
  inferred?: Record<string, unknown>;
} & { [list in keyof typeof TRANSLATED_LISTS]?: Record<string, unknown>[] };

/** Where a translation of `<collection>/<id>` into `lang` lives, relative to the repository. */
export const translationPath = (lang: string, collection: string, id: string) => `content/${lang}/${collection}/${id}.mdx`;

/** The text of a new translation file of an English entry (its parsed frontmatter, or its exported record's `data`, and its body). */
export function translationSkeleton(data: EnglishText, body: string): string {
  const d = data as ParsedText;
  const lines = ['---', `title: ${quote(d.title)}`, `summary: ${quote(d.summary)}`];
  if (d.aliases?.length) lines.push(`aliases: [${d.aliases.map(quote).join(', ')}]`);
  if (d.statusNote) lines.push(`statusNote: ${quote(d.statusNote)}`);
  for (const [list, word] of Object.entries(TRANSLATED_LISTS) as [keyof typeof TRANSLATED_LISTS, string][]) {
    if (d[list]?.length) lines.push(`${list}: [${d[list].map((x) => quote(x[word])).join(', ')}]`);
  }
  for (const [list, notes] of Object.entries(notesOf(data))) lines.push(`${list}: [${notes.map(quote).join(', ')}]`);
  if (d.inferred && Object.keys(d.inferred).length) {
    lines.push('inferred:', ...Object.entries(d.inferred).map(([k, v]) => `  ${k}: ${quote(v)}`));
  }
  lines.push(`englishVersion: "${englishVersionOf(data, body)}"`, '---', body.trim(), '');
  return lines.join('\n');
}
