// Reads content files straight from disk (no Astro), keeping enough of the YAML to point at lines.
// Used by `npm run validate`, the build's content check and the tests.
import fs from 'node:fs';
import path from 'node:path';
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
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(match[1], { lineCounter, prettyErrors: false });
  // Frontmatter starts on line 2 of the file: the first line is "---".
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  const syntaxErrors = doc.errors.map((e) => ({ line: toFileLine(e.pos[0]), message: `YAML syntax: ${e.message.split('\n')[0]}` }));
  const lineOf = (p: readonly PropertyKey[]) => {
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
    data: syntaxErrors.length ? undefined : (doc.toJS() ?? {}),
    body: text.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
    lineOf, syntaxErrors,
  };
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
