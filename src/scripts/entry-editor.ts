// The entry editor at /contribute/new/: renders the chosen collection's fields, checks the entry as the
// author types (the schemas and messages of `npm run validate`), previews it, and offers the MDX file to
// copy, download or open as a pull request. The form is kept in localStorage across reloads.
// Loaded only by that page.
import {
  checkEntry, entryPath, toFrontmatter, toMdx,
  type EditorData, type EditorProblem, type FieldDescriptor, type FormValue, type FormValues,
} from '../lib/entry-form.ts';
import { LONG_URL, newFileUrl } from '../lib/forge.ts';
import { COLLECTION_LABELS } from '../lib/labels.ts';
import { slugify } from '../lib/slug.ts';
import { formatPath } from '../lib/frontmatter-check.ts';
import type { CollectionName } from '../schemas/vocabularies.ts';
import { SITE_CONFIG } from '../site.config.ts';
import { $, MARKDOWN_READY, h, type MarkdownTools } from './entry-editor/dom.ts';
import { renderFields, type Slot } from './entry-editor/fields.ts';
import { renderPreview } from './entry-editor/preview.ts';

interface State {
  collection: CollectionName;
  /** The file name without `.mdx`; made from the title until the author edits it. */
  slug: string;
  slugEdited: boolean;
  /** Form values per collection, so switching collection and back loses nothing. */
  values: Partial<Record<CollectionName, FormValues>>;
  body: string;
  /** Problems are shown once the author has started; an untouched form is not a list of errors. */
  touched: boolean;
}

const STORAGE_KEY = 'civic-atlas:entry-editor';
const DELAY = 150;

function loadState(data: EditorData): State {
  const fresh: State = { collection: 'projects', slug: '', slugEdited: false, values: {}, body: '', touched: false };
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<State> | null;
    if (!saved || !data.collections.some((c) => c.name === saved.collection)) return fresh;
    return { ...fresh, ...saved };
  } catch {
    return fresh;
  }
}

export async function startEntryEditor() {
  // The body's MDX check and its Markdown preview need the MDX parser, two thirds of the editor's weight.
  // A second script on the page brings it (markdown.ts), so the form need not wait; the checks and the
  // preview refresh when it arrives. Listen first: it may arrive while the entry list is still loading.
  let markdown: MarkdownTools | undefined;
  let started = false;
  document.addEventListener(MARKDOWN_READY, (e) => {
    markdown = (e as CustomEvent<MarkdownTools>).detail;
    if (started) refresh();
  }, { once: true });
  const source = $('editor-data');
  const data = JSON.parse(source.textContent ?? '{}') as EditorData;
  try {
    const response = await fetch(source.dataset.entries!);
    if (!response.ok) throw new Error(`${response.status}`);
    data.entries = await response.json();
  } catch (error) {
    $('editor-fallback').append(h('p', {}, `The list of existing entries could not be loaded (${String(error)}); reload the page to try again.`));
    return;
  }
  const form = $<HTMLFormElement>('editor-form');
  const collectionSelect = $<HTMLSelectElement>('editor-collection');
  const slugInput = $<HTMLInputElement>('editor-slug');
  const bodyInput = $<HTMLTextAreaElement>('editor-body');
  const fieldsBox = $('editor-fields');
  const status = $('editor-status');
  const problemList = $('editor-problem-list');
  const preview = $('editor-preview');
  const output = $<HTMLTextAreaElement>('editor-output');
  const pathOut = $('editor-path');
  const prLink = $<HTMLAnchorElement>('editor-pr');
  const actionStatus = $('editor-action-status');

  let state = loadState(data);
  let slots = new Map<string, Slot>();
  const fixedSlots = {
    file: { error: $('editor-slug-error'), target: slugInput, described: slugInput } satisfies Slot,
    body: { error: $('editor-body-error'), target: bodyInput, described: bodyInput } satisfies Slot,
  };
  let text = '';
  const fieldsOf = (c: CollectionName): FieldDescriptor[] => data.collections.find((x) => x.name === c)!.fields;
  const values = () => (state.values[state.collection] ??= {});

  function save() {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch { /* storage full or blocked: the editor works without it */ }
  }

  /** Sets a value at a path in the current collection's values. */
  function setAt(path: PropertyKey[], value: FormValue) {
    let target = values() as Record<PropertyKey, FormValue>;
    for (const key of path.slice(0, -1)) target = target[key] as Record<PropertyKey, FormValue>;
    target[path.at(-1)!] = value;
  }

  function renderForm(focusId?: string) {
    slots = new Map();
    const fields = fieldsOf(state.collection);
    fieldsBox.replaceChildren(...renderFields(fields, values(), [], {
      entries: data.entries, slots,
      set(path, value) {
        setAt(path, value);
        if (path.length === 1 && path[0] === 'title' && !state.slugEdited) {
          state.slug = slugify(String(value));
          slugInput.value = state.slug;
        }
        changed();
      },
      restructure(id) {
        renderForm(id);
        changed(true);
      },
    }));
    collectionSelect.value = state.collection;
    $('editor-slug-dir').textContent = `content/${state.collection}/`;
    $('editor-collection-hint').textContent = COLLECTION_LABELS[state.collection].intro
      + (state.collection === 'sources' ? ' Cite a new source from the entries that use it (their Sources list), or npm run validate reports it as uncited.' : '');
    if (focusId) document.getElementById(focusId)?.focus();
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Typing refreshes after a short pause; a new row or collection at once, so its slots show their problems. */
  function changed(now = false) {
    state.touched = true;
    clearTimeout(timer);
    if (now) refresh();
    else timer = setTimeout(refresh, DELAY);
  }

  function refresh() {
    const fields = fieldsOf(state.collection);
    const frontmatter = toFrontmatter(fields, values());
    const problems = checkEntry({
      collection: state.collection, slug: state.slug, data: frontmatter, body: state.body, known: data.entries, checkBody: markdown?.checkMdxBody,
    });
    text = toMdx(fields, frontmatter, state.body);
    showProblems(state.touched ? problems : []);
    renderPreview(preview, {
      collectionLabel: COLLECTION_LABELS[state.collection].singular, fields, data: frontmatter, body: state.body, entries: data.entries,
      renderBody: markdown?.renderBody,
    });
    const file = entryPath(state.collection, state.slug || 'file-name');
    output.value = text;
    pathOut.textContent = file;
    prLink.href = newFileUrl(SITE_CONFIG, file, text);
    prLink.textContent = prLink.href.length > LONG_URL
      ? 'Open a pull request (a long file: if the forge refuses the link, download the file and upload it there)'
      : 'Open a pull request';
    save();
  }

  /** The slot a problem belongs to: its field, or the nearest enclosing list or row that has one. */
  function slotFor(p: EditorProblem): { slot: Slot; exact: boolean } | undefined {
    if (p.place === 'file') return { slot: fixedSlots.file, exact: true };
    if (p.place === 'body') return { slot: fixedSlots.body, exact: true };
    for (let n = p.path.length; n > 0; n--) {
      const slot = slots.get(formatPath(p.path.slice(0, n)));
      if (slot) return { slot, exact: n === p.path.length };
    }
    return undefined;
  }

  function showProblems(problems: EditorProblem[]) {
    for (const slot of [...slots.values(), fixedSlots.file, fixedSlots.body]) {
      slot.error.hidden = true;
      slot.error.replaceChildren();
      slot.target.removeAttribute('aria-invalid');
      const ids = (slot.described.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== slot.error.id);
      if (ids.length) slot.described.setAttribute('aria-describedby', ids.join(' '));
      else slot.described.removeAttribute('aria-describedby');
    }
    const items = problems.map((p) => {
      const found = slotFor(p);
      if (found) {
        const { slot, exact } = found;
        if (!slot.error.hidden) slot.error.append(h('br'));
        slot.error.append(exact ? p.message : `${p.field}: ${p.message}`);
        slot.error.hidden = false;
        if (slot.target === slot.described) slot.target.setAttribute('aria-invalid', 'true');
        const ids = (slot.described.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
        if (!ids.includes(slot.error.id)) slot.described.setAttribute('aria-describedby', [...ids, slot.error.id].join(' '));
      }
      const target = found?.slot.target;
      return h('li', {}, target?.id
        ? h('a', { href: `#${target.id}`, onclick: (e: Event) => (e.preventDefault(), target.focus()) }, `${p.field}: `, p.message)
        : `${p.field}: ${p.message}`);
    });
    problemList.replaceChildren(...items);
    const message = !state.touched ? 'The checks run as you fill in the form.'
      : problems.length === 0 ? 'No problems: the entry passes the checks of npm run validate.'
        : `${problems.length} problem${problems.length === 1 ? '' : 's'} to fix before the entry passes npm run validate:`;
    if (status.textContent !== message) status.textContent = message;
  }

  // ---- Wiring

  collectionSelect.addEventListener('change', () => {
    const from = state.collection;
    state.collection = collectionSelect.value as CollectionName;
    carryOver(from, state.collection);
    renderForm();
    changed(true);
  });

  /** A collection opened for the first time starts with the fields it shares with the one left (title, summary, sources …). */
  function carryOver(from: CollectionName, to: CollectionName) {
    if (state.values[to] && Object.keys(state.values[to]!).length) return;
    const target: FormValues = {};
    const source = state.values[from] ?? {};
    for (const f of fieldsOf(to)) {
      const same = fieldsOf(from).find((g) => JSON.stringify(g) === JSON.stringify(f));
      if (same && source[f.name] !== undefined) target[f.name] = structuredClone(source[f.name]);
    }
    state.values[to] = target;
  }

  slugInput.addEventListener('input', () => {
    state.slug = slugInput.value.trim();
    // Emptied, the file name follows the title again.
    state.slugEdited = state.slug !== '';
    if (!state.slugEdited) {
      state.slug = slugify(String(values().title ?? ''));
    }
    changed();
  });
  bodyInput.addEventListener('input', () => {
    state.body = bodyInput.value;
    changed();
  });

  $('editor-reset').addEventListener('click', () => {
    state = { collection: state.collection, slug: '', slugEdited: false, values: {}, body: '', touched: false };
    slugInput.value = '';
    bodyInput.value = '';
    renderForm('editor-collection');
    refresh();
    actionStatus.textContent = 'Cleared the form.';
  });

  $('editor-copy').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      output.select(); // no clipboard access: select the text so the author can copy it
      document.execCommand('copy');
    }
    actionStatus.textContent = 'Copied the file to the clipboard.';
  });

  $('editor-download').addEventListener('click', () => {
    const link = h('a', { href: URL.createObjectURL(new Blob([text], { type: 'text/markdown' })), download: `${state.slug || 'new-entry'}.mdx` });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000); // revoking at once can cancel the download
    actionStatus.textContent = `Downloaded ${state.slug || 'new-entry'}.mdx.`;
  });

  form.addEventListener('submit', (e) => e.preventDefault());

  slugInput.value = state.slug;
  bodyInput.value = state.body;
  renderForm();
  started = true;
  refresh();
  $('editor-fallback').hidden = true;
  $('editor').hidden = false;
}
