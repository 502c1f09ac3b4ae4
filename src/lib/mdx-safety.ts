// Content arrives by pull request from people we do not know, and MDX is a programming language:
// an entry body could import modules, run expressions at build time, or ship <script> to readers.
// So bodies are limited to Markdown (with GFM tables and footnotes, as the site renders them) and the
// components in ALLOWED_COMPONENTS. This parses each body with the same parser family MDX uses and
// reports anything outside that, with its line in the file.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

/** Components an entry body may use. None yet: add a name here only with a reviewed component behind it. */
export const ALLOWED_COMPONENTS: readonly string[] = [];

export interface BodyProblem { line: number; message: string }

/** MDX with GFM, as @astrojs/mdx reads bodies (it adds remark-gfm). Built once: the extensions are reusable. */
const PARSE_OPTIONS = { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] };

/** Why some tags are singled out: the general message does not say how much harm they could do. */
const DANGEROUS_TAGS: Record<string, string> = {
  script: "it would run code in readers' browsers",
  iframe: 'it would embed another site in the page',
  style: 'it would restyle the whole site',
};

/** Browsers ignore case, whitespace and control characters in a URL's scheme; so must we. */
const isJavascriptUrl = (url: string) => /^javascript:/.test(url.replace(/[\u0000-\u0020]/g, '').toLowerCase());

const clip = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

// The mdast node shapes we read; typed loosely so this file does not depend on every @types package.
interface Node {
  type: string;
  position?: { start: { line: number } };
  children?: Node[];
  value?: unknown;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown; position?: { start: { line: number } } }[];
  data?: { estree?: { body: { type: string; loc?: { start: { line: number } } }[] } };
}

/**
 * Whether a body could hold anything this check rejects, or fail to parse as MDX. Only JSX and HTML
 * (`<`), expressions (`{ }`), ESM (`import`/`export` at a line start), character references (`&`, which
 * could spell a scheme) and the word "javascript" (with the spaces, control characters and backslash
 * escapes a browser or Markdown would drop) can; a body with none of them is plain Markdown, and skipping
 * its second parse saves about 2 ms per entry on every build and every `npm run validate`.
 */
export function needsFullCheck(body: string): boolean {
  return /[<>{}&]/.test(body) || /^\s*(import|export)\b/m.test(body) || SPACED_JAVASCRIPT.test(body);
}
/** "javascript" with any of those dropped characters between its letters; one pass, no copy of the body. */
const SPACED_JAVASCRIPT = new RegExp([...'javascript'].join('[\\u0000-\\u0020\\\\]*'), 'i');

/**
 * Checks one entry body. `firstLine` is the line of the file on which the body starts (after the
 * frontmatter), so every line reported is a line of the file, as the author sees it.
 */
export function checkMdxBody(body: string, firstLine = 1, allowed: readonly string[] = ALLOWED_COMPONENTS): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const at = (line: number | undefined, message: string) => problems.push({ line: firstLine + (line ?? 1) - 1, message });

  if (!needsFullCheck(body)) return problems;
  let tree: Node;
  try {
    tree = fromMarkdown(body, PARSE_OPTIONS) as Node;
  } catch (error) {
    // micromark throws a VFileMessage with the line and a reason; the build would fail the same way.
    const e = error as { line?: number; reason?: string; message?: string };
    at(e.line, `not valid MDX: ${e.reason ?? e.message}`);
    return problems;
  }

  const visit = (node: Node) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'mdxjsEsm':
        // One node can hold several statements; report each on its own line.
        for (const statement of node.data?.estree?.body ?? []) {
          const keyword = statement.type === 'ImportDeclaration' ? 'import' : 'export';
          at(statement.loc?.start.line ?? line, `"${keyword}" is not allowed: content files cannot ${keyword === 'import' ? 'load' : 'define'} code`);
        }
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // `{/* note */}` is MDX's only comment syntax and runs nothing, so a comment-only expression passes.
        if (node.data?.estree?.body.length === 0) break;
        at(line, `JavaScript expressions are not allowed — got {${clip(String(node.value))}}; to show a brace, write \\{`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, at, allowed);
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (node.url && isJavascriptUrl(node.url)) {
          const what = node.type === 'definition' ? 'link definition' : node.type;
          at(line, `${what} to a "javascript:" URL is not allowed: it runs code — got "${clip(node.url)}"`);
        }
        break;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}

/** An element is reported if not allowed; its attributes are checked either way, so each danger is named. */
function checkElement(node: Node, at: (line: number | undefined, message: string) => void, allowed: readonly string[]) {
  const line = node.position?.start.line;
  const name = node.name ?? '';
  if (!allowed.includes(name)) {
    const tag = name ? `<${name}>` : '<> (a JSX fragment)';
    const why = DANGEROUS_TAGS[name.toLowerCase()]
      ?? (allowed.length ? `the allowed components are ${allowed.join(', ')}` : 'write Markdown instead; content may not use HTML tags or components');
    at(line, `${tag} is not allowed: ${why}`);
  }
  for (const attribute of node.attributes ?? []) {
    const attrLine = attribute.position?.start.line ?? line;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      at(attrLine, `spread attribute {${clip(String(attribute.value))}} is not allowed: attributes must be plain quoted values`);
      continue;
    }
    const attrName = attribute.name ?? '';
    if (/^on/i.test(attrName)) at(attrLine, `event-handler attribute "${attrName}" is not allowed: it runs code`);
    if (attribute.value && typeof attribute.value === 'object') {
      at(attrLine, `attribute "${attrName}" is a JavaScript expression, which is not allowed: write a plain quoted value`);
    } else if (typeof attribute.value === 'string' && isJavascriptUrl(attribute.value)) {
      at(attrLine, `attribute "${attrName}" is a "javascript:" URL, which is not allowed: it runs code — got "${clip(attribute.value)}"`);
    }
  }
}
