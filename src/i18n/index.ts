// The UI's words, one typed dictionary per language. English (./en) defines the keys; every other language
// must give every key (`Dictionary` makes a missing one a type error, and missingKeys() fails the build on
// it, see the check below). Pages and libs never write a reader-facing string inline: they ask t(lang).
import * as enParts from './en/index.ts';
import * as ruParts from './ru/index.ts';
import { DEFAULT_LANG, LANGS, type Lang } from './langs.ts';

// A plain string value may be any string in another language; a union of literals (a grammatical case) stays one.
type Widen<T> = T extends string
  ? string extends T ? string : T
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : { [K in keyof T]: Widen<T[K]> };

const en = { ...enParts };
export type Dictionary = Widen<typeof en>;

const DICTIONARIES: Record<Lang, Dictionary> = { en, ru: { ...ruParts } };

/** The dictionary of a language. */
export const t = (lang: Lang): Dictionary => DICTIONARIES[lang];

/** Keys the reference dictionary has and `other` lacks (or gives as the wrong type), as dotted paths. */
export function missingKeys(reference: unknown, other: unknown, at = ''): string[] {
  if (typeof reference !== 'object' || reference === null) {
    return typeof other === typeof reference && (typeof other !== 'string' || other.trim() !== '') ? [] : [at];
  }
  if (typeof other !== 'object' || other === null) return [at];
  return Object.entries(reference).flatMap(([k, v]) => missingKeys(v, (other as Record<string, unknown>)[k], at ? `${at}.${k}` : k));
}

// A dictionary that lacks a key would show English (or nothing) under another language's interface:
// refuse to build rather than publish it.
for (const lang of LANGS) {
  if (lang === DEFAULT_LANG) continue;
  const missing = missingKeys(en, DICTIONARIES[lang]);
  if (missing.length) throw new Error(`src/i18n/${lang}: the dictionary lacks ${missing.length} key(s) that src/i18n/en has: ${missing.join(', ')}`);
}
