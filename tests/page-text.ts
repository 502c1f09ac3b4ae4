// The text of a built page, read with parse5: the whole text of an element, or only the text outside
// elements marked with another language (lang="en" passages on a Russian page), and the page's links.
import { parse } from 'parse5';

type Node = { nodeName: string; tagName?: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node };

export const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;

export function parseHtml(html: string): Node {
  return parse(html) as unknown as Node;
}

/** Every element below `root` (itself included) that satisfies `test`, in document order. */
export function findAll(root: Node, test: (n: Node) => boolean): Node[] {
  const out: Node[] = [];
  const walk = (n: Node) => {
    if (n.tagName && test(n)) out.push(n);
    for (const c of n.childNodes ?? []) walk(c);
    if (n.content) walk(n.content);
  };
  walk(root);
  return out;
}

const SKIP = new Set(['script', 'style', 'template', 'noscript']);

/**
 * The text of a node, its parts joined by spaces. With `skipLang`, elements whose lang differs from it
 * are left out (lang="en" on a Russian page), as are the elements `skip` names.
 */
export function textOf(n: Node, o: { skipLangOtherThan?: string; skip?: (n: Node) => boolean } = {}): string {
  const parts: string[] = [];
  const walk = (x: Node) => {
    if (x.nodeName === '#text') { parts.push(x.value ?? ''); return; }
    if (x.tagName && SKIP.has(x.tagName)) return;
    if (x.tagName && o.skip?.(x)) return;
    const lang = x.tagName ? attr(x, 'lang') : undefined;
    if (o.skipLangOtherThan && lang && lang !== o.skipLangOtherThan) return;
    for (const c of x.childNodes ?? []) walk(c);
  };
  walk(n);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
