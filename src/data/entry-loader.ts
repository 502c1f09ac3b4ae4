// The content layer's loader for entry files (content/<collection>/*.mdx) and their translations
// (content/<lang>/<collection>/*.mdx): frontmatter through the collection's schema, and the body rendered
// to HTML once, when the file (or a name it mentions) changes, then kept in Astro's data store between builds.
//
// Why not `glob()` and @astrojs/mdx: an MDX file is compiled by Vite into a JavaScript module on every build
// (about 16 ms an entry, most of a clean build's time), although entry bodies cannot hold anything but
// Markdown (src/lib/mdx-safety.ts refuses imports, expressions, JSX and HTML before the build starts). So
// bodies go through Astro's own Markdown renderer (the `unified()` processor in astro.config.mjs, with
// remark-gfm and the prose links), with remark-mdx as the parser's syntax: a body reads exactly as MDX
// reads it (no indented code, no raw HTML), and what the renderer gives Astro stores as `rendered`, which
// `render(entry)` serves. An incremental build re-renders only the bodies whose digest changed.
//
// A body's HTML depends on more than its file: the prose links (src/lib/prose-links.ts) link the first
// mention of another entry's name. So the digest also covers every catalogue name the body could mention
// (namesMentioned), with where it leads: a renamed, added or removed entry re-renders exactly the bodies
// that name it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { MarkdownHeading } from 'astro';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { unified } from '@astrojs/markdown-remark';
import remarkMdx from 'remark-mdx';
import { DEFAULT_LANG, type Lang } from '../i18n/langs.ts';
import { nameIndexFor } from '../integrations/remark-entry-links.ts';
import { namesMentioned } from '../lib/prose-links.ts';

type Renderer = { render(content: string, opts: { fileURL: URL; frontmatter: Record<string, unknown> }): Promise<{ code: string; metadata: Record<string, unknown> & { headings: MarkdownHeading[]; localImagePaths: string[]; remoteImagePaths: string[] } }> };

/** One renderer per build (making one loads the syntax highlighter): the site's processor, read as MDX. */
let rendererFor: Promise<Renderer> | undefined;
function rendererOf(config: LoaderContext['config']): Promise<Renderer> {
  const { markdown, image } = config;
  const options = (markdown.processor as unknown as { options: { remarkPlugins: unknown[]; rehypePlugins: unknown[]; gfm?: boolean; smartypants?: boolean } }).options;
  rendererFor ??= unified({
    ...options,
    // remark-mdx first: it sets the syntax the parser reads; the site's own plugins then see the same tree MDX gives them.
    remarkPlugins: [remarkMdx, ...options.remarkPlugins] as never,
    rehypePlugins: options.rehypePlugins as never,
  }).createRenderer({ image, syntaxHighlight: markdown.syntaxHighlight, shikiConfig: markdown.shikiConfig, gfm: markdown.gfm, smartypants: markdown.smartypants } as never) as Promise<Renderer>;
  return rendererFor;
}

/**
 * The loader for one folder of entry files. `nested` is the translations' layout: content/<lang>/<collection>/<id>.mdx,
 * with the id "<collection>/<id>". The content check (src/integrations/content-check.ts) has refused, before
 * any loader runs, every file this would misread: the names here are the ids.
 */
export function entryLoader({ base, lang = DEFAULT_LANG, nested = false }: { base: string; lang?: Lang; nested?: boolean }): Loader {
  return {
    name: 'civic-atlas:entries',
    load: async (context) => {
      const { store, parseData, generateDigest, config, logger } = context;
      const root = fileURLToPath(config.root);
      const dir = path.join(root, base);
      const names = nameIndexFor(root, lang);
      const untouched = new Set(store.keys());
      const files = listEntryFiles(dir, nested);
      let rendered = 0;
      for (const { id, file } of files) {
        untouched.delete(id);
        const contents = fs.readFileSync(file, 'utf8');
        const { frontmatter, content } = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
        const body = content.trim();
        const digest = generateDigest(`${contents}\0${namesMentioned(body, names).join('\n')}`);
        if (store.get(id)?.digest === digest) continue;
        const filePath = path.relative(root, file).split(path.sep).join('/');
        const data = await parseData({ id, data: frontmatter, filePath: file });
        const { code, metadata } = await (await rendererOf(config)).render(body, { fileURL: pathToFileURL(file), frontmatter });
        store.set({
          id, data, body, filePath, digest,
          rendered: { html: code, metadata: { ...metadata, imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths] } },
        });
        rendered++;
      }
      for (const id of untouched) store.delete(id);
      if (rendered) logger.debug(`${base}: ${rendered} of ${files.length} bodies rendered`);
    },
  };
}

/** The .mdx files of a collection folder (or of a translation tree's collection folders), with their ids. */
function listEntryFiles(dir: string, nested: boolean): { id: string; file: string }[] {
  if (!fs.existsSync(dir)) return [];
  const mdx = (folder: string) => fs.readdirSync(folder).filter((n) => n.endsWith('.mdx') && !n.startsWith('.')).sort();
  if (!nested) return mdx(dir).map((n) => ({ id: n.slice(0, -4), file: path.join(dir, n) }));
  return fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((d) => mdx(path.join(dir, d.name)).map((n) => ({ id: `${d.name}/${n.slice(0, -4)}`, file: path.join(dir, d.name, n) })));
}
