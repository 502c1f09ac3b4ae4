// Starts or brings up to date a translation of an entry.
//
//   npm run translate -- projects/hdim            start content/ru/projects/hdim.mdx (or re-stamp it)
//   npm run translate -- projects/hdim --lang ru  the same, naming the language
//   npm run translate -- --status                 list what is untranslated or behind its English entry
//
// A new file starts with the English title, summary, list words and body to write over, and the English
// text's fingerprint (`englishVersion`). On an existing translation, once it says what the English says
// now, the command writes the new fingerprint, so the page stops saying the translation is behind.
import fs from 'node:fs';
import path from 'node:path';
import { readContentTree, type ContentFile } from '../src/lib/content-files.ts';
import { englishVersionOf, TRANSLATED_LISTS } from '../src/schemas/translation.ts';
import { DEFAULT_LANG, isLang, LANGS } from '../src/i18n/langs.ts';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const langAt = args.indexOf('--lang');
const lang = langAt >= 0 ? args[langAt + 1] : 'ru';
if (!isLang(lang) || lang === DEFAULT_LANG) {
  console.error(`--lang: expected one of ${LANGS.filter((l) => l !== DEFAULT_LANG).join(', ')}, got "${lang}"`);
  process.exit(2);
}
const tree = readContentTree(root);
const english = tree.files.filter((f) => !f.lang);
const translations = new Map(tree.files.filter((f) => f.lang === lang).map((f) => [`${f.collection}/${f.id}`, f]));
const versionOf = (f: ContentFile) => englishVersionOf((f.data ?? {}) as Parameters<typeof englishVersionOf>[0], f.body);

if (args.includes('--status')) {
  let missing = 0, behind = 0;
  for (const f of english) {
    const t = translations.get(`${f.collection}/${f.id}`);
    if (!t) { missing++; console.log(`untranslated  ${f.file}`); continue; }
    const recorded = (t.data as { englishVersion?: string } | undefined)?.englishVersion;
    if (recorded !== versionOf(f)) { behind++; console.log(`behind        ${t.file} (the English entry changed since)`); }
  }
  console.log(`${english.length - missing - behind} of ${english.length} entries translated and current; ${missing} untranslated, ${behind} behind.`);
  process.exit(0);
}

const targets = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--lang');
if (!targets.length) {
  console.error('Usage: npm run translate -- <collection>/<id> [--lang ru]   (or --status)');
  process.exit(2);
}
const quote = (s: unknown) => JSON.stringify(String(s));
for (const target of targets) {
  const f = english.find((e) => `${e.collection}/${e.id}` === target.replace(/\.mdx$/, '').replace(/^content\//, ''));
  if (!f) {
    console.error(`${target}: no English entry content/${target}.mdx`);
    process.exitCode = 1;
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
    console.log(`${path.relative(root, file)}: marked as translating the English text of now (${version})`);
    continue;
  }
  const d = (f.data ?? {}) as Record<string, any>;
  const lines = ['---', `title: ${quote(d.title)}`, `summary: ${quote(d.summary)}`];
  if (d.aliases?.length) lines.push(`aliases: [${d.aliases.map(quote).join(', ')}]`);
  if (d.statusNote) lines.push(`statusNote: ${quote(d.statusNote)}`);
  for (const [list, word] of Object.entries(TRANSLATED_LISTS)) {
    if (d[list]?.length) lines.push(`${list}: [${d[list].map((x: any) => quote(x[word])).join(', ')}]`);
  }
  if (d.inferred && Object.keys(d.inferred).length) {
    lines.push('inferred:', ...Object.entries(d.inferred).map(([k, v]) => `  ${k}: ${quote(v)}`));
  }
  lines.push(`englishVersion: "${version}"`, '---', f.body.trim(), '');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, lines.join('\n'));
  console.log(`${path.relative(root, file)}: started from the English text; write the translation over it (facts stay in ${f.file})`);
}
