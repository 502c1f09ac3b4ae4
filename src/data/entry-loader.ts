// The content layer's loader for entry files (content/<collection>/*.mdx) and their translations
// (content/<lang>/<collection>/*.mdx): frontmatter through the collection's schema, and the body rendered
// to HTML once, when the file (or a name it mentions) changes, then kept in the build cache between builds
// (src/data/rendered-bodies.ts: beside Astro's content store, not in it).
//
// Why not `glob()` and @astrojs/mdx: an MDX file is compiled by Vite into a JavaScript module on every build
// (about 16 ms an entry, most of a clean build's time), although entry bodies cannot hold anything but
// Markdown (src/lib/mdx-safety.ts refuses imports, expressions, JSX and HTML before the build starts). So
// bodies go through Astro's own Markdown renderer (the `unified()` processor in astro.config.mjs, with
// remark-gfm and the prose links), with remark-mdx as the parser's syntax: a body reads exactly as MDX
// reads it (no indented code, no raw HTML), and what the renderer gives is kept, by digest, for the entry page.
// An incremental build re-renders only the bodies whose digest changed.
//
// A body's HTML depends on more than its file: the prose links (src/lib/prose-links.ts) link the first
// mention of another entry's name. So the digest also covers every catalogue name the body could mention
// (namesMentioned), with where it leads: a renamed, added or removed entry re-renders exactly the bodies
// that name it. And it covers the renderer itself (rendererVersion): a change to the plugins' code (or to what
// they import), the schemas or the Markdown packages re-renders every body, where the cache has been kept
// between builds (CI does).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { MarkdownHeading } from 'astro';
import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { unified } from '@astrojs/markdown-remark';
import remarkMdx from 'remark-mdx';
import { DEFAULT_LANG, type Lang } from '../i18n/langs.ts';
import { nameIndexDigestFor, nameIndexFor } from '../integrations/remark-entry-links.ts';
import { namesMentioned } from '../lib/prose-links.ts';
import { hasRenderedBody, readBodyDigests, sweepRenderedBodies, writeRenderedBody } from './rendered-bodies.ts';
import { projectCodeDigest } from './source-digest.ts';

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
      const renderer = rendererVersion(root);
      // Finding the names a body mentions was most of this loader's time in a rebuild (1.5 s at 10,000
      // entries), for the same answer: a file's digest is kept, by its text's own digest, while the renderer
      // and the catalogue's names are the same (src/data/rendered-bodies.ts).
      const kept = readBodyDigests(root, base, `${renderer}\0${nameIndexDigestFor(root, lang)}`);
      const untouched = new Set(store.keys());
      const digests = new Set<string>();
      const files = listEntryFiles(dir, nested);
      let rendered = 0;
      for (const { id, file } of files) {
        untouched.delete(id);
        const contents = fs.readFileSync(file, 'utf8');
        const body = bodyOf(contents);
        // The id too: a body's HTML depends on whose body it is (an entry's own name is never linked), and the
        // rendered bodies are kept by digest, so two files with the same text must not share one.
        const text = crypto.createHash('sha256').update(contents).digest('base64url');
        const known = kept.digests.get(id);
        const digest = known?.[0] === text ? known[1] : generateDigest(`${renderer}\0${id}\0${contents}\0${namesMentioned(body, names).join('\n')}`);
        kept.next.set(id, [text, digest]);
        digests.add(digest);
        if (store.get(id)?.digest === digest && hasRenderedBody(root, base, digest)) continue;
        const filePath = path.relative(root, file).split(path.sep).join('/');
        // The YAML is read only here, for a file that changed: an unchanged one needed its body alone.
        const { frontmatter } = parseFrontmatter(contents);
        const data = await parseData({ id, data: frontmatter, filePath: file });
        const { code, metadata } = await (await rendererOf(config)).render(body, { fileURL: pathToFileURL(file), frontmatter });
        // Bodies cannot hold images (src/lib/mdx-safety.ts), so the HTML needs no image paths resolved later.
        writeRenderedBody(root, base, digest, { html: code, headings: metadata.headings });
        // Not the body's source: nothing reads it from the store (the catalogue takes English bodies from the
        // build's reading of the files, contentTreeOf), and at 10,000 entries it was most of a 51 MB store that
        // every build writes out and loads back as one JavaScript module (6 s of compiling it).
        store.set({ id, data, filePath, digest });
        rendered++;
      }
      for (const id of untouched) store.delete(id);
      sweepRenderedBodies(root, base, digests);
      kept.save();
      if (rendered) logger.debug(`${base}: ${rendered} of ${files.length} bodies rendered`);
    },
  };
}

/** A file's body, as parseFrontmatter gives it, without reading the YAML: what comes after the closing `---`. */
function bodyOf(contents: string): string {
  const frontmatter = extractFrontmatter(contents);
  return (frontmatter === undefined ? contents : contents.replace(`---${frontmatter}---`, '')).trim();
}

/**
 * What an entry's stored data and rendered HTML depend on besides its file and the names it mentions: this
 * loader and the Markdown processor's plugins with everything they import, the content config with the
 * schemas the data is parsed with (and what they import), the config that sets the processor up, and the
 * installed packages' versions (src/data/source-digest.ts follows the imports from file to file). A change to
 * a page, a component or any module neither imports leaves every body as it was. Read once per build.
 */
export const RENDERER_MODULES = ['src/data/entry-loader.ts', 'src/content.config.ts'];
export const rendererVersion = (root: string): string => projectCodeDigest(root, RENDERER_MODULES).slice(0, 16);

/** The .mdx files of a collection folder (or of a translation tree's collection folders), with their ids. */
function listEntryFiles(dir: string, nested: boolean): { id: string; file: string }[] {
  if (!fs.existsSync(dir)) return [];
  const mdx = (folder: string) => fs.readdirSync(folder).filter((n) => n.endsWith('.mdx') && !n.startsWith('.')).sort();
  if (!nested) return mdx(dir).map((n) => ({ id: n.slice(0, -4), file: path.join(dir, n) }));
  return fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((d) => mdx(path.join(dir, d.name)).map((n) => ({ id: `${d.name}/${n.slice(0, -4)}`, file: path.join(dir, d.name, n) })));
}
