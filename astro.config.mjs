// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import sitemap from '@astrojs/sitemap';
import contentCheck from './src/integrations/content-check.ts';
import postBuild from './src/integrations/post-build.ts';
import remarkEntryLinks from './src/integrations/remark-entry-links.ts';
import { fileURLToPath } from 'node:url';
import { siteUrlFrom } from './src/lib/site-url.ts';
import { DEFAULT_LANG, LANGS } from './src/i18n/langs.ts';

export default defineConfig({
  // The public address, per deployment: `SITE_URL=https://atlas.example.net/ npm run build` (README, "Deploying").
  // Without it the build still works; citations and feeds say the address is not configured.
  site: siteUrlFrom(process.env.SITE_URL),
  trailingSlash: 'always',
  // English at the root, every other language under its prefix with the same paths (/ru/projects/<slug>/).
  // Each language's pages are thin files in src/pages/<lang>/ that render the English page's component,
  // which reads the language from Astro.currentLocale.
  i18n: { locales: [...LANGS], defaultLocale: DEFAULT_LANG, routing: { prefixDefaultLocale: false } },
  // Four pages in flight at once: while one page's file is written, the next is rendered (one at a time,
  // Astro's default, the build sat idle on the disk for about a third of its page-rendering time).
  build: { format: 'directory', concurrency: 4 },
  // Entry bodies are rendered with this processor by the content loader (src/data/entry-loader.ts), which
  // reads them as MDX. GFM comes from our remark-gfm alone: `gfm: false` stops the renderer adding a second
  // copy (its default), which would parse every body's tables, footnotes and autolinks twice.
  // remarkEntryLinks links the first mention of another entry in each body (src/lib/prose-links.ts).
  markdown: { processor: unified({ remarkPlugins: [remarkGfm, [remarkEntryLinks, { root: fileURLToPath(new URL('.', import.meta.url)) }]], gfm: false }) },
  // A rebuild renders again only the entry pages whose view changed (their getStaticPaths cacheKey,
  // src/lib/page-key.ts) and keeps the rest from the cache in node_modules/.astro/; README, "Incremental builds".
  // The content store is written as one file: rendered bodies are kept out of it (src/data/rendered-bodies.ts),
  // which keeps it well under V8's longest string at 50,000 entries; the chunked store
  // (experimental.collectionStorage) measured its text a character at a time, 28 s of a 1,000-entry rebuild.
  experimental: { incrementalBuild: true },
  integrations: [
    contentCheck(),
    // hreflang alternates for every page in the sitemap, from the same language list.
    sitemap({ i18n: { defaultLocale: DEFAULT_LANG, locales: Object.fromEntries(LANGS.map((l) => [l, l])) } }),
    postBuild(),
  ],
  // dist/ is not emptied before a build: Astro leaves each unchanged page in place instead of deleting it and
  // copying it back from its cache, and the post-build step removes whatever this build did not make
  // (src/integrations/stale-output.ts), so the output is the same as a clean build's.
  vite: { build: { emptyOutDir: false } },
});
