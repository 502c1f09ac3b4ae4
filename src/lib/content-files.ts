// Reads content files straight from disk (no Astro), keeping enough of the YAML to point at lines.
// Used by `npm run validate`, the build's content check and the tests.
//
// Frontmatter is read with js-yaml, the parser Astro reads it with, so the check sees exactly the data
// the pages get (an unquoted 2019-05-01 is a Date to both); it is also several times faster than a
// parse that keeps positions. Positions come from the `yaml` library, parsed only when a problem
// needs a line number, or when js-yaml rejects the file and its syntax errors need naming.
import fs from 'node:fs';
import path from 'node:path';
import { load, YAMLException } from 'js-yaml';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../schemas/vocabularies.ts';

export interface ContentFile {
  collection: CollectionName;
  id: string;
  /** Path relative to the project root, as authors see it in a pull request. */
  file: string;
  /** Parsed frontmatter, or undefined when it could not be parsed. */
  data: unknown;
  body: string;
  /** Line of the file on which the body starts, so body problems can name file lines. */
  bodyLine: number;
  /** Line (1-based, in the file) of the value at a frontmatter path, or of its nearest parent. */
  lineOf(pathInData: readonly PropertyKey[]): number;
  /** Problems found while splitting and parsing the file. */
  syntaxErrors: { line: number; message: string }[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function parseContentFile(collection: CollectionName, file: string, text: string): ContentFile {
  const id = path.basename(file).replace(/\.mdx?$/, '');
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return {
      collection, id, file, data: undefined, body: text, bodyLine: 1, lineOf: () => 1,
      syntaxErrors: [{ line: 1, message: 'expected frontmatter between two "---" lines at the top of the file' }],
    };
  }
  const frontmatter = match[1];
  let data: unknown;
  let rejected: YAMLException | undefined;
  try {
    data = load(frontmatter) ?? {};
  } catch (e) {
    if (!(e instanceof YAMLException)) throw e;
    rejected = e;
  }
  // The positions, parsed once and only when asked for.
  let positions: Positions | undefined;
  const located = () => {
    if (!positions) {
      const lineCounter = new LineCounter();
      // Frontmatter starts on line 2 of the file: the first line is "---".
      positions = { doc: parseDocument(frontmatter, { lineCounter, prettyErrors: false }), toFileLine: (offset) => lineCounter.linePos(offset).line + 1 };
    }
    return positions;
  };
  const syntaxErrors = rejected ? syntaxErrorsOf(rejected, located()) : [];
  const lineOf = (p: readonly PropertyKey[]) => {
    const { doc, toFileLine } = located();
    for (let n = p.length; n >= 0; n--) {
      const node = doc.getIn(p.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return toFileLine(node.range[0]);
      if (n > 0) {
        // A key with no value (`title:`) has a pair but no value node; point at the key.
        const parent = doc.getIn(p.slice(0, n - 1) as unknown[], true) as { items?: { key?: { value?: unknown; range?: number[] } }[] };
        const pair = parent?.items?.find((i) => i.key?.value === p[n - 1]);
        if (pair?.key?.range) return toFileLine(pair.key.range[0]);
      }
    }
    return 1;
  };
  return {
    collection, id, file,
    data: syntaxErrors.length ? undefined : data,
    body: text.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
    lineOf, syntaxErrors,
  };
}

/** The frontmatter parsed with positions, and how an offset in it becomes a line of the file. */
interface Positions { doc: Document; toFileLine: (offset: number) => number }

/**
 * Syntax errors in the `yaml` library's words, which name the problem more plainly; where it accepts
 * what js-yaml rejects, js-yaml's own reason, at its line.
 */
function syntaxErrorsOf(rejected: YAMLException, { doc, toFileLine }: Positions) {
  if (doc.errors.length) return doc.errors.map((e) => ({ line: toFileLine(e.pos[0]), message: `YAML syntax: ${e.message.split('\n')[0]}` }));
  return [{ line: (rejected.mark?.line ?? 0) + 2, message: `YAML syntax: ${rejected.reason}` }];
}

/** Every content file of every collection, in a stable order. */
export function readContent(root: string): ContentFile[] {
  return COLLECTIONS.flatMap((collection) => {
    const dir = path.join(root, 'content', collection);
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir)
      .filter((name) => !name.startsWith('.'))
      .sort()
      .map((name) => {
        const file = path.posix.join('content', collection, name);
        return parseContentFile(collection, file, fs.readFileSync(path.join(dir, name), 'utf8'));
      });
  });
}
