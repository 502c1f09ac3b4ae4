// Links to the repository's forge. The repository and branch are configuration (src/site.config.ts);
// the entry editor uses newFileUrl to open a proposed file as a pull request.

export interface ForgeConfig { repository: string; branch: string }

/**
 * GitHub's "create a new file" page with the path and text filled in:
 * `<repository>/new/<branch>?filename=<path>&value=<text>`. Someone who cannot write to the repository
 * is offered a fork, and the commit becomes a pull request.
 */
export function newFileUrl(forge: ForgeConfig, path: string, text: string): string {
  const repository = forge.repository.replace(/\/+$/, '');
  const branch = forge.branch.split('/').map(encodeURIComponent).join('/');
  return `${repository}/new/${branch}?filename=${encodeURIComponent(path)}&value=${encodeURIComponent(text)}`;
}

/**
 * Links longer than this may be refused: many servers and proxies stop at request lines of about 8 KB.
 * The editor then suggests downloading the file and uploading it instead.
 */
export const LONG_URL = 8_000;
