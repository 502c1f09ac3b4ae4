// Starts or brings up to date a translation of an entry.
//
//   npm run translate -- projects/hdim            start content/ru/projects/hdim.mdx (or re-stamp it)
//   npm run translate -- projects/hdim --lang ru  the same, naming the language
//   npm run translate -- --status                 list what is untranslated or behind its English entry
//
// The work is done in src/lib/translate.ts, which `npm run new -- --translate <collection>/<id>` calls too.
import path from 'node:path';
import { printTranslationStatus, startTranslations, translationLangOf } from '../src/lib/translate.ts';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const out = { log: console.log, error: console.error };
const chosen = translationLangOf(args);
if ('problem' in chosen) {
  console.error(chosen.problem);
  process.exit(2);
}
if (args.includes('--status')) {
  printTranslationStatus(root, chosen.lang, out);
  process.exit(0);
}
const targets = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--lang');
if (!targets.length) {
  console.error('Usage: npm run translate -- <collection>/<id> [--lang ru]   (or --status)');
  process.exit(2);
}
process.exitCode = startTranslations(root, chosen.lang, targets, out);
