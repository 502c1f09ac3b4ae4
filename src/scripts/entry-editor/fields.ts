// The entry editor's form controls, built from the field descriptors (src/lib/entry-form.ts): one
// labelled control per field, fieldsets with Add/Remove for lists, and an error slot beside each.
import { emptyValue, fieldHint, type FieldDescriptor, type FormValue, type KnownEntry } from '../../lib/entry-form.ts';
import { formatPath } from '../../lib/frontmatter-check.ts';
import { h } from './dom.ts';

/**
 * Where a problem at a path is shown (`error`, inside `group`, which is marked while it holds one), what a
 * link to it focuses (`target`) and what points at the message with aria-describedby (`described`).
 */
export interface Slot { error: HTMLElement; target: HTMLElement; described: HTMLElement; group: HTMLElement }

export interface FieldContext {
  entries: readonly KnownEntry[];
  /** Error slots by field path as validate prints it (`organizations[0].role`); filled while rendering. */
  slots: Map<string, Slot>;
  /** A control's value changed. */
  set(path: PropertyKey[], value: FormValue): void;
  /** A row was added or removed: render again and move focus to the element with this id. */
  restructure(focusId: string): void;
}

export const idOf = (path: readonly PropertyKey[]) => `f-${path.map(String).join('-')}`;

/** The fields of a collection (or of one row of a list), in schema order. */
export function renderFields(fields: FieldDescriptor[], values: Record<string, FormValue>, path: PropertyKey[], ctx: FieldContext): HTMLElement[] {
  return fields.map((f) => (f.kind === 'list' ? renderList(f, ensureList(values, f.name), [...path, f.name], ctx)
    : f.kind === 'group' ? renderGroup(f, ensureGroup(values, f.name), [...path, f.name], ctx)
      : renderControl(f, values[f.name], [...path, f.name], ctx, f.label, f.required)));
}

function ensureList(values: Record<string, FormValue>, name: string): FormValue[] {
  if (!Array.isArray(values[name])) values[name] = [];
  return values[name] as FormValue[];
}

function ensureGroup(values: Record<string, FormValue>, name: string): Record<string, FormValue> {
  const v = values[name];
  if (!v || typeof v !== 'object' || Array.isArray(v)) values[name] = {};
  return values[name] as Record<string, FormValue>;
}

/** A field holding one object (not a list of them): a fieldset of its fields. */
function renderGroup(d: FieldDescriptor, values: Record<string, FormValue>, path: PropertyKey[], ctx: FieldContext): HTMLElement {
  const id = idOf(path);
  const hint = fieldHint(d, ctx.entries);
  const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  const fieldset = h('fieldset', { id, 'aria-describedby': hint ? `${id}-hint` : undefined },
    h('legend', {}, d.label, ...requiredMark(d.required)),
    hint && h('p', { class: 'hint', id: `${id}-hint` }, hint),
    error, ...renderFields(d.fields!, values, path, ctx));
  ctx.slots.set(formatPath(path), { error, target: fieldset.querySelector('input, select, textarea') ?? fieldset, described: fieldset, group: fieldset });
  return fieldset;
}

const requiredMark = (required: boolean) => (required ? [' ', h('span', { class: 'required' }, '(required)')] : []);

/** One labelled control with its hint and error slot. */
function renderControl(d: FieldDescriptor, value: FormValue | undefined, path: PropertyKey[], ctx: FieldContext, label: string, required: boolean): HTMLElement {
  const id = idOf(path);
  const hint = fieldHint(d, ctx.entries);
  const counter = d.kind === 'longtext' && d.maxLength ? h('span', { class: 'count' }) : undefined;
  const hintId = hint || counter ? `${id}-hint` : undefined;
  const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  // data-field names the problem slot, so leaving the control shows its problems (entry-editor.ts).
  const common = { id, 'aria-describedby': hintId, 'aria-required': required ? 'true' : undefined, 'data-field': formatPath(path) };
  const text = typeof value === 'string' ? value : '';
  const onInput = (e: Event) => ctx.set(path, (e.target as HTMLInputElement).value);
  let control: HTMLElement;

  if (d.kind === 'boolean') {
    control = h('input', { ...common, type: 'checkbox', checked: value === true, onchange: (e: Event) => ctx.set(path, (e.target as HTMLInputElement).checked) });
    const box = h('div', { class: 'field' }, h('label', { class: 'check' }, control, label), hint && h('p', { class: 'hint', id: hintId }, hint), error);
    ctx.slots.set(formatPath(path), { error, target: control, described: control, group: box });
    return box;
  }
  if (d.kind === 'reference') {
    // Typed, with the existing entries as suggestions: a <select> of every entry holds thousands of options
    // in a large catalogue, repeated in every row of a list. An unknown slug is reported as validate does.
    control = h('input', {
      ...common, type: 'text', value: text, autocomplete: 'off', spellcheck: 'false', list: suggestionsFor(d.refersTo!, ctx.entries), oninput: onInput,
    });
  } else if (d.kind === 'choice') {
    const options = d.choices!.map((c) => ({ value: c.value, label: c.label }));
    // A value kept from an earlier visit that is no longer offered stays visible, so the check can name it.
    if (text && !options.some((o) => o.value === text)) options.unshift({ value: text, label: `${text} (not a choice)` });
    control = h('select', { ...common, onchange: onInput },
      h('option', { value: '' }, required ? '— choose —' : '— none —'),
      ...options.map((o) => h('option', { value: o.value, selected: o.value === text }, o.label)));
    (control as HTMLSelectElement).value = text;
  } else if (d.kind === 'longtext') {
    const update = (s: string) => counter && (counter.textContent = ` ${s.length} of ${d.maxLength} characters.`);
    update(text);
    control = h('textarea', { ...common, rows: 3, value: text, oninput: (e: Event) => (update((e.target as HTMLTextAreaElement).value), onInput(e)) });
  } else {
    const numeric = d.kind === 'number' || d.kind === 'integer';
    control = h('input', {
      ...common, type: 'text', value: text, autocomplete: 'off', oninput: onInput,
      class: d.kind === 'date' || numeric ? 'short' : undefined,
      inputmode: d.kind === 'integer' ? 'numeric' : d.kind === 'number' ? 'decimal' : undefined,
      spellcheck: d.kind === 'date' || numeric ? 'false' : undefined,
    });
  }
  // As GOV.UK orders a field: label, hint, error message, then the control.
  const box = h('div', { class: 'field' },
    h('label', { for: id }, label, ...requiredMark(required)),
    (hint || counter) && h('p', { class: 'hint', id: hintId }, hint, counter),
    error, control);
  ctx.slots.set(formatPath(path), { error, target: control, described: control, group: box });
  return box;
}

/**
 * The id of the page's one <datalist> of a collection's existing entries (slug, with the title beside it),
 * made the first time a field refers to that collection and shared by every such field.
 */
function suggestionsFor(collection: string, entries: readonly KnownEntry[]): string {
  const id = `known-${collection}`;
  if (!document.getElementById(id)) {
    document.body.append(h('datalist', { id },
      ...entries.filter((e) => e.collection === collection).map((e) => h('option', { value: e.id }, e.title))));
  }
  return id;
}

/** A list: its rows (one control, or a fieldset of fields, each), an Add button, and an error slot. */
function renderList(d: FieldDescriptor, rows: FormValue[], path: PropertyKey[], ctx: FieldContext): HTMLElement {
  const id = idOf(path);
  const item = d.item!;
  const hint = fieldHint(d, ctx.entries);
  const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  const add = h('button', {
    type: 'button', id: `${id}-add`, class: 'secondary',
    onclick: () => {
      rows.push(emptyValue(item));
      ctx.restructure(idOf([...path, rows.length - 1, ...(item.kind === 'group' ? [item.fields![0].name] : [])]));
    },
  }, addLabel(item.label));
  const list = h('ol', { class: 'rows' }, ...rows.map((row, i) => {
    const rowPath = [...path, i];
    const name = `${item.label} ${i + 1}`;
    const remove = h('button', {
      type: 'button', class: 'secondary',
      onclick: () => {
        rows.splice(i, 1);
        // Focus stays in the list: on the Remove button now in this place, or on Add once the list is empty.
        ctx.restructure(rows.length ? `${idOf([...path, Math.min(i, rows.length - 1)])}-remove` : `${id}-add`);
      },
      id: `${idOf(rowPath)}-remove`,
    }, 'Remove', h('span', { class: 'visually-hidden' }, ` ${name.toLowerCase()}`));
    if (item.kind === 'group') {
      const rowError = h('p', { class: 'field-error', id: `${idOf(rowPath)}-error`, hidden: true });
      const values = row && typeof row === 'object' && !Array.isArray(row) ? row : (rows[i] = {});
      const set = h('fieldset', {}, h('legend', {}, name), rowError, ...renderFields(item.fields!, values as Record<string, FormValue>, rowPath, ctx), remove);
      ctx.slots.set(formatPath(rowPath), { error: rowError, target: set.querySelector('input, select, textarea') ?? remove, described: set, group: set });
      return h('li', {}, set);
    }
    // The list's own hint says what the items are; each row repeats only format hints.
    // (A key of its own, so the list's editor wording is not looked up for each row either.)
    return h('li', {}, h('div', { class: 'row' }, renderControl({ ...item, help: undefined, key: `${item.key}[]` }, row, rowPath, ctx, name, false), remove));
  }));
  const fieldset = h('fieldset', { class: 'list', id, 'aria-describedby': hint ? `${id}-hint` : undefined },
    h('legend', {}, d.label, ...requiredMark(d.required)),
    hint && h('p', { class: 'hint', id: `${id}-hint` }, hint),
    error, list, add);
  ctx.slots.set(formatPath(path), { error, target: add, described: fieldset, group: fieldset });
  return fieldset;
}

/** "Add a source", "Add an organization", "Add another name" (for "Other name"). */
const addLabel = (label: string) => (/^other /i.test(label) ? `Add another ${label.slice(6).toLowerCase()}`
  : `Add ${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label.toLowerCase()}`);
