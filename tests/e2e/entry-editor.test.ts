// The entry editor at /contribute/new/ in Chromium: checks as the author types, reference choices from
// the real content, preview, the MDX file (which must pass validate), the pull-request link, keeping the
// form across reloads, what readers without JavaScript get, and axe in both colour schemes.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { parseContentFile } from '../../src/lib/content-files.ts';
import { formatProblem, validateContent } from '../../src/lib/validate.ts';
import { SITE_CONFIG } from '../../src/site.config.ts';
import { builtHtml, builtPages, contentFiles, usePage } from '../helpers.ts';

const base = inject('baseUrl');
const session = usePage({ acceptDownloads: true });
const real = contentFiles();
const idsOf = (collection: string) => real.filter((f) => f.collection === collection).map((f) => f.id).sort();

const TITLE = 'Zz Editor Test: Women & Peace';
const SLUG = 'zz-editor-test-women-and-peace';
const FILE = `content/projects/${SLUG}.mdx`;

/** The suggestions a reference field offers: the options of the <datalist> it is tied to. */
const suggestionValues = (selector: string) =>
  session.page.locator(selector).evaluate((input) => [...((input as HTMLInputElement).list?.options ?? [])].map((o) => o.value));

describe('entry editor', () => {
  it('checks a new project as it is written, previews it and produces an MDX file that passes validate', async () => {
    const { page } = session;
    await page.goto(`${base}/contribute/new/`);
    await page.locator('#editor-collection').selectOption('projects');
    await page.locator('#f-title').fill(TITLE);

    // A required field left empty is reported beside the field and in the list, as validate words it.
    const summaryError = page.locator('#f-summary-error');
    await expect.poll(() => summaryError.textContent()).toBe('required field is missing (expected string)');
    expect(await page.locator('#f-summary').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#f-summary').getAttribute('aria-describedby')).toContain('f-summary-error');
    expect(await page.locator('#editor-problem-list').textContent()).toContain('summary: required field is missing (expected string)');
    expect(await page.locator('#editor-problem-list').textContent()).toContain('kind: expected one of programme, project, event');
    expect(await page.locator('#editor-slug').inputValue()).toBe(SLUG);

    // Each problem in the list links to its field.
    await page.locator('#editor-problem-list a', { hasText: 'summary:' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-summary');

    await page.locator('#f-summary').fill('A test entry written by the editor test.');
    await expect.poll(() => summaryError.isVisible()).toBe(false);
    expect(await page.locator('#f-summary').getAttribute('aria-invalid')).toBeNull();
    await page.locator('#f-kind').selectOption('workshop');

    // References are typed, with exactly the existing entries of the referenced collection as suggestions;
    // a slug that names no entry is reported as validate words it.
    await page.locator('#f-sources-add').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-sources-0');
    expect((await suggestionValues('#f-sources-0')).sort()).toEqual(idsOf('sources'));
    const source = idsOf('sources')[0];
    await page.locator('#f-sources-0').fill(`${source}x`);
    await expect.poll(() => page.locator('#f-sources-0-error').textContent()).toBe(`no entry "${source}x" in sources — did you mean "${source}"?`);
    await page.locator('#f-sources-0').fill(source);
    await expect.poll(() => page.locator('#f-sources-0-error').isVisible()).toBe(false);

    await page.locator('#f-organizations-add').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-organizations-0-organization');
    expect((await suggestionValues('#f-organizations-0-organization')).sort()).toEqual(idsOf('organizations'));
    // One list of suggestions per collection, however many fields refer to it.
    const lists = await page.locator('input[list]').evaluateAll((inputs) => inputs.map((i) => i.getAttribute('list')));
    expect(lists.length).toBeGreaterThan(new Set(lists).size);
    expect((await page.locator('datalist').evaluateAll((ds) => ds.map((d) => d.id))).sort()).toEqual([...new Set(lists)].sort());
    await page.locator('#f-organizations-0-organization').fill('osce');
    await expect.poll(() => page.locator('#f-organizations-0-role-error').textContent()).toMatch(/^expected one of implementer, funder, .* — got nothing$/);
    await page.locator('#f-organizations-0-role').selectOption('host');
    await page.locator('#f-start').fill('2019-06');
    await page.locator('#editor-body').fill('## Background\n\nSome *careful* words.\n');

    await expect.poll(() => page.locator('#editor-status').textContent()).toBe('No problems: the entry passes the checks of npm run validate.');
    expect(await page.locator('#editor-problem-list li').count()).toBe(0);
    expect(await page.locator('.field-error:visible').count()).toBe(0);

    // The preview shows the entry as readers would: titles for references, the body as HTML.
    const preview = page.locator('#editor-preview');
    expect(await preview.locator('h3').textContent()).toBe(TITLE);
    expect(await preview.locator('.summary').textContent()).toBe('A test entry written by the editor test.');
    const sourceTitle = (real.find((f) => f.collection === 'sources' && f.id === source)!.data as { title: string }).title;
    expect(await preview.locator('dl').textContent()).toContain(sourceTitle);
    expect(await preview.locator('h4').textContent()).toBe('Background');
    expect(await preview.locator('em').textContent()).toBe('careful');

    // The file: frontmatter in the content files' style, and it passes validate beside the real content.
    const text = await page.locator('#editor-output').inputValue();
    expect(text.startsWith(`---\ntitle: "${TITLE}"\n`)).toBe(true);
    expect(text).toContain(`sources:\n  - ${source}\n`);
    expect(text).toContain('kind: workshop\n');
    expect(text).toContain('organizations:\n  - organization: osce\n    role: host\n');
    expect(text).toContain('start: "2019-06"\n');
    expect(text.endsWith('---\n\n## Background\n\nSome *careful* words.\n')).toBe(true);
    const file = parseContentFile('projects', FILE, text);
    expect(validateContent([...real, file]).problems.map(formatProblem)).toEqual([]);
    expect(await page.locator('#editor-path').textContent()).toBe(FILE);

    // The pull-request link opens the configured repository's new-file page with this file.
    const href = (await page.locator('#editor-pr').getAttribute('href'))!;
    expect(href.startsWith(`${SITE_CONFIG.repository}/new/${SITE_CONFIG.branch}?`)).toBe(true);
    expect(href).toContain(`filename=${encodeURIComponent(FILE)}`);
    expect(new URL(href).searchParams.get('value')).toBe(text);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#editor-download').click()]);
    expect(download.suggestedFilename()).toBe(`${SLUG}.mdx`);
    expect(fs.readFileSync((await download.path())!, 'utf8')).toBe(text);

    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await page.locator('#editor-copy').click();
    await expect.poll(() => page.locator('#editor-action-status').textContent()).toBe('Copied the file to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

    // The form survives a reload.
    await page.reload();
    expect(await page.locator('#f-title').inputValue()).toBe(TITLE);
    expect(await page.locator('#f-organizations-0-role').inputValue()).toBe('host');
    await expect.poll(() => page.locator('#editor-output').inputValue()).toBe(text);
  });

  it('reports unsafe MDX in the body and previews it as text, never as markup', async () => {
    const { page } = session;
    await page.goto(`${base}/contribute/new/`);
    await page.locator('#editor-body').fill('Hello <img src="x" onerror="alert(1)" /> and [a link](javascript:alert(1)).\n');
    await expect.poll(() => page.locator('#editor-body-error').textContent()).toContain('<img> is not allowed');
    expect(await page.locator('#editor-body-error').textContent()).toContain('event-handler attribute "onerror" is not allowed');
    expect(await page.locator('#editor-body-error').textContent()).toContain('link to a "javascript:" URL is not allowed');
    expect(await page.locator('#editor-preview img').count()).toBe(0);
    expect(await page.locator('#editor-preview a').count()).toBe(0);
    expect(await page.locator('#editor-preview').textContent()).toContain('<img>');
  });

  it('a file name that is taken is reported, and switching collection keeps the shared fields', async () => {
    const { page } = session;
    await page.goto(`${base}/contribute/new/`);
    await page.locator('#editor-reset').click();
    await page.locator('#editor-collection').selectOption('organizations');
    const taken = idsOf('organizations')[0];
    await page.locator('#f-title').fill('Zz Another Test');
    await page.locator('#editor-slug').fill(taken);
    await expect.poll(() => page.locator('#editor-slug-error').textContent())
      .toBe(`content/organizations/${taken}.mdx already exists; choose another file name, or edit that entry instead`);
    await page.locator('#editor-collection').selectOption('themes');
    expect(await page.locator('#f-title').inputValue()).toBe('Zz Another Test');
    expect(await page.locator('#f-kind').count()).toBe(0); // themes have no kind
  });

  it('without JavaScript, the page says the editor needs it and points to npm run new', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/contribute/new/`);
    expect(await page.locator('#editor-fallback').isVisible()).toBe(true);
    expect(await page.locator('#editor-fallback').textContent()).toContain('npm run new');
    expect(await page.locator('#editor-fallback a[href="/contribute/"]').count()).toBe(1);
    expect(await page.locator('#editor').isVisible()).toBe(false);
    await context.close();
  });

  it('fits a 320 px phone, with rows of every kind added', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${base}/contribute/new/`);
    await page.locator('#editor-reset').click();
    await page.locator('#editor-collection').selectOption('projects');
    await page.locator('#f-title').fill('A long title for a test project about civil society in Tajikistan');
    for (const list of ['sources', 'organizations', 'people', 'figures', 'disagreements']) await page.locator(`#f-${list}-add`).click();
    await page.locator('#f-disagreements-0-versions-add').click();
    await page.locator('#f-summary-error').waitFor();
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it("the editor's scripts load on /contribute/new/ and on no other page", () => {
    const scripts = [...builtHtml('/contribute/new/').matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.length).toBe(2); // the form, and the MDX parser for the body
    for (const script of scripts) expect(builtPages().filter((p) => builtHtml(p).includes(script)), script).toEqual(['/contribute/new/']);
  });
});

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.each(['light', 'dark'] as const)('entry editor, axe: %s scheme', (scheme) => {
  it('has no WCAG 2.2 AA violations, with rows added and problems showing', async () => {
    const { page } = session;
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${base}/contribute/new/`);
    await page.locator('#editor-reset').click();
    await page.locator('#editor-collection').selectOption('projects');
    await page.locator('#f-title').fill('Zz Axe Test');
    await page.locator('#f-sources-add').click();
    await page.locator('#f-organizations-add').click();
    await page.locator('#f-figures-add').click();
    await page.locator('#editor-body').fill('## Heading\n\n| a | b |\n| - | - |\n| 1 | 2 |\n');
    await page.locator('#f-summary-error').waitFor();
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const result = await (window as any).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
      return result.violations.map((v: any) => `${v.id}: ${v.help} (${v.nodes.map((n: any) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    });
    expect(violations).toEqual([]);
  });
});
