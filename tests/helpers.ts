// Shared by the tests: the real content, the built site, and a headless Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { readContent } from '../src/lib/content-files.ts';
import { validateContent } from '../src/lib/validate.ts';
import { buildGraph, type Entry } from '../src/lib/graph.ts';
import { HUB_LIST_CAP, isSummarized, SUMMARIZED_LIST_CAP } from '../src/lib/hub-lists.ts';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const DIST = path.resolve(ROOT, process.env.DIST ?? 'dist'); // DIST=/tmp/x tests another build

export const contentFiles = () => readContent(ROOT);

/** The real content, validated, as the graph the pages use. */
export function realGraph() {
  const { entries, problems } = validateContent(contentFiles());
  if (problems.length) throw new Error(`content has problems: ${problems.map((p) => p.message).join('; ')}`);
  return buildGraph(entries);
}

/**
 * Hand-made entries holding only the fields a test reads, as graph entries: what a test leaves out of an
 * entry's data is not checked against its collection's schema (realGraph gives entries that are).
 */
export const fixtureEntries = (entries: object[]): Entry[] => entries as Entry[];

/** The most items an entry page shows of one of `hub`'s lists (`slug`: "projects", "cited-by"): fewer where they carry summaries. */
export const listCapOf = (hub: Pick<Entry, 'collection'>, slug: string) => (isSummarized(hub, slug) ? SUMMARIZED_LIST_CAP : HUB_LIST_CAP);

/** Every built HTML file, as a site path ("/projects/x/"). */
export function builtPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) out.push(`/${path.relative(DIST, p).split(path.sep).join('/')}`.replace(/index\.html$/, ''));
    }
  };
  walk(DIST);
  return out.sort();
}

// Debian's Chromium without the browser's window and UI layers (package chromium-headless-shell; what Playwright
// itself runs headless): the same engine, build and version as /usr/bin/chromium, at about a fifth less CPU
// for the same tests (axe 30.5 → 25.9 s, the responsive checks 21.3 → 15.8 s, 7 December). The full browser
// where the shell is not installed; CHROMIUM_PATH chooses another.
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? (fs.existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** The HTML of a built page, by its site path. */
export const builtHtml = (page: string) => fs.readFileSync(path.join(DIST, page.endsWith('/') ? `${page}index.html` : page), 'utf8');

/** One Chromium and one page per test file, opened before its tests and closed after. */
export function usePage(options: Parameters<Browser['newPage']>[0] = {}) {
  const session = {} as { browser: Browser; page: Page };
  beforeAll(async () => {
    session.browser = await launchBrowser();
    session.page = await session.browser.newPage(options);
  });
  afterAll(() => session.browser?.close());
  return session;
}
