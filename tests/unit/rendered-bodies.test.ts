// The rendered bodies kept beside the content store (src/data/rendered-bodies.ts): found by the entry file's
// place and digest, refused loudly when missing, and swept when no entry has them any more.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasRenderedBody, readBodyDigests, readRenderedBody, sweepRenderedBodies, writeRenderedBody } from '../../src/data/rendered-bodies.ts';

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

  it('body digests are kept per loader under the context they were worked out in, and only there', () => {
    const first = readBodyDigests(root, 'content/projects', 'renderer 1, names 1');
    expect(first.digests.size).toBe(0);
    first.next.set('a', ['text-a', 'digest-a']);
    first.save();
    expect([...readBodyDigests(root, 'content/projects', 'renderer 1, names 1').digests]).toEqual([['a', ['text-a', 'digest-a']]]);
    // Another renderer or other names: the digests could differ, so none is kept.
    expect(readBodyDigests(root, 'content/projects', 'renderer 1, names 2').digests.size).toBe(0);
    expect(readBodyDigests(root, 'content/ru', 'renderer 1, names 1').digests.size).toBe(0);
    // The next build's record replaces it: an entry gone is gone from it.
    const second = readBodyDigests(root, 'content/projects', 'renderer 1, names 1');
    second.next.set('b', ['text-b', 'digest-b']);
    second.save();
    expect([...readBodyDigests(root, 'content/projects', 'renderer 1, names 1').digests]).toEqual([['b', ['text-b', 'digest-b']]]);
    // Nothing is kept under the bodies' folder, whose sweep would remove what is not a body.
    expect(fs.existsSync(path.join(root, 'node_modules', '.astro', 'civic-atlas-bodies'))).toBe(false);
  });

  it('a record cut short by a killed build is no record', () => {
    const record = readBodyDigests(root, 'content/projects', 'c');
    record.next.set('a', ['text-a', 'digest-a']);
    record.save();
    const file = fs.readdirSync(path.join(root, 'node_modules', '.astro', 'civic-atlas-body-digests'))[0];
    fs.writeFileSync(path.join(root, 'node_modules', '.astro', 'civic-atlas-body-digests', file), '{"context":"c","dig');
    expect(readBodyDigests(root, 'content/projects', 'c').digests.size).toBe(0);
  });
});
