// Remark plugin: links the first mention of another entry in every entry body (src/lib/prose-links.ts).
// The catalogue's names are read from the content files once per build, the first time a body is compiled.
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { readContent } from '../lib/content-files.ts';
import { entryUrl } from '../lib/labels.ts';
import { linkFirstMentions, nameIndexOf, type EntryName, type NameIndex } from '../lib/prose-links.ts';
import { COLLECTIONS } from '../schemas/vocabularies.ts';

/** Every entry's title and aliases, with its URL. */
export function entryNamesIn(root: string): EntryName[] {
  return readContent(root).flatMap((f) => {
    const data = (f.data ?? {}) as { title?: unknown; aliases?: unknown };
    const names = [data.title, ...(Array.isArray(data.aliases) ? data.aliases : [])].filter((n): n is string => typeof n === 'string');
    return names.map((name) => ({ name, href: entryUrl(f.collection, f.id) }));
  });
}

/** One index per build (per project root): the plugin is set up again for every processor Astro makes. */
const indexes = new Map<string, NameIndex>();

export default function remarkEntryLinks({ root }: { root: string }) {
  return (tree: Root, file: VFile) => {
    // Only entry bodies: content/<collection>/<id>.mdx.
    const parts = file.path ? path.relative(root, file.path).split(path.sep) : [];
    if (parts.length !== 3 || parts[0] !== 'content' || !(COLLECTIONS as readonly string[]).includes(parts[1])) return;
    let index = indexes.get(root);
    if (!index) indexes.set(root, (index = nameIndexOf(entryNamesIn(root))));
    linkFirstMentions(tree, index, entryUrl(parts[1], parts[2].replace(/\.mdx?$/, '')));
  };
}
