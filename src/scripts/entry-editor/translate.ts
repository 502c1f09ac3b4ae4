// "Translate an existing entry" on /contribute/new/: the author picks an entry, the script fetches its
// record (/<collection>/<id>.json, for the words) and its English body (/contribute/english/…), and writes
// the start of content/<lang>/<collection>/<id>.mdx with translationSkeleton, the function behind
// `npm run translate`, so the browser and the command write the same file, fingerprint included.
// The file is then the author's to write over, copy, download or propose as a pull request.
import type { KnownEntry } from '../../lib/entry-form.ts';
import { LONG_URL, newFileUrl } from '../../lib/forge.ts';
import { translationPath, translationSkeleton } from '../../lib/translation-skeleton.ts';
import type { Dictionary } from '../../i18n/index.ts';
import type { EnglishText } from '../../schemas/translation.ts';
import { SITE_CONFIG } from '../../site.config.ts';
import { $, h } from './dom.ts';

/** What the page gives the script (its editor data's `translate`): the words (plain strings) and the languages. */
export interface TranslateData {
  words: Omit<Dictionary['pages']['editorTranslate'], 'pathHint' | 'fileHint'>;
  /** The language the translation is into. */
  into: string;
  /** The page's language: other than English, the English titles in the choice carry lang="en". */
  pageLang: string;
  /** The collections in order, with their names in the page's language, to group the choice. */
  groups: { name: string; label: string }[];
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

/**
 * A JSON document as fetched, read field by field: its shape is checked before use (any JSON value, even null,
 * reads as absent fields through `?.`), so the type names only the fields looked at, as unknown.
 */
async function fetchJson(url: string): Promise<{ id?: unknown; data?: unknown; body?: unknown } | null> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return response.json();
}

export function startTranslating(entries: KnownEntry[], data: TranslateData) {
  const { words } = data;
  const section = $('editor-translate');
  const form = $<HTMLFormElement>('translate-form');
  const select = $<HTMLSelectElement>('translate-entry');
  const status = $('translate-status');
  const output = $('translate-output');
  const file = $<HTMLTextAreaElement>('translate-file');
  const pathOut = $('translate-path');
  const prLink = $<HTMLAnchorElement>('translate-pr');
  const actionStatus = $('translate-action-status');
  const englishLang = data.pageLang === 'en' ? undefined : 'en';

  select.append(...data.groups.flatMap(({ name, label }) => {
    const inGroup = entries.filter((e) => e.collection === name);
    return inGroup.length
      ? [h('optgroup', { label }, ...inGroup.map((e) => h('option', { value: `${e.collection}/${e.id}`, lang: englishLang }, e.title)))]
      : [];
  }));

  let current: { path: string; id: string } | undefined;
  /** The pull-request link follows the file as the author writes over it. */
  function linkFile() {
    if (!current) return;
    const href = newFileUrl(SITE_CONFIG, current.path, file.value);
    prLink.href = href;
    prLink.textContent = href.length > LONG_URL ? words.pullRequestLong : words.pullRequest;
  }

  let generation = 0;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const chosen = entries.find((x) => `${x.collection}/${x.id}` === select.value);
    if (!chosen) {
      status.textContent = words.chooseFirst;
      select.focus();
      return;
    }
    const asked = ++generation;
    status.textContent = words.loading;
    const at = (template: string) => fill(section.dataset[template]!, { collection: chosen.collection, id: chosen.id });
    try {
      const [record, source] = await Promise.all([fetchJson(at('record')), fetchJson(at('body'))]);
      const key = `${chosen.collection}/${chosen.id}`;
      if (record?.id !== key || typeof record.data !== 'object' || source?.id !== key || typeof source.body !== 'string') {
        throw new Error(key);
      }
      if (asked !== generation) return; // another entry was chosen meanwhile
      current = { path: translationPath(data.into, chosen.collection, chosen.id), id: chosen.id };
      file.value = translationSkeleton(record.data as EnglishText, source.body);
      pathOut.textContent = current.path;
      actionStatus.textContent = '';
      linkFile();
      output.hidden = false;
      // The entry's title is English: on another language's page it says so (lang="en").
      const [before, after = ''] = words.started.split('{title}');
      status.replaceChildren(before, h('span', { lang: englishLang }, chosen.title), after);
    } catch (error) {
      if (asked === generation) status.textContent = fill(words.loadError, { error: String(error instanceof Error ? error.message : error) });
    }
  });

  file.addEventListener('input', linkFile);

  $('translate-copy').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(file.value);
    } catch {
      file.select(); // no clipboard access: select the text so the author can copy it
      document.execCommand('copy');
    }
    actionStatus.textContent = words.copied;
  });

  $('translate-download').addEventListener('click', () => {
    if (!current) return;
    const name = `${current.id}.mdx`;
    const link = h('a', { href: URL.createObjectURL(new Blob([file.value], { type: 'text/markdown' })), download: name });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000); // revoking at once can cancel the download
    actionStatus.textContent = fill(words.downloaded, { file: name });
  });

  section.hidden = false;
}
