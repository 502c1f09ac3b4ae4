// A translation's body quotes the sources' own English names ("Democracy Defenders Workshop", "POiA").
// Each run of Latin-script words in a body written in a Cyrillic-script language is marked as English
// (<span lang="en">), so a screen reader says it in English and the page's language is honest.
import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/** Latin words (with digits, apostrophes, hyphens, slashes, dots and ampersands inside) and the spaces between them. */
const LATIN_RUN = /\p{Script=Latin}[\p{Script=Latin}\p{M}\p{N}'’.&/-]*(?:[ \u00A0]+[\p{Script=Latin}\p{N}][\p{Script=Latin}\p{M}\p{N}'’.&/-]*)*/gu;
const NEVER_INSIDE = new Set(['inlineCode', 'code', 'html', 'mdxJsxTextElement', 'mdxJsxFlowElement', 'mdxTextExpression', 'mdxFlowExpression']);

/** The Latin runs of a text: start and end offsets, trailing punctuation and trailing digits-only words left out. */
export function latinRuns(text: string): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  for (const m of text.matchAll(LATIN_RUN)) {
    let value = m[0].replace(/[ \u00A0.'’&/-]+$/u, '');
    // "Obiliq/Obilić 26" → the run ends with its last word that has a letter.
    value = value.replace(/(?:[ \u00A0]+[\p{N}.'’&/-]+)+$/u, '');
    if ((value.match(/\p{L}/gu) ?? []).length < 2) continue;
    runs.push({ start: m.index, end: m.index + value.length });
  }
  return runs;
}

/** Wraps every Latin run of the tree's text (outside code and raw markup) in a node that becomes <span lang="en">. */
export function markLatinRuns(tree: Root, lang = 'en'): Root {
  visit(tree, (node, index, parent) => {
    if (NEVER_INSIDE.has(node.type)) return SKIP;
    if (node.type !== 'text' || !parent || index === undefined) return undefined;
    const { value } = node as Text;
    const runs = latinRuns(value);
    if (!runs.length) return undefined;
    const parts: PhrasingContent[] = [];
    let at = 0;
    for (const { start, end } of runs) {
      if (start > at) parts.push({ type: 'text', value: value.slice(at, start) });
      parts.push({
        type: 'emphasis', // any phrasing parent; hName makes it a plain <span lang>
        data: { hName: 'span', hProperties: { lang } },
        children: [{ type: 'text', value: value.slice(start, end) }],
      });
      at = end;
    }
    if (at < value.length) parts.push({ type: 'text', value: value.slice(at) });
    (parent as Parent).children.splice(index, 1, ...parts);
    return [SKIP, index + parts.length];
  });
  return tree;
}
