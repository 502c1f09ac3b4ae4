// Content from strangers (issue 19), through the real build: what hostile-looking but valid content becomes
// in every output channel (HTML, CSV, RSS, JSON), and what the build prints when content is refused.
// Each site is the real one copied to a temp dir with a few files added (tests/fixture-site.ts).
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSite, type FixtureSite } from '../fixture-site.ts';
import { ROOT } from '../helpers.ts';

const SOURCE = fs.readdirSync(path.join(ROOT, 'content/sources')).sort()[0].replace(/\.mdx$/, '');
const TITLE = '=HYPERLINK("https://evil.example/?x","click")';
const SUMMARY = '@SUM(1+1) <img src=x onerror=alert(1)> and <b>bold</b> & more';
// The build copies public/ as it is and never opens an image, so any bytes will do.
const PNG = 'PNG stand-in';

const ACCEPTED = `---
title: '${TITLE}'
summary: '${SUMMARY}'
kind: project
sources: [${SOURCE}]
---
Text with [the OSCE](https://www.osce.org/), [mail](mailto:office@example.org), [the timeline](/timeline/) and 3 < 4.

![the map](/images/zz-map.png)
`;

/** Escapes as HTML text is escaped: what a feed reader must receive so that it shows the text, not markup. */
const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('valid content that looks hostile is published harmlessly', () => {
  let site: FixtureSite;
  const read = (file: string) => fs.readFileSync(path.join(site.dist, file), 'utf8');
  beforeAll(async () => {
    site = await fixtureSite([{ file: 'content/projects/zz-formula.mdx', text: ACCEPTED }, { file: 'public/images/zz-map.png', text: PNG }]);
  }, 400_000);
  afterAll(() => site?.close());

  it('a formula title and summary are text in the published CSV (leading apostrophe)', () => {
    const rows = parse(read('data/projects.csv'), { columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r.slug === 'zz-formula')!;
    expect(row.title).toBe(`'${TITLE}`);
    expect(row.summary).toBe(`'${SUMMARY}`);
  });

  it('JSON keeps the values exactly as written (JSON has no formulas)', () => {
    const entry = JSON.parse(read('projects/zz-formula.json'));
    expect(entry.data.title).toBe(TITLE);
    expect(entry.data.summary).toBe(SUMMARY);
  });

  it('markup in a summary is text in the feeds, escaped once for HTML and once for XML', () => {
    for (const feed of ['rss.xml', 'projects/rss.xml']) {
      const xml = read(feed);
      expect(xml, feed).toContain(`<description>${html(html(SUMMARY))}</description>`);
      expect(xml, feed).not.toMatch(/&lt;img src=x/);
    }
  });

  it('the entry page shows the summary as text and renders the allowed links and image', () => {
    const page = read('projects/zz-formula/index.html');
    // Inside a quoted attribute value (<meta content="…">) a "<" is text by the HTML rules; outside them, no tag may appear.
    const outsideAttributes = page.replace(/="[^"]*"/g, '=""');
    expect(outsideAttributes).not.toMatch(/<img[^>]*onerror/i);
    expect(outsideAttributes).not.toContain('<b>bold</b>');
    expect(page).not.toContain('href="https://evil.example');
    expect(page).toContain(html(SUMMARY).replace(/&quot;/g, '"'));
    expect(page).toContain('href="https://www.osce.org/"');
    expect(page).toContain('href="mailto:office@example.org"');
    expect(page).toMatch(/<img src="\/images\/zz-map\.png" alt="the map"/);
    expect(fs.existsSync(path.join(site.dist, 'images/zz-map.png'))).toBe(true);
  });
});

describe('refused content stops the build before Vite reads anything', () => {
  it('a ?raw image import: precise lines, no stack trace, the file never printed', async () => {
    const text = `---\ntitle: Leak\nsummary: A theme.\nsources: [${SOURCE}]\n---\n![a](../../package.json?raw)\n\n![b](/etc/passwd?raw)\n`;
    const failure = await fixtureSite([{ file: 'content/themes/zz-leak.mdx', text }]).then(
      (site) => { void site.close(); return ''; },
      (e: Error) => e.message,
    );
    expect(failure).toContain('content/themes/zz-leak.mdx:6 body: image: expected an image in public/images/');
    expect(failure).toContain('content/themes/zz-leak.mdx:8 body: image: expected an image in public/images/');
    expect(failure).toContain('2 content problem(s); fix them and build again');
    expect(failure).not.toMatch(/Stack trace|^\s+at /m);
    expect(failure).not.toContain('"devDependencies"');
    expect(failure).not.toContain('root:x:0:0');
  }, 400_000);
});
