// "Translate an existing entry" in the entry editor (/contribute/new/, /ru/contribute/new/) in Chromium:
// the author picks a real entry, the browser fetches its record and English body and writes the start of
// its translation, which must pass the translation checks beside the real content and be exactly what
// `npm run translate` writes (fingerprint included); copy, download and the pull-request link hand it over.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { parseContentFile, readContentTree, type ContentFile } from '../../src/lib/content-files.ts';
import { startTranslations } from '../../src/lib/translate.ts';
import { formatProblem, validateContent } from '../../src/lib/validate.ts';
import { t } from '../../src/i18n/index.ts';
import { SITE_CONFIG } from '../../src/site.config.ts';
import { ROOT, usePage } from '../helpers.ts';
import { htmlProblems } from '../html-rules.ts';

const base = inject('baseUrl');
const session = usePage({ acceptDownloads: true });
const tree = readContentTree(ROOT);
const d = (f: ContentFile) => (f.data ?? {}) as Record<string, any>;
// A real entry with list words, aliases and inference reasons and a body (every entry has a Russian
// translation today: the file produced takes its place in the checks).
const entry = tree.files.find((f) => !f.lang && f.body.trim() && d(f).events?.length && d(f).inferred && d(f).aliases?.length)
  ?? tree.files.find((f) => !f.lang && f.body.trim() && d(f).events?.length)!;
const key = `${entry.collection}/${entry.id}`;
const FILE = `content/ru/${key}.mdx`;

/** What `npm run translate -- <collection>/<id>` writes for the entry, in a scratch copy of the repository. */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-editor-tr-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
function cliFile(): string {
  fs.mkdirSync(path.join(scratch, 'content', entry.collection), { recursive: true });
  fs.copyFileSync(path.join(ROOT, entry.file), path.join(scratch, entry.file));
  expect(startTranslations(scratch, 'ru', [key], { log: () => {}, error: (l) => { throw new Error(l); } })).toBe(0);
  return fs.readFileSync(path.join(scratch, FILE), 'utf8');
}

async function startTranslation(page: string) {
  const p = session.page;
  await p.goto(`${base}${page}`);
  await p.locator('#translate-entry').selectOption(key);
  await p.locator('#translate-start').click();
  await p.locator('#translate-output').waitFor();
  return p.locator('#translate-file').inputValue();
}

describe('entry editor: translate an existing entry', () => {
  it(`starts the translation of a real entry (${key}): the file passes the translation checks and is what \`npm run translate\` writes`, async () => {
    const { page } = session;
    const text = await startTranslation('/contribute/new/');
    const w = t('en').pages.editorTranslate;
    expect(await page.locator('#translate-status').textContent()).toBe(w.started.replace('{title}', String(d(entry).title)));
    expect(await page.locator('#translate-status [lang]').count()).toBe(0); // English on the English page

    // Beside the real content (the tree, with this file in place of the entry's translation), the translation checks pass.
    const file: ContentFile = { ...parseContentFile(entry.collection, FILE, text), lang: 'ru' };
    expect(file.syntaxErrors).toEqual([]);
    expect(validateContent([...tree.files.filter((f) => f.file !== FILE), file], tree).problems.map(formatProblem)).toEqual([]);
    // The English words to write over, and the body.
    expect((file.data as any).title).toBe(d(entry).title);
    expect((file.data as any).events).toEqual(d(entry).events.map((e: any) => e.what));
    expect(file.body.trim()).toBe(entry.body.trim());

    // The same file as the command line's, so the same fingerprint.
    const cli = cliFile();
    expect(text).toBe(cli);
    const fingerprint = (s: string) => /^englishVersion: "([0-9a-f]{8})"$/m.exec(s)?.[1];
    expect(fingerprint(text)).toBeDefined();
    expect(fingerprint(text)).toBe(fingerprint(cli));

    // Handed over: where it belongs, the pull-request link with the file, download, copy.
    expect(await page.locator('#translate-path').textContent()).toBe(FILE);
    const href = (await page.locator('#translate-pr').getAttribute('href'))!;
    expect(href.startsWith(`${SITE_CONFIG.repository}/new/${SITE_CONFIG.branch}?`)).toBe(true);
    expect(new URL(href).searchParams.get('filename')).toBe(FILE);
    expect(new URL(href).searchParams.get('value')).toBe(text);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#translate-download').click()]);
    expect(download.suggestedFilename()).toBe(`${entry.id}.mdx`);
    expect(fs.readFileSync((await download.path())!, 'utf8')).toBe(text);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await page.locator('#translate-copy').click();
    await expect.poll(() => page.locator('#translate-action-status').textContent()).toBe(w.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

    // Written over, the file the link proposes follows.
    const written = text.replace(`title: ${JSON.stringify(d(entry).title)}`, 'title: "Перевод"');
    await page.locator('#translate-file').fill(written);
    await expect.poll(async () => new URL((await page.locator('#translate-pr').getAttribute('href'))!).searchParams.get('value')).toBe(written);
  });

  it('asks for an entry when none is chosen', async () => {
    const { page } = session;
    await page.goto(`${base}/contribute/new/`);
    await page.locator('#translate-start').click();
    expect(await page.locator('#translate-status').textContent()).toBe(t('en').pages.editorTranslate.chooseFirst);
    expect(await page.locator('#translate-output').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('translate-entry');
  });

  it('offers every entry, grouped by collection', async () => {
    const { page } = session;
    await page.goto(`${base}/contribute/new/`);
    await page.locator('#translate-entry optgroup').first().waitFor({ state: 'attached' });
    const values = await page.locator('#translate-entry option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(values.sort()).toEqual(tree.files.filter((f) => !f.lang).map((f) => `${f.collection}/${f.id}`).sort());
  });

  it('on the Russian editor page: Russian words, English titles marked lang="en", the same file', async () => {
    const { page } = session;
    const text = await startTranslation('/ru/contribute/new/');
    const w = t('ru').pages.editorTranslate;
    expect(await page.locator('#translate-heading').textContent()).toBe(w.heading);
    expect(await page.locator('#translate-start').textContent()).toBe(w.start);
    expect(await page.locator('#translate-status').textContent()).toBe(w.started.replace('{title}', String(d(entry).title)));
    expect(await page.locator(`#translate-entry option[value="${key}"]`).getAttribute('lang')).toBe('en');
    expect(await page.locator('#translate-status span[lang="en"]').textContent()).toBe(d(entry).title);
    expect(await page.locator('#translate-file-hint code').textContent()).toBe('englishVersion');
    expect(text).toBe(cliFile());
  });

  it('fits a 320 px phone with the file showing', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 320, height: 640 });
    await startTranslation('/ru/contribute/new/');
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    await page.setViewportSize({ width: 1280, height: 720 });
  });
});

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.each(['light', 'dark'] as const)('translate an existing entry, axe: %s scheme', (scheme) => {
  it('has no WCAG 2.2 AA violations with the translation file showing', async () => {
    const { page } = session;
    await page.emulateMedia({ colorScheme: scheme });
    await startTranslation('/contribute/new/');
    await page.evaluate(axeSource);
    expect(await htmlProblems(await page.content(), `/contribute/new/ (${scheme}, translation showing)`, { serialized: true })).toEqual([]);
    const violations = await page.evaluate(async () => {
      const result = await (window as any).axe.run(document.getElementById('editor-translate'), { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
      return result.violations.map((v: any) => `${v.id}: ${v.help} (${v.nodes.map((n: any) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    });
    expect(violations).toEqual([]);
  });
});
