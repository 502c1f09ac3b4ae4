// Astro's own paginate(), as getStaticPaths receives it for a route ending in `[...page]`, built the way the
// build builds it (trailingSlash: 'always', no base). It is not exported by name; if Astro moves it, this import
// fails loudly rather than the tests checking a stand-in.
import type { PaginateFunction } from 'astro';
import { generatePaginateFunction } from '../node_modules/astro/dist/core/render/paginate.js';

/** paginate() for a route whose dynamic segments are `params` (e.g. "collection"), then `[...page]`. */
export function astroPaginate(...params: string[]): PaginateFunction {
  const dynamic = (content: string, spread = false) => [{ content, dynamic: true, spread }];
  const route = {
    params: [...params, '...page'],
    segments: [...params.map((p) => dynamic(p)), dynamic('...page', true)],
  };
  return generatePaginateFunction(route as unknown as Parameters<typeof generatePaginateFunction>[0], '', 'always') as PaginateFunction;
}
