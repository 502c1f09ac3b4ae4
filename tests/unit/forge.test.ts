// The forge's new-file link, which the entry editor offers as "Open a pull request".
import { describe, expect, it } from 'vitest';
import { newFileUrl } from '../../src/lib/forge.ts';
import { SITE_CONFIG } from '../../src/site.config.ts';

const forge = { repository: 'https://github.com/example/atlas', branch: 'main' };
const text = '---\ntitle: "Ärzte & Co: 100% #1 + more?"\n---\n\nA line with spaces.\n';

describe('newFileUrl', () => {
  it('opens the repository’s new-file page on the branch, with the path and the text filled in', () => {
    const url = newFileUrl(forge, 'content/projects/x-y.mdx', text);
    expect(url.startsWith('https://github.com/example/atlas/new/main?filename=content%2Fprojects%2Fx-y.mdx&value=')).toBe(true);
    const parsed = new URL(url);
    expect(parsed.pathname).toBe('/example/atlas/new/main');
    expect(parsed.searchParams.get('filename')).toBe('content/projects/x-y.mdx');
    expect(parsed.searchParams.get('value')).toBe(text);
    expect([...parsed.searchParams.keys()]).toEqual(['filename', 'value']);
  });

  it('encodes every character that would change the query: &, #, +, %, ?, spaces and newlines', () => {
    const value = newFileUrl(forge, 'a.mdx', text).split('&value=')[1];
    expect(value).not.toMatch(/[&#+ ?\n]/);
    expect(decodeURIComponent(value)).toBe(text);
  });

  it('accepts a repository URL with a trailing slash and a branch with a slash', () => {
    const url = newFileUrl({ repository: 'https://github.com/example/atlas/', branch: 'drafts/2025 spring' }, 'a.mdx', '');
    expect(url).toBe('https://github.com/example/atlas/new/drafts/2025%20spring?filename=a.mdx&value=');
  });

  it('follows the site configuration', () => {
    expect(newFileUrl(SITE_CONFIG, 'content/themes/t.mdx', 't').startsWith(`${SITE_CONFIG.repository}/new/${SITE_CONFIG.branch}?filename=`)).toBe(true);
  });
});
