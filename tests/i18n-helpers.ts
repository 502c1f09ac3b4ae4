// Shared by the language tests: a page's text in its own language (passages marked with another `lang`
// left out), and the strings of a dictionary that must not appear in the other language's pages.
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element, Root, RootContent } from 'hast';
import { t } from '../src/i18n/index.ts';
import type { Lang } from '../src/i18n/langs.ts';

/**
 * Removes every element whose `lang` differs from `lang`, in place, and what is no language's wording:
 * scripts, styles, templates, and code (file paths, field names, commands, which are the same in every edition).
 */
function dropOtherLanguages(node: Root | Element, lang: Lang) {
  node.children = node.children.filter((child: RootContent) => {
    if (child.type !== 'element') return true;
    const own = child.properties?.lang;
    if (typeof own === 'string' && own.split('-')[0] !== lang) return false;
    if (['script', 'style', 'template', 'code', 'pre', 'kbd', 'samp'].includes(child.tagName)) return false;
    dropOtherLanguages(child, lang);
    return true;
  });
}

/** The text of the parts of a page matched by `selector` (all of <body> by default), in the page's language only. */
export function textInLanguage(html: string, lang: Lang, selector = 'body'): string {
  const tree = fromHtml(html);
  return selectAll(selector, tree)
    .map((el) => {
      const copy = structuredClone(el);
      dropOtherLanguages(copy, lang);
      return toText(copy, { whitespace: 'normal' });
    })
    .join(' ');
}

/**
 * Every piece of fixed wording in a language's dictionary that the other language's dictionary words
 * differently, at least `minLetters` letters long: plain values, and the fixed parts of phrases built by
 * functions ("Projects in " of `projectsIn`). A value both dictionaries share (an acronym) is not counted.
 */
export function dictionaryPhrases(lang: Lang, other: Lang, minLetters = 4): string[] {
  const out = new Set<string>();
  const walk = (mine: unknown, theirs: unknown) => {
    if (typeof mine === 'string') {
      // A template for the client ("«{word}»") has placeholders, not words, between its fixed parts.
      if (mine !== theirs) for (const part of mine.split(/\{[a-zA-Z]+\}/)) out.add(part);
    } else if (typeof mine === 'function') {
      const args = Array.from({ length: (mine as (...a: unknown[]) => string).length || 1 }, () => '\u0000');
      let text: unknown;
      try { text = (mine as (...a: unknown[]) => unknown)(...args); } catch { return; }
      if (typeof text === 'string') for (const part of text.split('\u0000')) out.add(part);
      return;
    } else if (mine && typeof mine === 'object') {
      for (const [k, v] of Object.entries(mine)) walk(v, (theirs as Record<string, unknown> | undefined)?.[k]);
    }
  };
  walk(t(lang), t(other));
  const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;
  return [...out].map((s) => s.trim().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter((s) => letters(s) >= minLetters);
}

/**
 * The phrases of `phrases` that occur in `text` as whole words. Addresses and file names shown as text
 * ("/ru/projects/…", "entries.json") are the same in every language and are not read as words.
 */
export function phrasesIn(text: string, phrases: string[]): string[] {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const words = text.replace(/(?:https?:\/\/|\/)\S*|\S+\.[a-z]{2,5}\b/g, ' ');
  return phrases.filter((p) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(p)}(?![\\p{L}\\p{N}])`, 'u').test(words));
}

/** The share of Cyrillic letters among all letters of a text. */
export function cyrillicShare(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length ? letters.filter((c) => /\p{Script=Cyrillic}/u.test(c)).length / letters.length : 0;
}
