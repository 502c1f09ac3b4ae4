// The entry editor's preview: title, summary and the facts as a definition list, as readers would see
// them; the body comes from markdown.ts once the MDX parser has loaded. Author text always goes in as
// text nodes (see dom.ts).
import type { FieldDescriptor, KnownEntry } from '../../lib/entry-form.ts';
import { append, h } from './dom.ts';

export interface PreviewInput {
  collectionLabel: string;
  fields: FieldDescriptor[];
  data: Record<string, unknown>;
  body: string;
  entries: readonly KnownEntry[];
  /** Renders the body as HTML; until the MDX parser has loaded, the body is shown as written. */
  renderBody?: (body: string) => HTMLElement;
}

export function renderPreview(root: HTMLElement, input: PreviewInput) {
  const { fields, data, body } = input;
  const facts = fields.filter((f) => !['title', 'summary', 'aliases'].includes(f.name) && data[f.name] !== undefined);
  root.replaceChildren();
  append(root,
    h('p', { class: 'eyebrow' }, input.collectionLabel),
    h('h3', {}, typeof data.title === 'string' ? data.title : '(no title yet)'),
    Array.isArray(data.aliases) && data.aliases.length > 0 && h('p', { class: 'aliases' }, `Also known as ${data.aliases.join(', ')}`),
    typeof data.summary === 'string' && h('p', { class: 'summary' }, data.summary),
    facts.length > 0 && h('dl', { class: 'facts' }, ...facts.map((f) => h('div', {}, h('dt', {}, f.label), h('dd', {}, show(f, data[f.name], input.entries))))),
    input.renderBody?.(body) ?? h('p', { class: 'prose', style: 'white-space: pre-wrap' }, body),
  );
}

/** A frontmatter value as readers would see it: entry titles for references, labels for vocabulary keys. */
function show(d: FieldDescriptor, v: unknown, entries: readonly KnownEntry[]): Node | string {
  if (Array.isArray(v)) return h('ul', {}, ...v.map((item) => h('li', {}, show(d.item!, item, entries))));
  if (d.kind === 'group' && v && typeof v === 'object') {
    const parts = d.fields!.filter((f) => (v as Record<string, unknown>)[f.name] !== undefined);
    const span = h('span', {});
    parts.forEach((f, i) => append(span, i ? '; ' : '', `${f.label}: `, show(f, (v as Record<string, unknown>)[f.name], entries)));
    return span;
  }
  if (d.kind === 'reference') {
    const entry = entries.find((e) => e.collection === d.refersTo && e.id === v);
    return entry ? entry.title : `${String(v)} (no such entry)`;
  }
  if (d.kind === 'choice') return d.choices!.find((c) => c.value === v)?.label ?? String(v);
  if (d.kind === 'boolean') return v ? 'yes' : 'no';
  return String(v);
}
