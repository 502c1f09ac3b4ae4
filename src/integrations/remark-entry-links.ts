// Remark plugin: links the first mention of another entry in every entry body (src/lib/prose-links.ts),
// and in a Russian translation's body marks the English names it quotes (src/lib/foreign-runs.ts).
// The catalogue's names are read from the content files once per build, the first time a body is compiled.
import crypto from 'node:crypto';
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { contentTreeOf } from '../lib/content-files.ts';
import { DEFAULT_LANG, isLang, localizePath, type Lang } from '../i18n/langs.ts';
import { linkFirstMentions, nameIndexOf, type EntryName, type NameIndex } from '../lib/prose-links.ts';
import { markLatinRuns } from '../lib/foreign-runs.ts';
import { COLLECTIONS } from '../schemas/vocabularies.ts';
import { entryUrl } from '../lib/model.ts';

/** Every entry's title and aliases in a language (a translation's, or the English where there is none), with its URL there. */
export function entryNamesIn(root: string, lang: Lang = DEFAULT_LANG): EntryName[] {
  const files = contentTreeOf(root).files;
  const translated = new Set(files.filter((f) => f.lang === lang).map((f) => `${f.collection}/${f.id}`));
  return files
    .filter((f) => (lang === DEFAULT_LANG ? !f.lang : f.lang === lang || (!f.lang && !translated.has(`${f.collection}/${f.id}`))))
    .flatMap((f) => {
      const data = (f.data ?? {}) as { title?: unknown; aliases?: unknown };
      const names = [data.title, ...(Array.isArray(data.aliases) ? data.aliases : [])].filter((n): n is string => typeof n === 'string');
      return names.map((name) => ({ name, href: localizePath(entryUrl(f.collection, f.id), lang) }));
    });
}

/** One index per build, project root and language: the plugin is set up again for every processor Astro makes. */
const indexes = new Map<string, { index: NameIndex; digest: string }>();

function namesOf(root: string, lang: Lang): { index: NameIndex; digest: string } {
  const key = `${root}\0${lang}`;
  let names = indexes.get(key);
  if (!names) {
    const list = entryNamesIn(root, lang);
    const digest = crypto.createHash('sha256').update(list.map((n) => `${n.name}\u0001${n.href}`).join('\0')).digest('base64url');
    indexes.set(key, (names = { index: nameIndexOf(list), digest }));
  }
  return names;
}

/** The index of every entry's names in a language, read from the content files once per build. */
export const nameIndexFor = (root: string, lang: Lang): NameIndex => namesOf(root, lang).index;

/** A digest of the names the index is made of: the same names, the same index (and the same links in a body). */
export const nameIndexDigestFor = (root: string, lang: Lang): string => namesOf(root, lang).digest;

export default function remarkEntryLinks({ root }: { root: string }) {
  return (tree: Root, file: VFile) => {
    // Only entry bodies: content/<collection>/<id>.mdx, or a translation's, content/<lang>/<collection>/<id>.mdx.
    const parts = file.path ? path.relative(root, file.path).split(path.sep) : [];
    if (parts[0] !== 'content') return;
    const lang: Lang = parts.length === 4 && isLang(parts[1]) && parts[1] !== DEFAULT_LANG ? parts[1] : DEFAULT_LANG;
    const [collection, name] = lang === DEFAULT_LANG && parts.length === 3 ? parts.slice(1) : parts.length === 4 ? parts.slice(2) : [];
    if (!collection || !(COLLECTIONS as readonly string[]).includes(collection)) return;
    linkFirstMentions(tree, nameIndexFor(root, lang), localizePath(entryUrl(collection, name.replace(/\.mdx?$/, '')), lang));
    // A translation quotes the sources' English names: each run of Latin script is marked as English.
    if (lang === 'ru') markLatinRuns(tree, DEFAULT_LANG);
  };
}
