// The site's languages and how a path names one. English is the default and lives at the root; every
// other language has the same paths under its own prefix (/ru/projects/<slug>/). Astro's i18n routing
// (astro.config.mjs) is configured from LANGS, so this is the one list.

export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

/** The language's own name, for the language switcher. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', ru: 'Русский' };

export const isLang = (v: unknown): v is Lang => typeof v === 'string' && (LANGS as readonly string[]).includes(v);

/** Astro's `currentLocale` (or anything else) as one of our languages; English when unknown. */
export const langOf = (locale: string | undefined): Lang => (isLang(locale) ? locale : DEFAULT_LANG);

/** A site path with its language prefix removed: "/ru/projects/" → "/projects/". */
export function pathWithoutLang(path: string): string {
  for (const lang of LANGS) {
    if (lang === DEFAULT_LANG) continue;
    if (path === `/${lang}` || path === `/${lang}/`) return '/';
    if (path.startsWith(`/${lang}/`)) return path.slice(lang.length + 1);
  }
  return path;
}

/** The language a site path is in, from its prefix. */
export function langOfPath(path: string): Lang {
  const first = path.split('/')[1];
  return isLang(first) && first !== DEFAULT_LANG ? first : DEFAULT_LANG;
}

/**
 * A site path in the given language: "/projects/hdim/" → "/ru/projects/hdim/". Only pages are localized:
 * data files (.json, .csv, .xml, .txt and the like) are one dataset for every language and keep their path,
 * as do links that are not site paths (https://…, #fragment, mailto:).
 */
export function localizePath(path: string, lang: Lang): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const bare = pathWithoutLang(path);
  if (lang === DEFAULT_LANG) return bare;
  const pathname = bare.split(/[?#]/)[0];
  if (/\.[a-z0-9]+$/i.test(pathname) && !pathname.endsWith('.html')) return bare;
  return `/${lang}${bare}`;
}
