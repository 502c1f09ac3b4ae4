// robots.txt: everything may be crawled. The sitemap needs absolute addresses, so it exists (and is named
// here) only when the build knows the site's public address (SITE_URL; @astrojs/sitemap skips it otherwise).
import type { APIContext } from 'astro';

export function GET(context: APIContext) {
  const lines = ['User-agent: *', 'Allow: /', ...(context.site ? [`Sitemap: ${new URL('/sitemap-index.xml', context.site).href}`] : [])];
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
