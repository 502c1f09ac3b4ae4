// The body of the entry editor's preview: Markdown parsed as the site parses it (MDX with GFM) and built
// as DOM nodes. Only elements made here reach the page: author text is always a text node, and links
// keep only http(s), mailto and relative URLs. /contribute/new/ loads this, with the body's MDX check,
// as a second script, because the MDX parser is most of the editor's weight: the form need not wait.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { checkMdxBody } from '../../lib/mdx-safety.ts';
import { MARKDOWN_READY, append, h, type MarkdownTools } from './dom.ts';

/** Hands the body's check and preview to the editor (entry-editor.ts), which waits for this event. */
export function announceMarkdown() {
  document.dispatchEvent(new CustomEvent<MarkdownTools>(MARKDOWN_READY, { detail: { checkMdxBody, renderBody } }));
}

const PARSE_OPTIONS = { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] };

interface MdNode {
  type: string;
  children?: MdNode[];
  value?: string;
  depth?: number;
  ordered?: boolean;
  start?: number | null;
  url?: string;
  title?: string | null;
  alt?: string | null;
  lang?: string | null;
  identifier?: string;
  label?: string | null;
  name?: string | null;
  align?: (string | null)[] | null;
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const safeUrl = (url: string) => (/^(https?:|mailto:|\/|#|\.{0,2}\/)/i.test(url.trim()) ? url.trim() : undefined);

export function renderBody(body: string): HTMLElement {
  const prose = h('div', { class: 'prose' });
  if (!body.trim()) {
    append(prose, h('p', { class: 'note' }, 'The main text will appear here.'));
    return prose;
  }
  let tree: MdNode;
  try {
    tree = fromMarkdown(body, PARSE_OPTIONS) as MdNode;
  } catch {
    append(prose, h('p', { class: 'note' }, 'The main text cannot be shown formatted until its problem is fixed; here it is as written:'), h('pre', {}, body));
    return prose;
  }
  const definitions = new Map<string, MdNode>();
  const collect = (n: MdNode) => {
    if (n.type === 'definition' && n.identifier) definitions.set(n.identifier, n);
    n.children?.forEach(collect);
  };
  collect(tree);
  append(prose, ...renderNodes(tree.children ?? [], { defs: definitions, body }));
  return prose;
}

/** What rendering needs besides the node: link definitions, and the body as written (for refused parts). */
interface Context { defs: Map<string, MdNode>; body: string }

function renderNodes(nodes: MdNode[], ctx: Context): (Node | string)[] {
  return nodes.map((n) => renderNode(n, ctx)).filter((n): n is Node | string => n !== undefined);
}

/**
 * A tag, expression or code the site refuses: shown exactly as written, as text, with a note, so the
 * words inside it stay visible (`<b>word</b>` shows "word" with its tags) and nothing becomes markup.
 */
function refused(n: MdNode, ctx: Context, block: boolean): HTMLElement {
  const { start, end } = n.position ?? {};
  const written = start?.offset !== undefined && end?.offset !== undefined ? ctx.body.slice(start.offset, end.offset) : String(n.value ?? '');
  const note = h('span', { class: 'refused-note' }, ' (shown as written: tags and curly braces are not allowed)');
  return block ? h('p', { class: 'refused' }, h('code', {}, written), note) : h('span', { class: 'refused' }, h('code', {}, written), note);
}

function renderNode(n: MdNode, ctx: Context): Node | string | undefined {
  const { defs } = ctx;
  const kids = () => renderNodes(n.children ?? [], ctx);
  switch (n.type) {
    case 'text': return n.value ?? '';
    case 'paragraph': return h('p', {}, ...kids());
    // The preview's title is an h3 under the h2 "Preview", so the body's headings move down two levels.
    case 'heading': return h(`h${Math.min(6, (n.depth ?? 1) + 2)}` as 'h3', {}, ...kids());
    case 'emphasis': return h('em', {}, ...kids());
    case 'strong': return h('strong', {}, ...kids());
    case 'delete': return h('del', {}, ...kids());
    case 'inlineCode': return h('code', {}, n.value ?? '');
    case 'code': return h('pre', {}, h('code', {}, n.value ?? ''));
    case 'blockquote': return h('blockquote', {}, ...kids());
    case 'list': return h(n.ordered ? 'ol' : 'ul', { start: n.ordered && n.start !== 1 ? n.start : undefined }, ...kids());
    case 'listItem': return h('li', {}, ...kids());
    case 'thematicBreak': return h('hr');
    case 'break': return h('br');
    case 'link': return link(n.url ?? '', n.title, kids());
    case 'linkReference': {
      const def = defs.get(n.identifier ?? '');
      return def ? link(def.url ?? '', def.title, kids()) : h('span', {}, ...kids());
    }
    case 'image': case 'imageReference': return h('span', { class: 'note' }, `[image: ${n.alt ?? ''}]`);
    case 'definition': return undefined;
    case 'table': {
      const [head, ...rows] = n.children ?? [];
      const cells = (row: MdNode, tag: 'th' | 'td') => h('tr', {}, ...(row.children ?? []).map((c, i) =>
        h(tag, { scope: tag === 'th' ? 'col' : undefined, style: n.align?.[i] ? `text-align: ${n.align[i]}` : undefined }, ...renderNodes(c.children ?? [], ctx))));
      return h('table', {}, head && h('thead', {}, cells(head, 'th')), rows.length > 0 && h('tbody', {}, ...rows.map((r) => cells(r, 'td'))));
    }
    case 'footnoteReference': return h('sup', {}, `[${n.label ?? n.identifier}]`);
    case 'footnoteDefinition': return h('div', { class: 'note' }, `[${n.label ?? n.identifier}] `, ...kids());
    // Tags, components and expressions are reported by the checks; the preview shows them as written.
    case 'mdxJsxFlowElement': case 'mdxFlowExpression': case 'mdxjsEsm': case 'html': return refused(n, ctx, true);
    case 'mdxJsxTextElement': case 'mdxTextExpression': return refused(n, ctx, false);
    default: return n.children ? h('span', {}, ...kids()) : n.value;
  }
}

function link(url: string, title: string | null | undefined, children: (Node | string)[]) {
  const href = safeUrl(url);
  return href ? h('a', { href, title: title ?? undefined }, ...children) : h('span', {}, ...children);
}
