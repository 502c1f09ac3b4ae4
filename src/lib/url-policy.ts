// What content may point at: the one home of the rule for every address an entry holds, in a body
// (links, link definitions, images) or in frontmatter. An allow-list, not a list of known-bad schemes:
// a scheme nobody thought of (vbscript:, data:, a future one) is refused because it is not on the list.
// No Node APIs: the entry editor runs the same rule in the browser.

/** Schemes a link may use. Everything else, and an address without a scheme that is not a site path, is refused. */
export const LINK_SCHEMES = ['https', 'http', 'mailto'] as const;

/**
 * Where images may come from: files in `public/images/`, named by their site path (`/images/map.png`).
 * Site paths are served as they are, so the build never opens the file (an image written as a relative
 * path would become a module import that Vite reads at build time, and `?raw` would print any file).
 * Remote images are refused: every reader's browser would contact the other host, telling it who reads what.
 * SVG is refused too: opened on its own from our address it could run script.
 */
export const IMAGE_FOLDER = 'public/images';
export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp', 'avif', 'gif'] as const;
const IMAGE_PATH = new RegExp(`^/images/([a-z0-9][a-z0-9_-]*(?:\\.[a-z0-9_-]+)*\\.(?:${IMAGE_EXTENSIONS.join('|')}))$`);

const clip = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * Browsers drop leading C0 controls and spaces, and tabs and newlines anywhere, before reading a scheme,
 * and ignore its case; so the scheme is read the same way here (`java\tscript:`, ` JaVaScRiPt:`).
 */
export function schemeOf(url: string): string | undefined {
  const squeezed = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(squeezed)?.[1].toLowerCase();
}

/** Why a link's target is refused, or undefined when it is allowed. */
export function linkProblem(url: string): string | undefined {
  const scheme = schemeOf(url);
  if (scheme) {
    if (!(LINK_SCHEMES as readonly string[]).includes(scheme)) {
      return `"${scheme}:" addresses are not allowed (links may use https:, http:, mailto:, a site path such as /projects/x/, or #a-heading) — got "${clip(url)}"`;
    }
    if (scheme !== 'mailto' && !/^https?:\/\/[^/\\\s]/i.test(url.trim())) return `expected an address like https://www.osce.org/ — got "${clip(url)}"`;
    return undefined;
  }
  if (url.startsWith('#')) return undefined;
  // `//host` and `/\host` are addresses on other hosts to a browser, not site paths.
  if (/^\/(?![/\\])/.test(url) && !/[\\\u0000-\u001f]/.test(url)) return undefined;
  const guess = /^www\./i.test(url) ? ` — did you mean "https://${clip(url, 40)}"?` : '';
  return `expected https://…, http://…, mailto:…, a site path starting with "/" or an #anchor — got "${clip(url)}"${guess}`;
}

/**
 * Why an image source is refused, or undefined. `images` lists the files in public/images/ (names only):
 * an image must exist there, so a typo fails here and not as a broken picture on the page.
 */
export function imageProblem(url: string, images: ReadonlySet<string>): string | undefined {
  const scheme = schemeOf(url);
  if (scheme === 'https' || scheme === 'http') {
    return `remote images are not allowed: readers' browsers would contact another host — save the image in ${IMAGE_FOLDER}/ and write /images/<name> — got "${clip(url)}"`;
  }
  const match = IMAGE_PATH.exec(url);
  if (!match) {
    return `expected an image in ${IMAGE_FOLDER}/ written as /images/<name>.${IMAGE_EXTENSIONS.join('|')} (lowercase name, no folders, no "?" or "#") — got "${clip(url)}"`;
  }
  if (!images.has(match[1])) return `no image "${match[1]}" in ${IMAGE_FOLDER}/ — add the file or correct the name`;
  return undefined;
}

/** Frontmatter keys that hold an address (`url`, `website`, `sourceUrl`…): their values follow the link rule. */
export const isAddressKey = (key: string) => /(?:^|[a-z_])(?:url|href|link|website|homepage)$/i.test(key);
