// The rendered bodies kept beside the content store (src/data/rendered-bodies.ts): found by the entry file's
// place and digest, refused loudly when missing, and swept when no entry has them any more.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasRenderedBody, readRenderedBody, sweepRenderedBodies, writeRenderedBody } from '../../src/data/rendered-bodies.ts';

let root: string;
beforeEach(() => { root = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-atlas-bodies-')); });
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const body = (html: string) => ({ html, headings: [{ depth: 2, slug: 'aims', text: 'Aims' }] });

describe('rendered bodies', () => {
  it('an entry file finds the body its loader wrote, an English one and a translation alike', () => {
    writeRenderedBody(root, 'content/projects', 'a1b2', body('<p>English</p>'));
    writeRenderedBody(root, 'content/ru', 'a1b2', body('<p>Русский</p>'));
    expect(readRenderedBody(root, { filePath: 'content/projects/x.mdx', digest: 'a1b2' }).html).toBe('<p>English</p>');
    expect(readRenderedBody(root, { filePath: 'content/ru/projects/x.mdx', digest: 'a1b2' })).toEqual(body('<p>Русский</p>'));
  });

  it('a missing body is an error that names the entry file and says how to mend the cache', () => {
    expect(() => readRenderedBody(root, { filePath: 'content/projects/x.mdx', digest: 'ffff' })).toThrow(/content\/projects\/x\.mdx.*missing.*Delete node_modules\/\.astro/);
    expect(() => readRenderedBody(root, { filePath: 'content/projects/x.mdx' })).toThrow(/without a file or digest/);
  });

  it('refuses a digest that is not hexadecimal, so no digest can name a file outside the cache', () => {
    expect(() => writeRenderedBody(root, 'content/projects', '../../escape', body(''))).toThrow(/hexadecimal/);
  });

  it('the sweep keeps the digests still in use and removes the rest, in that loader only', () => {
    for (const d of ['aa', 'bb']) writeRenderedBody(root, 'content/projects', d, body(d));
    writeRenderedBody(root, 'content/people', 'aa', body('person'));
    sweepRenderedBodies(root, 'content/projects', new Set(['bb']));
    expect([hasRenderedBody(root, 'content/projects', 'aa'), hasRenderedBody(root, 'content/projects', 'bb'), hasRenderedBody(root, 'content/people', 'aa')])
      .toEqual([false, true, true]);
  });
});
