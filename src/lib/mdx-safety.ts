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
import { imageProblem, linkProblem, schemeOf } from './url-policy.ts';

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

const clip = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * Limits on a body's size and nesting. Markdown nests without bound, and the parsers behind the build
 * recurse: a few thousand nested block quotes (4 KB) overflowed the stack of the build and of validate.
 * The limits are far above what prose needs (the largest entry is 5 KB, nested 6 deep) and are checked
 * on the text before any parser sees it, then on the parsed tree.
 */
export const BODY_LIMITS = {
  bytes: 100_000, quoteDepth: 8, indent: 64, delimiterRun: 32, treeDepth: 32,
  // The parsers slow down with the square of some marks (20,000 emphasis marks take 10 s, 3,000 nested
  // braces 4 s): bodies hold at most 2,000 of "*", "_" and "~" together (the real ones hold 1) and 500 of
  // "<" and "{" (which start tags and expressions, refused anyway; the real ones hold none).
  marks: 2000, tagMarks: 500,
  /** Problems named per body: enough to see the pattern, not a flood. */
  problems: 20,
} as const;

// The mdast node shapes we read; typed loosely so this file does not depend on every @types package.
interface Node {
  type: string;
  position?: { start: { line: number } };
  children?: Node[];
  value?: unknown;
  url?: string;
  identifier?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown; position?: { start: { line: number } } }[];
  data?: { estree?: { body: { type: string; loc?: { start: { line: number } } }[] } };
}

/**
 * Whether a body could hold anything this check rejects, or fail to parse as MDX. Only JSX and HTML
 * (`<`, also autolinks), expressions (`{ }`), ESM (`import`/`export` at a line start), character
 * references (`&`), links, images and definitions (`](`, `]:`), and long runs of emphasis marks (the only
 * inline nesting that could pass the tree-depth limit) can; a body with none of them is plain Markdown, and
 * skipping its second parse saves about 2 ms per entry on every build and every `npm run validate`.
 */
export function needsFullCheck(body: string): boolean {
  return /[<>{}&]|\](?:\(|:)/.test(body) || /^\s*(import|export)\b/m.test(body) || countOf(body, /[^*_~]+/g) > BODY_LIMITS.treeDepth * 2;
}

const QUOTES_SUSPECT = new RegExp(`(?:^|\\n)[ \\t]*(?:>[ \\t]*){${BODY_LIMITS.quoteDepth + 1}}`);
/** A tab counts 4 columns, so a line past the limit has at least this many leading spaces and tabs. */
const INDENT_SUSPECT = new RegExp(`(?:^|\\n)[ \\t]{${Math.floor(BODY_LIMITS.indent / 4) + 1}}`);
const RUN_SUSPECT = new RegExp(`[*_~]{${BODY_LIMITS.delimiterRun + 1}}`);

/** How many characters are left once `others` (a global pattern for everything else) is taken out. */
const countOf = (text: string, others: RegExp) => text.replace(others, '').length;

/**
 * The text-level limits, checked before parsing so that no parser recurses on a hostile body. Every
 * build and every `npm run validate` runs this on every body, so each limit is first looked for with one
 * pass of a regular expression over the whole body; lines are examined only when one may be exceeded.
 */
function limitProblems(body: string): { line: number; message: string }[] {
  // A UTF-16 length times 3 bounds the UTF-8 size: only a body that could be over the limit is encoded.
  const bytes = body.length * 3 <= BODY_LIMITS.bytes ? body.length : new TextEncoder().encode(body).length;
  if (bytes > BODY_LIMITS.bytes) {
    return [{ line: 1, message: `the body is ${Math.round(bytes / 1000)} KB; at most ${BODY_LIMITS.bytes / 1000} KB are allowed — split the entry or shorten it` }];
  }
  const marks = countOf(body, /[^*_~]+/g);
  if (marks > BODY_LIMITS.marks) return [{ line: 1, message: `the body has ${marks} "*", "_" and "~" characters; at most ${BODY_LIMITS.marks} are allowed` }];
  const tagMarks = countOf(body, /[^<{]+/g);
  if (tagMarks > BODY_LIMITS.tagMarks) return [{ line: 1, message: `the body has ${tagMarks} "<" and "{" characters; at most ${BODY_LIMITS.tagMarks} are allowed (write &lt; for a literal "<")` }];
  // Each limit's cheapest sign first: no ">" means no quotes, fewer marks than a run means no run.
  const suspect = (body.includes('>') && QUOTES_SUSPECT.test(body))
    || INDENT_SUSPECT.test(body) || (marks > BODY_LIMITS.delimiterRun && RUN_SUSPECT.test(body));
  if (!suspect) return [];
  // The first line past each limit is named: one is enough to find the rest, and a hostile body has thousands.
  const found = new Map<string, { line: number; message: string }>();
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const quotes = /^[ \t]*(?:>[ \t]*)+/.exec(line)?.[0].replace(/[^>]/g, '').length ?? 0;
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
    const run = Math.max(0, ...(line.match(/[*_~]+/g) ?? []).map((r) => r.length));
    const note = (kind: string, message: string) => { if (!found.has(kind)) found.set(kind, { line: i + 1, message }); };
    if (quotes > BODY_LIMITS.quoteDepth) note('quotes', `block quotes nested ${quotes} deep; at most ${BODY_LIMITS.quoteDepth} are allowed`);
    else if (indent > BODY_LIMITS.indent) note('indent', `a line indented ${indent} columns; at most ${BODY_LIMITS.indent} are allowed (lists nest a few levels, not dozens)`);
    if (run > BODY_LIMITS.delimiterRun) note('run', `a run of ${run} "*", "_" or "~" characters; at most ${BODY_LIMITS.delimiterRun} are allowed — to show them, escape each with \\`);
  }
  const problems = [...found.values()].sort((a, b) => a.line - b.line);
  return problems;
}

export interface BodyCheckOptions {
  /** Components the body may use; ALLOWED_COMPONENTS unless a test says otherwise. */
  allowed?: readonly string[];
  /** The files in public/images/, by name: an image must be one of them. */
  images?: ReadonlySet<string>;
}

const NO_IMAGES: ReadonlySet<string> = new Set();

/**
 * Checks one entry body. `firstLine` is the line of the file on which the body starts (after the
 * frontmatter), so every line reported is a line of the file, as the author sees it.
 */
export function checkMdxBody(body: string, firstLine = 1, options: BodyCheckOptions | readonly string[] = {}): BodyProblem[] {
  const { allowed = ALLOWED_COMPONENTS, images = NO_IMAGES } = Array.isArray(options) ? { allowed: options as readonly string[] } : (options as BodyCheckOptions);
  const problems: BodyProblem[] = [];
  const at = (line: number | undefined, message: string) => problems.push({ line: firstLine + (line ?? 1) - 1, message });

  const limits = limitProblems(body);
  if (limits.length) {
    for (const p of limits) at(p.line, p.message);
    return problems;
  }
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

  // Image references (`![x][d]`) take their address from a definition, which must then be an image too.
  const definitions = new Map<string, Node>();
  const imageIdentifiers = new Set<string>();
  // An explicit stack, not recursion: the tree's depth is what is being checked.
  const stack: { node: Node; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    const line = node.position?.start.line;
    if (depth > BODY_LIMITS.treeDepth) {
      at(line, `Markdown nested more than ${BODY_LIMITS.treeDepth} levels deep (quotes, lists, emphasis, links inside each other); simplify it`);
      return problems;
    }
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
      case 'definition':
        definitions.set(node.identifier ?? '', node);
      // falls through: a definition's address is a link's
      case 'link': {
        const why = node.url !== undefined ? linkProblem(node.url) : undefined;
        if (why) at(line, `${node.type === 'definition' ? 'link definition' : 'link'}: ${why}`);
        break;
      }
      case 'image': {
        const why = imageProblem(node.url ?? '', images);
        if (why) at(line, `image: ${why}`);
        break;
      }
      case 'imageReference':
        imageIdentifiers.add(node.identifier ?? '');
        break;
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], depth: depth + 1 });
  }
  for (const id of imageIdentifiers) {
    const definition = definitions.get(id);
    const why = definition && imageProblem(definition.url ?? '', images);
    if (why && !linkProblem(definition.url ?? '')) at(definition.position?.start.line, `image definition: ${why}`);
  }
  problems.sort((a, b) => a.line - b.line);
  if (problems.length > BODY_LIMITS.problems) {
    const rest = problems.length - BODY_LIMITS.problems + 1;
    return [...problems.slice(0, BODY_LIMITS.problems - 1), { line: problems[BODY_LIMITS.problems - 1].line, message: `… and ${rest} more problems in the body like those above` }];
  }
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
    } else if (typeof attribute.value === 'string' && schemeOf(attribute.value) && linkProblem(attribute.value)) {
      at(attrLine, `attribute "${attrName}": ${linkProblem(attribute.value)}`);
    }
  }
}
