// The entry editor at /contribute/new/: renders the chosen collection's fields, checks the entry (the
// checks of `npm run validate`, told in plain words), previews it as the author types, and offers the
// file to copy, download or open as a pull request once it passes. The form is kept in localStorage
// across reloads. Loaded only by that page.
//
// When problems show, as GOV.UK's forms do it: a field's problem appears when the author leaves the
// field (or changes a choice), never while they are still typing in it, and every problem appears on
// "Check the entry", which also fills the error summary at the top. Typing may clear a problem shown
// beside a field, never add one.
import {
  checkEntry, explainProblems, toFrontmatter, toMdx,
  type EditorData, type FieldDescriptor, type FormValue, type FormValues, type PlainProblem,
} from '../lib/entry-form.ts';
import { LONG_URL, newFileUrl } from '../lib/forge.ts';
import type { Dictionary } from '../i18n/index.ts';
import { slugify } from '../lib/slug.ts';
import { formatPath } from '../lib/frontmatter-check.ts';
import type { CollectionName } from '../schemas/vocabularies.ts';
import { SITE_CONFIG } from '../site.config.ts';
import { $, MARKDOWN_READY, h, type MarkdownTools } from './entry-editor/dom.ts';
import { renderFields, type Slot } from './entry-editor/fields.ts';
import { renderPreview } from './entry-editor/preview.ts';
import { startTranslating, type TranslateData } from './entry-editor/translate.ts';
import { entryFile } from '../lib/model.ts';

/** The script's words in the page's language, from the page's editor data (src/pages/contribute/new.astro). */
export interface EditorWords { words: Dictionary['pages']['editorScript']; intros: Record<string, string>; translate: TranslateData }

interface State {
  collection: CollectionName;
  /** The web address name (the file name without `.mdx`); made from the title until the author edits it. */
  slug: string;
  slugEdited: boolean;
  /** Form values per collection, so switching collection and back loses nothing. */
  values: Partial<Record<CollectionName, FormValues>>;
  body: string;
  /** The problem slots (field paths, `file`, `body`) of the fields the author has filled in and left. */
  visited: string[];
  /** "Check the entry" was used: every problem shows, and the error summary with them. */
  checked: boolean;
}

const STORAGE_KEY = 'civic-atlas:entry-editor';
const DELAY = 150;
/** The problem slots of the web address name and the main text; frontmatter fields use their path. */
const FILE = 'file';
const BODY = 'body';

function loadState(data: EditorData): State {
  const fresh: State = { collection: 'projects', slug: '', slugEdited: false, values: {}, body: '', visited: [], checked: false };
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<State> | null;
    if (!saved || !data.collections.some((c) => c.name === saved.collection)) return fresh;
    return { ...fresh, ...saved, visited: Array.isArray(saved.visited) ? saved.visited : [] };
  } catch {
    return fresh;
  }
}

/** Whether a form value holds anything: text, a ticked box, a row. */
const hasValue = (v: FormValue | undefined): boolean =>
  typeof v === 'string' ? v.trim() !== '' : typeof v === 'boolean' ? v : Array.isArray(v) ? v.length > 0 : !!v && Object.values(v).some(hasValue);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** A slot's problems show once the author has left it or anything inside it (a row's fields, a list's rows). */
const covers = (visited: readonly string[], key: string) =>
  visited.some((v) => v === key || v.startsWith(`${key}.`) || v.startsWith(`${key}[`));

/** How a refresh may change the problems shown: typing only clears them; leaving a field shows its own. */
type Reveal = 'typing' | 'left';

export async function startEntryEditor() {
  // The body's MDX check and its Markdown preview need the MDX parser, two thirds of the editor's weight.
  // A second script on the page brings it (markdown.ts), so the form need not wait; the checks and the
  // preview refresh when it arrives. Listen first: it may arrive while the entry list is still loading.
  let markdown: MarkdownTools | undefined;
  let started = false;
  document.addEventListener(MARKDOWN_READY, (e) => {
    markdown = (e as CustomEvent<MarkdownTools>).detail;
    if (started) refresh('left'); // reveals only what was already due: the author may be typing
  }, { once: true });
  const source = $('editor-data');
  const data = JSON.parse(source.textContent ?? '{}') as EditorData & EditorWords;
  const { words, intros } = data;
  try {
    const response = await fetch(source.dataset.entries!);
    if (!response.ok) throw new Error(`${response.status}`);
    data.entries = await response.json();
  } catch (error) {
    $('editor-fallback').append(h('p', {}, words.loadError.replace('{error}', String(error))));
    return;
  }
  const form = $<HTMLFormElement>('editor-form');
  const collectionSelect = $<HTMLSelectElement>('editor-collection');
  const slugInput = $<HTMLInputElement>('editor-slug');
  const bodyInput = $<HTMLTextAreaElement>('editor-body');
  const fieldsBox = $('editor-fields');
  const slugField = $('editor-slug-field');
  const summary = $('editor-error-summary');
  const problemList = $('editor-problem-list');
  const status = $('editor-status');
  const preview = $('editor-preview');
  const output = $<HTMLTextAreaElement>('editor-output');
  const pathOut = $('editor-path');
  const prLink = $<HTMLAnchorElement>('editor-pr');
  const copyButton = $<HTMLButtonElement>('editor-copy');
  const downloadButton = $<HTMLButtonElement>('editor-download');
  const actionStatus = $('editor-action-status');

  let state = loadState(data);
  let slots = new Map<string, Slot>();
  let optionalBox: HTMLDetailsElement | undefined;
  const fixedSlots: Record<string, Slot> = {
    [FILE]: { error: $('editor-slug-error'), target: slugInput, described: slugInput, group: slugField },
    [BODY]: { error: $('editor-body-error'), target: bodyInput, described: bodyInput, group: $('editor-body-field') },
  };
  /** The problems showing now, by slot; what typing may only take away from. */
  let shown = new Map<string, PlainProblem[]>();
  let listedSignature = '';
  let formGeneration = 0;
  /** Slots typed in since the page loaded: leaving one of these shows its problems (tabbing past does not). */
  const dirty = new Set<string>();
  let text = '';
  let ready = false;
  const fieldsOf = (c: CollectionName): FieldDescriptor[] => data.collections.find((x) => x.name === c)!.fields;
  const values = () => (state.values[state.collection] ??= {});
  const allSlots = () => new Map([...slots, ...Object.entries(fixedSlots)]);

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
    formGeneration++;
    const fields = fieldsOf(state.collection);
    const rendered = renderFields(fields, values(), [], {
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
        refresh('left');
      },
    });
    // The required fields first; the optional ones folded below them, so the form starts short. The file
    // keeps the schema's order whatever the form's (toMdx follows the fields).
    const optional = fields.flatMap((f, i) => (f.required ? [] : [{ f, el: rendered[i] }]));
    const wasOpen = optionalBox?.open ?? false;
    optionalBox = h('details', { class: 'optional-fields', id: 'editor-optional' },
      h('summary', {}, words.moreDetails, h('span', { class: 'hint' }, ` ${optional.map(({ f }) => lowerFirst(f.label)).join(', ')}`)),
      ...optional.map(({ el }) => el));
    // Open when it holds something: a value kept from an earlier visit, or a row just added.
    optionalBox.open = wasOpen || optional.some(({ f }) => hasValue(values()[f.name]));
    fieldsBox.replaceChildren(...fields.flatMap((f, i) => (f.required ? [rendered[i]] : [])), optionalBox);
    // The web address name is made from the title, so it sits right below it.
    fieldsBox.firstElementChild?.after(slugField);
    collectionSelect.value = state.collection;
    $('editor-slug-dir').textContent = `/${state.collection}/`;
    $('editor-collection-hint').textContent = intros[state.collection] + (state.collection === 'sources' ? words.sourcesNote : '');
    if (focusId) document.getElementById(focusId)?.focus();
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Typing refreshes the preview and the file after a short pause. */
  function changed() {
    clearTimeout(timer);
    timer = setTimeout(() => refresh('typing'), DELAY);
  }

  function refresh(reveal: Reveal) {
    clearTimeout(timer);
    const fields = fieldsOf(state.collection);
    const frontmatter = toFrontmatter(fields, values());
    const problems = checkEntry({
      collection: state.collection, slug: state.slug, data: frontmatter, body: state.body, known: data.entries, checkBody: markdown?.checkMdxBody,
    });
    const plain = explainProblems(problems, { collection: state.collection, fields, data: frontmatter, slug: state.slug, known: data.entries });
    text = toMdx(fields, frontmatter, state.body);
    showProblems(plain, reveal);
    renderPreview(preview, {
      collectionLabel: data.collections.find((c) => c.name === state.collection)?.label ?? state.collection, fields, data: frontmatter, body: state.body, entries: data.entries,
      renderBody: markdown?.renderBody,
    });
    const file = entryFile(state.collection, state.slug || 'file-name');
    output.value = text;
    pathOut.textContent = file;
    setReady(problems.length === 0, newFileUrl(SITE_CONFIG, file, text));
    save();
  }

  /** The slot a problem belongs to: its field, or the nearest enclosing list or row that has one. */
  function slotKeyFor(p: PlainProblem): string | undefined {
    if (p.place === 'file') return FILE;
    if (p.place === 'body') return BODY;
    for (let n = p.path.length; n > 0; n--) {
      const key = formatPath(p.path.slice(0, n));
      if (slots.has(key)) return key;
    }
    return undefined;
  }

  function showProblems(all: PlainProblem[], reveal: Reveal) {
    // While the title is missing and the web address name follows it, "Enter the title" says it all.
    const titleMissing = String(values().title ?? '').trim() === '';
    const problems = all.filter((p) => !(p.place === 'file' && !state.slugEdited && titleMissing));
    const now = new Map<string, PlainProblem[]>();
    for (const p of problems) {
      const key = slotKeyFor(p) ?? '';
      now.set(key, [...(now.get(key) ?? []), p]);
    }
    const next = new Map<string, PlainProblem[]>();
    for (const [key, list] of now) {
      const before = shown.get(key);
      // While typing, a problem already showing stays as it was until the field is left; none is added.
      if (reveal === 'typing') {
        if (before) next.set(key, before);
      } else if (state.checked || covers(state.visited, key)) next.set(key, list);
    }
    shown = next;

    const slotMap = allSlots();
    for (const [key, slot] of slotMap) {
      const list = shown.get(key);
      slot.error.hidden = !list;
      slot.error.replaceChildren(...(list ?? []).flatMap((p, i) => [i ? h('br') : '', h('span', { class: 'visually-hidden' }, 'Error: '), p.text]));
      slot.group.classList.toggle('has-error', !!list);
      if (slot.target === slot.described) {
        if (list) slot.target.setAttribute('aria-invalid', 'true');
        else slot.target.removeAttribute('aria-invalid');
      }
      const ids = (slot.described.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== slot.error.id);
      if (list) ids.push(slot.error.id);
      if (ids.length) slot.described.setAttribute('aria-describedby', ids.join(' '));
      else slot.described.removeAttribute('aria-describedby');
    }

    // The summary, in the order of the form: the title and web address name, the other details, the main text.
    const order = ['title', FILE, ...slots.keys(), BODY, ''];
    const listed = [...shown].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).flatMap(([key, list]) => list.map((p) => ({ key, p })));
    // Rebuilt only when it changes: a link pressed in it must still be there when the press ends.
    // (The form's generation too: its links hold the fields they focus, which a new rendering replaces.)
    const signature = JSON.stringify([formGeneration, listed.map(({ key, p }) => [key, p.text])]);
    if (signature !== listedSignature) problemList.replaceChildren(...listed.map(({ key, p }) => {
      const slot = slotMap.get(key);
      return h('li', {}, slot?.target.id
        ? h('a', {
          href: `#${slot.target.id}`,
          onclick: (e: Event) => {
            e.preventDefault();
            // As GOV.UK's summary does: the field's label (the top of its group) in view, the field focused.
            const folded = slot.group.closest('details');
            if (folded) folded.open = true;
            slot.group.scrollIntoView({ block: 'start' });
            slot.target.focus({ preventScroll: true });
          },
        }, p.text)
        : p.text);
    }));
    listedSignature = signature;
    summary.hidden = !state.checked || listed.length === 0;
    // A problem showing among the folded optional fields unfolds them, so it is not hidden.
    if (optionalBox && listed.some(({ key }) => slotMap.get(key)?.group.closest('details') === optionalBox)) optionalBox.open = true;
  }

  /** Copy, Download and the pull request are held back while any problem remains, with the reason shown. */
  function setReady(ok: boolean, href: string) {
    ready = ok;
    copyButton.disabled = !ok;
    downloadButton.disabled = !ok;
    if (ok) {
      prLink.href = href;
      prLink.removeAttribute('aria-disabled');
      prLink.removeAttribute('role');
    } else {
      // A link without an address cannot be followed; role and aria-disabled say so to assistive technology.
      prLink.removeAttribute('href');
      prLink.setAttribute('role', 'link');
      prLink.setAttribute('aria-disabled', 'true');
    }
    prLink.textContent = ok && href.length > LONG_URL ? words.pullRequestLong : words.pullRequest;
    const message = ok ? words.passes : words.notYet;
    if (status.textContent !== message) status.textContent = message;
  }

  /** "Check the entry": every problem shows, the summary first, with focus on it (GOV.UK's pattern). */
  function checkAll() {
    state.checked = true;
    refresh('left');
    if (!summary.hidden) summary.focus();
    else status.focus();
  }

  // ---- Wiring

  collectionSelect.addEventListener('change', () => {
    const from = state.collection;
    state.collection = collectionSelect.value as CollectionName;
    carryOver(from, state.collection);
    renderForm();
    refresh('left');
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
    // Emptied, the web address name follows the title again.
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

  const keyOf = (el: EventTarget | null) => (el instanceof HTMLElement ? el.dataset.field : undefined);
  const visit = (key: string) => {
    if (!state.visited.includes(key)) state.visited.push(key);
  };
  form.addEventListener('input', (e) => {
    const key = keyOf(e.target);
    if (key) dirty.add(key);
  });
  // Leaving a field the author typed in shows its problems. The title also names the file, so leaving it
  // shows the web address name's problems too while that name is still made from the title.
  form.addEventListener('focusout', (e) => {
    const key = keyOf(e.target);
    if (!key || !dirty.has(key) || e.target instanceof HTMLSelectElement) return;
    visit(key);
    if (key === 'title' && !state.slugEdited) visit(FILE);
    // Focus leaving for a button (Check, Add, Remove) or a summary link: a message appearing now would move it
    // between the press and the release, and the click would miss it. The button's own action refreshes;
    // a later refresh covers any that does not.
    const next = (e as FocusEvent).relatedTarget;
    if (next instanceof HTMLButtonElement || (next instanceof HTMLElement && summary.contains(next))) setTimeout(() => refresh('left'), 400);
    else refresh('left');
  });
  // A choice or a tick box is complete as soon as it changes.
  form.addEventListener('change', (e) => {
    const key = keyOf(e.target);
    if (!key || !(e.target instanceof HTMLSelectElement || (e.target as HTMLInputElement).type === 'checkbox')) return;
    visit(key);
    refresh('left');
  });

  $('editor-reset').addEventListener('click', () => {
    state = { collection: state.collection, slug: '', slugEdited: false, values: {}, body: '', visited: [], checked: false };
    dirty.clear();
    if (optionalBox) optionalBox.open = false;
    slugInput.value = '';
    bodyInput.value = '';
    renderForm('editor-collection');
    refresh('left');
    actionStatus.textContent = words.cleared;
  });

  copyButton.addEventListener('click', async () => {
    if (!ready) return;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      output.select(); // no clipboard access: select the text so the author can copy it
      document.execCommand('copy');
    }
    actionStatus.textContent = words.copied;
  });

  downloadButton.addEventListener('click', () => {
    if (!ready) return;
    const link = h('a', { href: URL.createObjectURL(new Blob([text], { type: 'text/markdown' })), download: `${state.slug || 'new-entry'}.mdx` });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000); // revoking at once can cancel the download
    actionStatus.textContent = words.downloaded.replace('{file}', `${state.slug || 'new-entry'}.mdx`);
  });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    checkAll();
  });

  slugInput.value = state.slug;
  bodyInput.value = state.body;
  renderForm();
  started = true;
  refresh('left');
  $('editor-fallback').hidden = true;
  $('editor').hidden = false;
  // Below the form: starting a translation of an entry already in the atlas.
  startTranslating(data.entries, data.translate);
}
