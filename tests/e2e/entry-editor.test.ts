// The entry editor at /contribute/new/ in Chromium: when problems show (a field left, "Check"), the
// error summary, plain words, the file actions held back, reference choices from the real content,
// preview, the file (which must pass validate), the pull-request link, keeping the form across reloads,
// the layout at phone and desktop widths, what readers without JavaScript get, valid HTML, and axe in
// both colour schemes.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { parseContentFile } from '../../src/lib/content-files.ts';
import { formatProblem, validateContent } from '../../src/lib/validate.ts';
import { SITE_CONFIG } from '../../src/site.config.ts';
import { builtHtml, builtPages, contentFiles, usePage } from '../helpers.ts';
import { htmlProblems } from '../html-rules.ts';

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

/** The editor's visible words (labels, hints, messages, buttons), as a reader sees them. */
const visibleText = () => session.page.locator('#editor').evaluate((el) => (el as HTMLElement).innerText);
/** Words a subject expert should not meet: the file format's and the schema's (a path's ".mdx" may show). */
const JARGON = /[Ff]rontmatter|\b[Ss]lugs?\b|\bMDX\b|YAML|[Ee]xpected|— got|\bstring\b/;
const actionsState = () => session.page.evaluate(() => ({
  copy: (document.getElementById('editor-copy') as HTMLButtonElement).disabled,
  download: (document.getElementById('editor-download') as HTMLButtonElement).disabled,
  prDisabled: document.getElementById('editor-pr')!.getAttribute('aria-disabled'),
  prHref: document.getElementById('editor-pr')!.getAttribute('href'),
}));

/** Unfolds "More details (optional)" by its summary, unless it is open already. */
async function openOptional() {
  if (!(await session.page.locator('#editor-optional').evaluate((d) => (d as HTMLDetailsElement).open))) {
    await session.page.locator('#editor-optional > summary').click();
  }
}

describe('entry editor', () => {
  it('shows no error while a field is typed in, the field\'s error when it is left, and every error on "Check"', async () => {
    const { page } = session;
    await page.goto(`${base}/contribute/new/`);
    await page.locator('#editor-reset').click();
    await page.locator('#editor-collection').selectOption('projects');
    const summaryField = page.locator('#f-summary');
    const summaryError = page.locator('#f-summary-error');

    // Typing in an empty required field and emptying it again: no message yet, however long the pause.
    await summaryField.focus();
    await page.keyboard.type('A');
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(400);
    expect(await summaryError.isVisible()).toBe(false);
    expect(await summaryField.getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('.field-error:visible').count()).toBe(0);

    // Leaving it shows its message, beside it and tied to it; the summary at the top waits for "Check".
    await page.keyboard.press('Tab');
    await expect.poll(() => summaryError.isVisible()).toBe(true);
    expect(await summaryError.textContent()).toBe('Error: Enter the summary');
    expect(await summaryField.getAttribute('aria-invalid')).toBe('true');
    expect((await summaryField.getAttribute('aria-describedby'))!.split(' ')).toContain('f-summary-error');
    expect(await page.locator('.field-error:visible').count()).toBe(1); // only the field that was left
    expect(await page.locator('#editor-error-summary').isVisible()).toBe(false);

    // Typing again clears the message as soon as the field is right, without waiting for the field to be left.
    await summaryField.focus();
    await page.keyboard.type('A test entry.');
    await expect.poll(() => summaryError.isVisible()).toBe(false);
    expect(await summaryField.getAttribute('aria-invalid')).toBeNull();
    await summaryField.fill('');
    await page.waitForTimeout(400);
    expect(await summaryError.isVisible()).toBe(false); // emptied while typing: still no message until it is left

    // "Check the entry": a GOV.UK error summary at the top, focused, linking to each field.
    await page.locator('#editor-check').click();
    const summary = page.locator('#editor-error-summary');
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await summary.getAttribute('role')).toBe('alert');
    expect(await summary.locator('h2').textContent()).toBe('There is a problem');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor-error-summary');
    const links = summary.locator('li a');
    // (The web address name, made from the title, is not reported separately while the title is missing.)
    expect(await links.allTextContents()).toEqual(['Enter the title', 'Enter the summary', 'Add at least one source', 'Choose the kind']);
    // Each link's field shows the same message beside it, and the link moves focus there.
    for (const [text, id] of [['Enter the summary', 'f-summary'], ['Choose the kind', 'f-kind'], ['Add at least one source', 'f-sources-add']]) {
      await links.filter({ hasText: text }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(id);
    }
    expect(await page.locator('#f-kind-error').textContent()).toBe('Error: Choose the kind');
    expect(await page.locator('#f-title-error').textContent()).toBe('Error: Enter the title');
    expect(await page.locator('#editor-slug-error').isVisible()).toBe(false);
    expect(await visibleText()).not.toMatch(JARGON);
  });

  it('holds back Copy, Download and the pull request while problems remain, with the reason shown, and releases them when fixed', async () => {
    const { page } = session;
    await page.goto(`${base}/contribute/new/`);
    await page.locator('#editor-reset').click();
    await page.locator('#editor-collection').selectOption('projects');
    expect(await actionsState()).toEqual({ copy: true, download: true, prDisabled: 'true', prHref: null });
    const status = page.locator('#editor-status');
    expect(await status.isVisible()).toBe(true);
    expect(await status.textContent()).toMatch(/once it passes the checks/);
    expect((await page.locator('#editor-copy').getAttribute('aria-describedby'))).toBe('editor-status');

    await page.locator('#f-title').fill(TITLE);
    await page.locator('#f-summary').fill('A test entry written by the editor test.');
    await page.locator('#f-kind').selectOption('workshop');
    await page.locator('#f-sources-add').click();
    const [source] = idsOf('sources');
    await page.locator('#f-sources-0').fill(source);
    await page.waitForTimeout(400);
    expect(await actionsState()).toEqual({ copy: false, download: false, prDisabled: null, prHref: expect.stringContaining('/new/') });
    expect(await status.textContent()).toMatch(/passes every check/);

    // A new problem holds them back again.
    await page.locator('#f-summary').fill('');
    await expect.poll(() => actionsState()).toEqual({ copy: true, download: true, prDisabled: 'true', prHref: null });
  });

  it('checks a new project as it is written, previews it and produces a file that passes validate', async () => {
    const { page } = session;
    await page.goto(`${base}/contribute/new/`);
    await page.locator('#editor-reset').click();
    await page.locator('#editor-collection').selectOption('projects');
    await page.locator('#f-title').fill(TITLE);
    expect(await page.locator('#editor-slug').inputValue()).toBe(SLUG);
    await page.locator('#f-summary').fill('A test entry written by the editor test.');
    await page.locator('#f-kind').selectOption('workshop');

    // References are typed, with exactly the existing entries of the referenced collection as suggestions;
    // a name that is no entry is reported, with validate's guess, once the field is left.
    await page.locator('#f-sources-add').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-sources-0');
    expect((await suggestionValues('#f-sources-0')).sort()).toEqual(idsOf('sources'));
    const source = idsOf('sources')[0];
    await page.locator('#f-sources-0').fill(`${source}x`);
    await page.waitForTimeout(300);
    expect(await page.locator('#f-sources-0-error').isVisible()).toBe(false);
    await page.locator('#f-sources-0').blur();
    await expect.poll(() => page.locator('#f-sources-0-error').textContent())
      .toBe(`Error: Source 1: there is no source with the web address name ${source}x in the atlas: did you mean ${source}?`);
    await page.locator('#f-sources-0').fill(source);
    await expect.poll(() => page.locator('#f-sources-0-error').isVisible()).toBe(false);

    // The optional fields are folded until opened.
    expect(await page.locator('#f-organizations-add').isVisible()).toBe(false);
    await openOptional();
    await page.locator('#f-organizations-add').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-organizations-0-organization');
    expect((await suggestionValues('#f-organizations-0-organization')).sort()).toEqual(idsOf('organizations'));
    // One list of suggestions per collection, however many fields refer to it.
    const lists = await page.locator('input[list]').evaluateAll((inputs) => inputs.map((i) => i.getAttribute('list')));
    expect(lists.length).toBeGreaterThan(new Set(lists).size);
    expect((await page.locator('datalist').evaluateAll((ds) => ds.map((d) => d.id))).sort()).toEqual([...new Set(lists)].sort());
    await page.locator('#f-organizations-0-organization').fill('osce');
    // The role was never touched: "Check" reports it, in the row's words.
    await page.locator('#editor-check').click();
    await expect.poll(() => page.locator('#f-organizations-0-role-error').textContent()).toBe('Error: Organization 1: choose the role');
    expect(await page.locator('#editor-problem-list').textContent()).toBe('Organization 1: choose the role');
    await page.locator('#f-organizations-0-role').selectOption('host');
    await page.locator('#f-start').fill('2019-06');
    await page.locator('#editor-body').fill('## Background\n\nSome *careful* words.\n');

    await expect.poll(() => page.locator('#editor-status').textContent()).toMatch(/passes every check/);
    expect(await page.locator('.field-error:visible').count()).toBe(0);
    expect(await page.locator('#editor-error-summary').isVisible()).toBe(false);

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

    // The form survives a reload, the optional details open since they hold something.
    await page.reload();
    expect(await page.locator('#f-title').inputValue()).toBe(TITLE);
    expect(await page.locator('#f-organizations-0-role').inputValue()).toBe('host');
    expect(await page.locator('#f-organizations-0-role').isVisible()).toBe(true);
    await expect.poll(() => page.locator('#editor-output').inputValue()).toBe(text);
  });

  it("a field's example is one of the entries it may name: a theme for a theme, a mission for a mission", async () => {
    const { page } = session;
    await page.goto(`${base}/contribute/new/`);
    await page.locator('#editor-reset').click();
    await page.locator('#editor-collection').selectOption('projects');
    await openOptional();
    await page.locator('#f-themes-add').click();
    await page.locator('#f-sources-add').click();
    for (const [selector, collection] of [['#f-themes-0-hint', 'themes'], ['#f-mission-hint', 'missions'], ['#f-sources-0-hint', 'sources']] as const) {
      const hint = (await page.locator(selector).textContent())!;
      const example = /e\.g\. ([a-z0-9-]+)\./.exec(hint)?.[1];
      expect(idsOf(collection), `${selector}: ${hint}`).toContain(example);
    }
  });

  it('reports unsafe MDX in the body and previews it as text, never as markup, keeping the words inside a refused tag', async () => {
    const { page } = session;
    await page.goto(`${base}/contribute/new/`);
    await page.locator('#editor-reset').click();
    await page.locator('#editor-body').fill('Hello <img src="x" onerror="alert(1)" /> and [a link](javascript:alert(1)).\n\nSome <b>bold</b> words.\n');
    await page.locator('#editor-body').blur();
    const error = page.locator('#editor-body-error');
    await expect.poll(() => error.textContent()).toContain('<img> is not allowed');
    expect(await error.textContent()).toContain('event-handler attribute "onerror" is not allowed');
    expect(await error.textContent()).toContain('link: "javascript:" addresses are not allowed');
    expect(await error.textContent()).toContain('Main text, line 3: <b> is not allowed');
    const preview = page.locator('#editor-preview');
    expect(await preview.locator('img, b').count()).toBe(0);
    expect(await preview.locator('a').count()).toBe(0);
    expect(await preview.textContent()).toContain('<img src="x" onerror="alert(1)" />');
    // The refused <b> is shown as written, its word kept, with a note saying why.
    const refused = preview.locator('.refused', { hasText: 'bold' });
    expect(await refused.locator('code').textContent()).toBe('<b>bold</b>');
    expect(await refused.locator('.refused-note').textContent()).toMatch(/shown as written/);
    expect(await preview.locator('p', { hasText: 'Some' }).textContent()).toMatch(/^Some <b>bold<\/b>.* words\.$/);
  });

  it('a web address name that is taken is reported, and switching collection keeps the shared fields', async () => {
    const { page } = session;
    await page.goto(`${base}/contribute/new/`);
    await page.locator('#editor-reset').click();
    await page.locator('#editor-collection').selectOption('organizations');
    const taken = idsOf('organizations')[0];
    await page.locator('#f-title').fill('Zz Another Test');
    await page.locator('#editor-slug').fill(taken);
    await page.locator('#editor-slug').blur();
    await expect.poll(() => page.locator('#editor-slug-error').textContent())
      .toBe(`Error: There is already an organization at /organizations/${taken}/: choose another web address name, or edit that entry instead`);
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

  it.each([320, 375])('fits a %i px phone, with rows of every kind added and problems showing', async (width) => {
    const { page } = session;
    await page.setViewportSize({ width, height: 640 });
    await page.goto(`${base}/contribute/new/`);
    await page.locator('#editor-reset').click();
    await page.locator('#editor-collection').selectOption('projects');
    await page.locator('#f-title').fill('A long title for a test project about civil society in Tajikistan');
    await openOptional();
    for (const list of ['sources', 'organizations', 'people', 'figures', 'disagreements']) await page.locator(`#f-${list}-add`).click();
    await page.locator('#f-disagreements-0-versions-add').click();
    await page.locator('#editor-check').click();
    await page.locator('#f-summary-error').waitFor();
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    // On a phone the preview comes below the form.
    const form = (await page.locator('#editor-form').boundingBox())!;
    const preview = (await page.locator('#editor-preview').boundingBox())!;
    expect(preview.y).toBeGreaterThanOrEqual(form.y + form.height);
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('puts the preview beside the form on a wide screen (1100 px and more)', async () => {
    const { page } = session;
    for (const [width, beside] of [[1100, true], [1099, false], [1280, true]] as const) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${base}/contribute/new/`);
      await page.locator('#editor-form').waitFor();
      const form = (await page.locator('#editor-form').boundingBox())!;
      const preview = (await page.locator('#editor-preview').boundingBox())!;
      expect(preview.x >= form.x + form.width && preview.y < form.y + form.height, `${width} px`).toBe(beside);
    }
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it("the editor's scripts load on /contribute/new/ (in each language) and on no other page", () => {
    const scripts = [...builtHtml('/contribute/new/').matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.length).toBe(2); // the form, and the MDX parser for the body
    // The Russian edition's editor page (/ru/contribute/new/) is the same page and loads the same scripts.
    for (const script of scripts) expect(builtPages().filter((p) => builtHtml(p).includes(script)), script).toEqual(['/contribute/new/', '/ru/contribute/new/']);
  });
});

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.each(['light', 'dark'] as const)('entry editor, axe: %s scheme', (scheme) => {
  it('has no WCAG 2.2 AA violations, with rows added, problems and the error summary showing', async () => {
    const { page } = session;
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${base}/contribute/new/`);
    await page.locator('#editor-reset').click();
    await page.locator('#editor-collection').selectOption('projects');
    await page.locator('#f-title').fill('Zz Axe Test');
    await page.locator('#f-sources-add').click();
    await openOptional();
    await page.locator('#f-organizations-add').click();
    await page.locator('#f-figures-add').click();
    await page.locator('#editor-body').fill('## Heading\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nSome <b>bold</b> words.\n');
    await page.locator('#editor-check').click();
    await page.locator('#f-summary-error').waitFor();
    await page.locator('#editor-error-summary').waitFor();
    await page.evaluate(axeSource);
    expect(await htmlProblems(await page.content(), `/contribute/new/ (${scheme}, with problems showing)`, { serialized: true })).toEqual([]);
    const violations = await page.evaluate(async () => {
      const result = await (window as any).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
      return result.violations.map((v: any) => `${v.id}: ${v.help} (${v.nodes.map((n: any) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    });
    expect(violations).toEqual([]);
  });
});
