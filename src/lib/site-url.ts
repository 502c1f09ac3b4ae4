// The site's public address. It differs per deployment, so it comes from the environment (SITE_URL, read
// by astro.config.mjs) and never from a placeholder: a build without it says so wherever an absolute address
// would appear (citations, feeds, the print permalink) and uses site-relative paths elsewhere.

/** Reads SITE_URL: an absolute http(s) address at a domain root, or nothing. Anything else fails the build. */
export function siteUrlFrom(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const found = value.trim();
  let url: URL;
  try {
    url = new URL(found);
  } catch {
    throw new Error(`SITE_URL: expected the site's public address, such as https://atlas.example.net/; found "${found}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL: expected an http or https address; found "${found}" (${url.protocol})`);
  }
  // Every link on the site is written from the domain root (/projects/…), so the site must be served there.
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL: expected an address at a domain root, such as ${url.origin}/; found "${found}" (the site links from the root, so it cannot live under a path)`);
  }
  return `${url.origin}/`;
}

/** Said where an absolute address would be printed, when the build has none. */
export const SITE_URL_MISSING = 'This copy of the atlas was built without its public address (SITE_URL), so links are given relative to the site.';

/** A site path as an absolute address when the site's address is known, else the path itself. */
export const absoluteOr = (path: string, site: string | URL | undefined) => (site ? new URL(path, site).href : path);
