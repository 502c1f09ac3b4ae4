// The list pages' paths (collection indexes, hubs' full lists, years, timelines), kept between builds. A list
// page renders its props and nothing else, so its props are its cache key (keyedByProps in
// src/lib/page-key.ts); working out every list's rows and digesting them took 3 s of a 10,000-entry rebuild in
// which no list had changed. Those props are made from the language's graph alone, by the route's code, so
// while the graph and the code are the same, each path's key is the one it had: this keeps the paths' params
// and keys under the digest of both, and hands Astro props that are worked out only if a page is rendered
// (Astro copies a page's props when it renders it, and never for a page it skips).
import path from 'node:path';
import { graphDigestOf, keyedByProps, pageKeyOf } from '../lib/page-key.ts';
import type { Graph } from '../lib/graph.ts';
import type { Lang } from '../i18n/langs.ts';
import { projectCodeDigest } from './source-digest.ts';
import { buildCacheDir, readKeptFor, writeKeptFor } from './build-cache.ts';

type Params = Record<string, string | number | undefined>;
interface ListPath { params: Params; props: Record<string, unknown> }

/**
 * What is kept, under the inputs' digest: each path's params, key and the names of its props. Params are
 * [name, value] pairs, null for undefined (a first page's `page`), which JSON would drop.
 */
type ListRecord = { params: [string, string | number | null][]; key: string; props: string[] }[];

/**
 * The paths of the list route at `route` (its file, from the project's root) in `lang`, from `compute`,
 * which must make them from `graph` alone; each with its props as its key. Kept from the last build while
 * the graph and the route's code (with what it imports, the packages' versions and the site's config) are
 * the same, with props worked out when a page reads them.
 */
export function keptListPaths<P extends ListPath>(route: string, lang: Lang, graph: Graph, compute: () => P[], { root = process.cwd(), file }: { root?: string; file?: string } = {}): (P & { cacheKey: string })[] {
  const record = file ?? path.join(buildCacheDir(root, 'civic-atlas-page-keys'), 'lists', `${route.replace(/[^A-Za-z0-9.-]+/g, '_')}.${lang}.json`);
  // The route's code with what it imports, the catalogue's, and this file's (paginate's URLs follow the site's config).
  const inputs = pageKeyOf({ code: projectCodeDigest(root, [route, 'src/data/catalogue.ts', 'src/data/list-page-keys.ts']), lang, graph: graphDigestOf(graph) });
  const before = readKeptFor<ListRecord>(record, inputs);
  if (before) {
    let computed: Map<string, Record<string, unknown>> | undefined;
    const propsOf = (params: Params) => {
      computed ??= new Map(compute().map((p) => [pageKeyOf(p.params), p.props]));
      const props = computed.get(pageKeyOf(params));
      if (!props) throw new Error(`The list page ${JSON.stringify(params)} of ${route} is in the kept paths but no longer made from the same graph; delete node_modules/.astro and build again.`);
      return props;
    };
    return before.map(({ params: pairs, key, props: names }) => {
      const params: Params = Object.fromEntries(pairs.map(([name, value]) => [name, value ?? undefined]));
      const props: Record<string, unknown> = {};
      for (const name of names) Object.defineProperty(props, name, { enumerable: true, get: () => propsOf(params)[name] });
      // What compute() would give for this path, but for the props, read from it when a page is rendered.
      return { params, props, cacheKey: key } as unknown as P & { cacheKey: string };
    });
  }
  const paths = keyedByProps(compute());
  writeKeptFor(record, inputs, paths.map((p) => ({ params: Object.entries(p.params).map(([name, value]) => [name, value ?? null]), key: p.cacheKey, props: Object.keys(p.props) })) satisfies ListRecord);
  return paths;
}
