// Pages of long lists in a real browser, on a fixture site: the real content plus 350 small made-up projects
// and subprojects (the real catalogue fits every list on one page). Collection indexes and timelines are
// followed page by page through their pagers, as a reader would, with and without JavaScript. Sixty of the
// projects are about one theme, so the search for the theme's name has many pages that match it as well.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPages, DIST, launchBrowser, ROOT, usePage } from '../helpers.ts';
import { fixtureSite, type FixtureFile, type FixtureSite } from '../fixture-site.ts';
import { readContent } from '../../src/lib/content-files.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { buildGraph } from '../../src/lib/graph.ts';
import { LIST_PAGE_SIZE } from '../../src/lib/paging.ts';
import { TIMELINE_PAGE_SIZE, timeline, timelinePages } from '../../src/lib/timeline.ts';
import { YEAR_PAGE_SIZE, yearHubs } from '../../src/lib/years.ts';
import { RANKING } from '../../src/scripts/search-page.ts';

const pad = (n: number) => String(n).padStart(3, '0');
const SOURCE = fs.readdirSync(path.join(ROOT, 'content', 'sources'))[0].replace(/\.mdx$/, '');
const COUNTRY = 'kazakhstan';
const PROJECTS = 230;
const SUBPROJECTS = 120;
/** Most fixture projects start in 2021, more than a timeline page holds, so that year is split into parts. */
const CROWDED = 2021;
/**
 * Fixture projects named after a theme (a catalogue's many "… on freedom of the media" projects): the search
 * for the theme's own name must still put the theme's page first, though each of them matches the words too.
 */
const THEME = { id: 'freedom-of-the-media', title: 'Freedom of the media', named: 60 };
const entry = (data: Record<string, unknown>, body = 'A made-up entry for the paging tests.') => `---\n${Object.entries(data).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\n---\n${body}\n`;
/** A fixture project's body that names the theme as often as a real project about it would. */
const themeBody = (i: number) => {
  const name = THEME.title.toLowerCase();
  return [`## Made-up project ${i} on ${name}`, `Work on ${name} in the region, with groups that defend ${name}.`, `Participants discussed ${name} and media freedom laws.`,
    `## Results`, `Training on ${name} for journalists; research on ${name}; a campaign for ${name} and freedom of expression.`].join('\n\n');
};
const FILES: FixtureFile[] = [
  ...Array.from({ length: PROJECTS }, (_, i) => ({
    file: `content/projects/paging-p-${pad(i)}.mdx`,
    text: entry({
      title: `Paging fixture project ${pad(i)}${i < THEME.named ? ` on ${THEME.title.toLowerCase()}` : ''}`, summary: i < THEME.named ? `A made-up project on ${THEME.title.toLowerCase()}.` : 'A made-up project.', sources: [SOURCE], kind: 'event', countries: [COUNTRY],
      ...(i < THEME.named ? { themes: [THEME.id] } : {}),
      start: i < 210 ? `${CROWDED}-${String((i % 12) + 1).padStart(2, '0')}` : String(2000 + (i % 16)),
    }, i < THEME.named ? themeBody(i) : undefined),
  })),
  ...Array.from({ length: SUBPROJECTS }, (_, i) => ({
    file: `content/subprojects/paging-s-${pad(i)}.mdx`,
    text: entry({
      title: `Paging fixture subproject ${pad(i)}`, summary: 'A made-up subproject.', sources: [SOURCE],
      project: `paging-p-${pad(i)}`, order: 1, start: `${2000 + (i % 16)}-06`,
    }),
  })),
];

let site: FixtureSite;
let base = '';
const session = usePage();
let graph: ReturnType<typeof buildGraph>;

beforeAll(async () => {
  site = await fixtureSite(FILES);
  base = site.baseUrl;
  const { entries, problems } = validateContent(readContent(site.dir));
  expect(problems).toEqual([]);
  graph = buildGraph(entries);
}, 300_000);
afterAll(() => site?.close());

const hrefsIn = (page: Page, selector: string) => page.locator(selector).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));

/** Every page of a list from its first, following the pager's "Next page" link; what each page lists. */
async function walk(page: Page, first: string, rows: string) {
  const visited: { url: string; rows: string[] }[] = [];
  await page.goto(`${base}${first}`);
  for (;;) {
    visited.push({ url: new URL(page.url()).pathname, rows: await hrefsIn(page, rows) });
    const next = page.locator('nav.pager a[rel="next"]');
    if (!(await next.count())) break;
    const href = await next.getAttribute('href');
    await next.click();
    await page.waitForURL(`**${href}`);
    expect(visited.length).toBeLessThan(50);
  }
  return visited;
}

describe('a collection index of several pages', () => {
  for (const collection of ['projects', 'subprojects'] as const) {
    it(`/${collection}/: every entry once across its pages, ${LIST_PAGE_SIZE} to a page, in the index's order`, async () => {
      const files = readContent(site.dir).filter((f) => f.collection === collection);
      const pages = await walk(session.page, `/${collection}/`, 'main ul.entry-list > li > a');
      const last = Math.ceil(files.length / LIST_PAGE_SIZE);
      expect(last).toBeGreaterThan(1);
      expect(pages.map((p) => p.url)).toEqual(Array.from({ length: last }, (_, i) => (i ? `/${collection}/${i + 1}/` : `/${collection}/`)));
      const all = pages.flatMap((p) => p.rows);
      expect(all.length).toBe(files.length);
      expect([...all].sort()).toEqual(files.map((f) => `/${collection}/${f.id}/`).sort());
      // Projects by title; subprojects under their project (projects by title), each project's in its own order.
      const expected = collection === 'projects' ? graph.list('projects')
        : graph.list('projects').flatMap((p) => graph.list('subprojects').filter((s) => s.data.project.id === p.id).sort((a, b) => a.data.order - b.data.order));
      expect(all).toEqual(expected.map((e) => `/${collection}/${e.id}/`));
      for (const p of pages.slice(0, -1)) expect(p.rows.length).toBe(LIST_PAGE_SIZE);
    });
  }

  it('says where the reader is, links the pages by number, and each page names itself', async () => {
    const { page } = session;
    const total = graph.list('projects').length;
    const last = Math.ceil(total / LIST_PAGE_SIZE);
    await page.goto(`${base}/projects/2/`);
    expect(await page.locator('h1').textContent()).toBe(`Projects (${total})`);
    expect(await page.title()).toBe(`Projects, page 2 of ${last} — Civic Atlas`);
    const pager = page.locator('nav.pager');
    expect(await pager.getAttribute('aria-label')).toBe('Pages of projects');
    expect(await pager.locator('.pager-where').textContent()).toBe(`Page 2 of ${last}`);
    expect(await pager.locator('[aria-current="page"]').textContent()).toBe('2');
    expect(await hrefsIn(page, 'nav.pager .pager-pages a')).toEqual(Array.from({ length: last }, (_, i) => (i ? `/projects/${i + 1}/` : '/projects/')));
    // rel=prev/next in the head as in the pager; the page is its own canonical address.
    expect(await page.locator('head link[rel="prev"]').getAttribute('href')).toBe('/projects/');
    expect(await page.locator('head link[rel="next"]').getAttribute('href')).toBe('/projects/3/');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/projects\/2\/$/);
    // The search page narrowed to projects, for narrowing by more than title.
    expect(await page.getByRole('link', { name: 'search the projects' }).getAttribute('href')).toBe('/search/?type=Project');
    // Page numbers and "Previous page" work.
    await pager.getByRole('link', { name: `Page ${last}`, exact: true }).click();
    await page.waitForURL(`**/projects/${last}/`);
    expect(await page.locator('nav.pager [aria-current="page"]').textContent()).toBe(String(last));
    expect(await page.locator('nav.pager a[rel="next"]').count()).toBe(0);
    await page.locator('nav.pager a[rel="prev"]').click();
    await page.waitForURL(`**/projects/${last - 1}/`);
    await page.locator('.breadcrumbs').getByRole('link', { name: 'Projects' }).click();
    await page.waitForURL('**/projects/');
    expect(await page.locator('head link[rel="prev"]').count()).toBe(0);
  });

  it('a small collection is one page, as before: no pager, no page links', async () => {
    const { page } = session;
    await page.goto(`${base}/missions/`);
    expect(await page.locator('main ul.entry-list > li').count()).toBe(graph.list('missions').length);
    expect(await page.locator('nav.pager').count()).toBe(0);
    expect(await page.locator('head link[rel="next"]').count()).toBe(0);
    expect(await page.title()).toBe('Missions — Civic Atlas');
  });

  it('a hub’s long full list uses the same pager', async () => {
    const pages = await walk(session.page, `/countries/${COUNTRY}/projects/`, 'main ul.entry-list > li > a');
    const linked = graph.list('projects').filter((p) => (p.data.countries ?? []).some((c: { id: string }) => c.id === COUNTRY));
    expect(pages.length).toBe(Math.ceil(linked.length / LIST_PAGE_SIZE));
    expect(pages.flatMap((p) => p.rows).sort()).toEqual(linked.map((p) => `/projects/${p.id}/`).sort());
  });
});

describe('a timeline of several pages', () => {
  const timelines = [
    { first: '/timeline/', filter: undefined },
    { first: `/timeline/countries/${COUNTRY}/`, filter: { collection: 'countries', id: COUNTRY } as const },
  ];
  for (const { first, filter } of timelines) {
    it(`${first}: every dated item exactly once across its pages, at most ${TIMELINE_PAGE_SIZE} to a page, in date order`, async () => {
      const years = timeline(graph, filter);
      const expected = timelinePages(years);
      expect(expected.length).toBeGreaterThan(1);
      const pages = await walk(session.page, first, '.timeline li[data-type]:not([data-event]) a');
      expect(pages.map((p) => p.url)).toEqual(expected.map((_, i) => (i ? `${first}${i + 1}/` : first)));
      for (const p of pages) expect(p.rows.length).toBeLessThanOrEqual(TIMELINE_PAGE_SIZE);
      const all = pages.flatMap((p) => p.rows);
      expect(all).toEqual(years.flatMap((y) => y.items.filter((i) => !i.eventOf).map((i) => i.href)));
      expect(new Set(all).size).toBe(all.length);
    });
  }

  it('labels the parts of a year too long for a page, and its year index sends the reader to the right page', async () => {
    const { page } = session;
    const expected = timelinePages(timeline(graph));
    const crowded = expected.findIndex((p) => p.some((s) => s.year === String(CROWDED)));
    await page.goto(`${base}/timeline/`);
    const index = page.locator('nav.timeline-index');
    expect(await index.locator('li').count()).toBe(timeline(graph).length);
    const link = index.getByRole('link', { name: String(CROWDED), exact: true });
    expect(await link.getAttribute('href')).toBe(`/timeline/${crowded ? `${crowded + 1}/` : ''}#y${CROWDED}`);
    expect(await link.locator('xpath=..').locator('.count').textContent()).toBe(`pages ${crowded + 1}–${crowded + 2}`);
    await link.click();
    await page.waitForURL(`**#y${CROWDED}`);
    expect(await page.locator(`#y${CROWDED}`).textContent()).toBe(`${CROWDED} (part 1 of 2)`);
    await page.locator('nav.pager a[rel="next"]').click();
    expect(await page.locator(`#y${CROWDED}-2`).textContent()).toBe(`${CROWDED} (part 2 of 2)`);
    expect(await page.locator('nav.pager .pager-where').textContent()).toMatch(new RegExp(`^Page ${crowded + 2} of ${expected.length}: .*${CROWDED} \\(part 2 of 2\\)`));
  });

  it('narrows the page it is on, says so, keeps the choice along the pager, and points to the country’s whole timeline', async () => {
    const { page } = session;
    const [first] = timelinePages(timeline(graph));
    const onFirst = first.flatMap((s) => s.items).filter((i) => !i.eventOf); // entries, not the dated events inside them
    const mine = onFirst.filter((i) => i.countries.includes(COUNTRY)).map((i) => i.href);
    await page.goto(`${base}/timeline/`);
    const status = page.locator('.timeline-filter [role="status"]');
    expect(await status.textContent()).toBe(`Showing all ${onFirst.length} entries on this page.`);
    await page.getByLabel('Country').selectOption(COUNTRY);
    await page.waitForURL(`**/timeline/?country=${COUNTRY}`);
    expect(await status.textContent()).toBe(`Showing ${mine.length} of ${onFirst.length} entries on this page.`);
    expect((await hrefsIn(page, '.timeline li[data-type]:not([data-event]):visible a')).sort()).toEqual([...mine].sort());
    const elsewhere = page.locator('.timeline-filter-elsewhere a');
    expect(await elsewhere.getAttribute('href')).toBe(`/timeline/countries/${COUNTRY}/`);
    expect(await elsewhere.textContent()).toBe('Timeline: Kazakhstan');
    expect(await page.locator('nav.pager a[rel="next"]').getAttribute('href')).toBe(`/timeline/2/?country=${COUNTRY}`);
    await page.locator('nav.pager a[rel="next"]').click();
    await page.waitForURL(`**/timeline/2/?country=${COUNTRY}`);
    expect(await page.getByLabel('Country').inputValue()).toBe(COUNTRY);
    expect(await status.textContent()).toMatch(/ entries on this page\.$|^No entries on this page match/);
  });

  it('without JavaScript every page is reachable by plain links, and the filter form stays hidden', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ javaScriptEnabled: false });
      const expected = timelinePages(timeline(graph));
      const seen: string[] = [];
      let url: string | null = '/timeline/';
      while (url) {
        await page.goto(`${base}${url}`);
        expect(await page.locator('form.timeline-filter').isVisible()).toBe(false);
        seen.push(...await hrefsIn(page, '.timeline li[data-type]:not([data-event]) a'));
        const next = page.locator('nav.pager a[rel="next"]');
        url = (await next.count()) ? await next.getAttribute('href') : null;
      }
      expect(seen).toEqual(expected.flat().flatMap((s) => s.items.filter((i) => !i.eventOf).map((i) => i.href)));
    } finally {
      await browser.close();
    }
  });

  it('the pager has no WCAG 2.2 AA violations', async () => {
    const axe = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    for (const url of ['/projects/2/', '/timeline/2/']) {
      await session.page.goto(`${base}${url}`);
      await session.page.evaluate(axe);
      const violations = await session.page.evaluate(async () => {
        const result = await (window as any).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
        return result.violations.map((v: any) => `${v.id}: ${v.help} (${v.nodes.map((n: any) => n.target.join(' ')).slice(0, 3).join(', ')})`);
      });
      expect(violations, url).toEqual([]);
    }
  });
});

describe('a year hub of several pages', () => {
  it(`/years/${CROWDED}/: every entry of the year once across its pages, at most ${YEAR_PAGE_SIZE} to a page, in the hub's order`, async () => {
    const hub = yearHubs(graph).find((h) => h.year === CROWDED)!;
    expect(hub.count).toBeGreaterThan(YEAR_PAGE_SIZE);
    const pages = await walk(session.page, `/years/${CROWDED}/`, 'main section li > a');
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[1].url).toBe(`/years/${CROWDED}/2/`);
    for (const p of pages) expect(p.rows.length).toBeLessThanOrEqual(YEAR_PAGE_SIZE);
    expect(pages.flatMap((p) => p.rows)).toEqual(hub.groups.flatMap((g) => g.items.map((i) => i.href)));
    // The years either side stay linked from every page, without claiming rel=prev/next from the pager.
    expect(await session.page.getByRole('navigation', { name: 'Other years' }).locator('a[rel]').count()).toBe(0);
  });
});

describe('page sizes', () => {
  // A list page is LIST_PAGE_SIZE rows of at most some 600 bytes (a summary is at most 400 characters) and a
  // timeline page TIMELINE_PAGE_SIZE rows of some 300, plus the frame: both well inside these budgets at any N.
  const BUDGET = { list: 80 * 1024, timeline: 100 * 1024 };
  const sizeOf = (dist: string, page: string) => fs.statSync(path.join(dist, page, 'index.html')).size;
  const overviews = (pages: string[]) => pages.filter((p) => /^\/(missions|projects|subprojects|organizations|people|countries|themes|sources)\/(\d+\/)?$|^\/timeline\/|^\/years\/\d{4}\//.test(p));

  it('every collection index and timeline page of the fixture site stays within its budget', () => {
    const pages = overviews(builtPagesIn(site.dist));
    expect(pages).toContain('/projects/3/');
    expect(pages).toContain('/timeline/2/');
    expect(pages).toContain(`/years/${CROWDED}/2/`);
    const over = pages.map((p) => ({ p, bytes: sizeOf(site.dist, p) }))
      .filter(({ p, bytes }) => bytes > (p.startsWith('/timeline/') ? BUDGET.timeline : BUDGET.list));
    expect(over).toEqual([]);
  });

  it('and so does every one of the real site', () => {
    const pages = overviews(builtPages());
    expect(pages).toContain('/timeline/');
    for (const p of pages) expect(sizeOf(DIST, p), p).toBeLessThanOrEqual(p.startsWith('/timeline/') ? BUDGET.timeline : BUDGET.list);
  });
});

/** Every built HTML page of a dist folder, as a site path. */
function builtPagesIn(dist: string): string[] {
  return fs.readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `/${f.split(path.sep).join('/').replace(/index\.html$/, '')}`);
}

describe('a hub among many entries that share its name', () => {
  it(`"${THEME.title}" on the search page finds the theme first, ahead of ${THEME.named} projects named after it`, async () => {
    const { page } = session;
    await page.goto(`${base}/search/`);
    // The premise: by Pagefind's own ranking, the theme is not among the first results.
    // (A string, so that vitest leaves the page's own import() alone.)
    const ranked: string[] = await page.evaluate(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      await pf.options({ ranking: ${JSON.stringify(RANKING)} });
      const search = await pf.search(${JSON.stringify(THEME.title)});
      return Promise.all(search.results.slice(0, 10).map(async (r) => (await r.data()).url));
    })()`);
    expect(ranked.slice(0, 10)).not.toContain(`/themes/${THEME.id}/`);
    await page.goto(`${base}/search/?q=${encodeURIComponent(THEME.title)}`);
    const first = page.locator('#search-results > li h2 a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toBe(`/themes/${THEME.id}/`);
    // And the projects named after it are found too, after it.
    const hrefs = await hrefsIn(page, '#search-results > li h2 a');
    expect(hrefs.filter((h) => h.startsWith('/projects/paging-p-')).length).toBeGreaterThan(3);
  });
});
