// A tiny element builder for the entry editor. Text always goes in as text nodes, never as HTML, so
// nothing an author types can become markup.

type Child = Node | string | number | null | undefined | false;
type Props = Record<string, unknown>;

/** `h('label', { for: 'x' }, 'Title')`. `on*` props add listeners; value/checked/selected set properties. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v as EventListener);
    else if (k === 'value' || k === 'checked' || k === 'selected') (el as unknown as Record<string, unknown>)[k] = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** The event markdown.ts sends when the MDX parser has loaded, with what the editor needs of it. */
export const MARKDOWN_READY = 'entry-editor:markdown';
export interface MarkdownTools {
  checkMdxBody(body: string): { line: number; message: string }[];
  renderBody(body: string): HTMLElement;
}
