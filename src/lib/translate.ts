// Starting, re-stamping and listing translations of entries: the code behind `npm run translate` and
// `npm run new -- --translate <collection>/<id>`, so both commands do exactly the same.
//
// A new file starts with the English title, summary, list words and body to write over, and the English
// text's fingerprint (`englishVersion`). On an existing translation, once it says what the English says
// now, the command writes the new fingerprint, so the page stops saying the translation is behind.
import fs from 'node:fs';
import path from 'node:path';
import { readContentTree, type ContentFile } from './content-files.ts';
import { englishVersionOf, type EnglishText } from '../schemas/translation.ts';
import { translationSkeleton } from './translation-skeleton.ts';
import { DEFAULT_LANG, isLang, LANGS, type Lang } from '../i18n/langs.ts';

export interface TranslateOutput { log: (line: string) => void; error: (line: string) => void }

/** The language of `--lang <lang>` (Russian when not given), or a message saying why it is not one. */
export function translationLangOf(args: string[]): { lang: Exclude<Lang, 'en'> } | { problem: string } {
  const at = args.indexOf('--lang');
  const lang = at >= 0 ? args[at + 1] : 'ru';
  if (!isLang(lang) || lang === DEFAULT_LANG) {
    return { problem: `--lang: expected one of ${LANGS.filter((l) => l !== DEFAULT_LANG).join(', ')}, got "${lang}"` };
  }
  return { lang: lang as Exclude<Lang, 'en'> };
}

function readTranslations(root: string, lang: Lang) {
  const tree = readContentTree(root);
  const english = tree.files.filter((f) => !f.lang);
  const translations = new Map(tree.files.filter((f) => f.lang === lang).map((f) => [`${f.collection}/${f.id}`, f]));
  return { english, translations };
}
const versionOf = (f: ContentFile) => englishVersionOf((f.data ?? {}) as EnglishText, f.body);

/** Lists what is untranslated or behind its English entry, and the totals. */
export function printTranslationStatus(root: string, lang: Lang, out: TranslateOutput) {
  const { english, translations } = readTranslations(root, lang);
  let missing = 0, behind = 0;
  for (const f of english) {
    const t = translations.get(`${f.collection}/${f.id}`);
    if (!t) { missing++; out.log(`untranslated  ${f.file}`); continue; }
    const recorded = (t.data as { englishVersion?: string } | undefined)?.englishVersion;
    if (recorded !== versionOf(f)) { behind++; out.log(`behind        ${t.file} (the English entry changed since)`); }
  }
  out.log(`${english.length - missing - behind} of ${english.length} entries translated and current; ${missing} untranslated, ${behind} behind.`);
}

/**
 * Starts a translation of each target (`<collection>/<id>`, or `content/<collection>/<id>.mdx`), or
 * re-stamps an existing one. Returns the exit code: 1 when a target names no English entry.
 */
export function startTranslations(root: string, lang: Lang, targets: string[], out: TranslateOutput): number {
  const { english, translations } = readTranslations(root, lang);
  let code = 0;
  for (const target of targets) {
    const f = english.find((e) => `${e.collection}/${e.id}` === target.replace(/\.mdx$/, '').replace(/^content\//, ''));
    if (!f) {
      out.error(`${target}: no English entry content/${target}.mdx`);
      code = 1;
      continue;
    }
    const version = versionOf(f);
    const file = path.join(root, 'content', lang, f.collection, `${f.id}.mdx`);
    const existing = translations.get(`${f.collection}/${f.id}`);
    if (existing) {
      const text = fs.readFileSync(file, 'utf8');
      const stamped = /^englishVersion:.*$/m.test(text)
        ? text.replace(/^englishVersion:.*$/m, `englishVersion: "${version}"`)
        : text.replace(/^---\r?\n/, `---\nenglishVersion: "${version}"\n`);
      fs.writeFileSync(file, stamped);
      out.log(`${path.relative(root, file)}: marked as translating the English text of now (${version})`);
      continue;
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, translationSkeleton((f.data ?? {}) as EnglishText, f.body));
    out.log(`${path.relative(root, file)}: started from the English text; write the translation over it (facts stay in ${f.file})`);
  }
  return code;
}
