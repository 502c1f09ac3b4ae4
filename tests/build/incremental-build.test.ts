// An incremental build is a clean build, faster: two copies of the site take the same random edits (a body, a
// title, a reference, a new entry, a deleted entry, a renamed file), one rebuilt on its caches
// (node_modules/.astro: the content store and the pages' cache keys), the other built from nothing after
// each edit, and their dist/ folders must be identical to the byte: every page, data file, citation file and
// the search index. SOURCE_DATE_EPOCH fixes the build date, which /data/ and the citations show.
//
// One edit loses Astro's record of its pages while ours of their keys is kept: every page is rendered again,
// from the kept keys. A last edit changes the Markdown processor's code instead of the content: every body
// must be rendered again.
//
// The edits are drawn at random from a seed (INCREMENTAL_SEED, else a new one, printed on failure) among the
// edits an author could make that keep the catalogue valid.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, copySite } from '../fixture-site.ts';
import { outputDifferences } from '../dir-compare.ts';
import { readContent } from '../../src/lib/content-files.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { buildGraph, keyOf, type Entry } from '../../src/lib/graph.ts';

const SEED = Number(process.env.INCREMENTAL_SEED ?? Math.floor(Math.random() * 2 ** 31));
// 2025-12-01; and the search index cut into shards, as a large catalogue's is (src/lib/search-shards.ts), so
// that keeping the unchanged ones is proved too.
const ENV = { SOURCE_DATE_EPOCH: '1764547200', SEARCH_PAGES_PER_SHARD: '24' };
const FORGET = ['node_modules/.astro', 'node_modules/.vite', 'dist'];

/** mulberry32: a small seeded generator, so a failing sequence of edits can be replayed. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { pick: <T,>(list: T[]): T => list[Math.floor(next() * list.length)] };
}

// The catalogue of a site copy, read as the tests read the real one.
function catalogueOf(dir: string) {
  const { entries } = validateContent(readContent(dir));
  return { entries, graph: buildGraph(entries) };
}
const fileOf = (dir: string, e: Pick<Entry, 'collection' | 'id'>, lang?: string) => path.join(dir, 'content', ...(lang ? [lang] : []), e.collection, `${e.id}.mdx`);
/** An entry's file with one frontmatter line replaced. */
function replaceLine(file: string, pattern: RegExp, make: (line: string) => string) {
  const text = fs.readFileSync(file, 'utf8');
  const match = pattern.exec(text);
  if (!match) throw new Error(`${file}: no line matching ${pattern}`);
  fs.writeFileSync(file, text.replace(pattern, make(match[0])));
}

/** `rendersAll`: an edit after which the rebuild renders every page again (nothing is kept by Astro). */
type Edit = { name: string; apply(dirs: string[]): string; rendersAll?: boolean };
let counter = 0;

/** The edits, each choosing its target from the catalogue as it stands (the same in both copies) and applying it to both. */
function edits(rng: ReturnType<typeof generator>): Edit[] {
  const unreferenced = (dir: string) => {
    const { entries, graph } = catalogueOf(dir);
    // Hubs (countries, themes, sources, organizations) stay: deleting or renaming one leaves references to it.
    return entries.filter((e) => ['projects', 'subprojects', 'people'].includes(e.collection) && graph.incoming(e).length === 0);
  };
  // A name the prose links (another entry's title): mentioning it adds a link, renaming it removes links.
  const mentionedTitle = (dir: string, except?: string) => {
    const { entries } = catalogueOf(dir);
    const bodies = readContent(dir).map((f) => f.body);
    const named = entries.filter((e) => keyOf(e) !== except && bodies.some((b) => b.includes(String(e.data.title))));
    return rng.pick(named.length ? named : entries);
  };
  return [
    {
      name: 'a body edit that names another entry',
      apply(dirs) {
        const { entries } = catalogueOf(dirs[0]);
        const target = rng.pick(entries);
        const named = mentionedTitle(dirs[0], keyOf(target));
        const paragraph = `\nAn added paragraph (${++counter}) about ${named.data.title}.\n`;
        for (const dir of dirs) fs.appendFileSync(fileOf(dir, target), paragraph);
        return `${keyOf(target)} names ${keyOf(named)}`;
      },
    },
    {
      name: 'a title edit of an entry other bodies name',
      apply(dirs) {
        const target = mentionedTitle(dirs[0]);
        const title = `Renamed entry ${++counter}`;
        for (const dir of dirs) replaceLine(fileOf(dir, target), /^title: .*$/m, () => `title: ${JSON.stringify(title)}`);
        return `${keyOf(target)} → "${title}"`;
      },
    },
    {
      name: 'a reference changed (one of an entry’s themes)',
      apply(dirs) {
        const { entries, graph } = catalogueOf(dirs[0]);
        const withThemes = entries.filter((e) => /^themes:\n {2}- /m.test(fs.readFileSync(fileOf(dirs[0], e), 'utf8')));
        const target = rng.pick(withThemes);
        const held = new Set((target.data.themes as { id: string }[]).map((t) => t.id));
        const theme = rng.pick(graph.list('themes').filter((t) => !held.has(t.id)));
        for (const dir of dirs) replaceLine(fileOf(dir, target), /^themes:\n {2}- .*$/m, () => `themes:\n  - ${theme.id}`);
        return `${keyOf(target)}: first theme → ${theme.id}`;
      },
    },
    {
      name: 'a new entry',
      apply(dirs) {
        const { graph } = catalogueOf(dirs[0]);
        const country = rng.pick(graph.list('countries'));
        const theme = rng.pick(graph.list('themes'));
        const named = mentionedTitle(dirs[0]);
        const id = `incremental-new-${++counter}`;
        const text = [
          '---', `title: "A new project ${counter}"`, 'summary: "A made-up project added between two builds."', 'sources:', '  - csp-project-2018-2019-page',
          'kind: event', `start: "2016"`, 'countries:', `  - ${country.id}`, 'themes:', `  - ${theme.id}`, '---',
          `A made-up project in ${country.data.title}, about ${named.data.title}.`, '',
        ].join('\n');
        for (const dir of dirs) fs.writeFileSync(path.join(dir, 'content', 'projects', `${id}.mdx`), text);
        return `projects/${id} in ${country.id}, naming ${keyOf(named)}`;
      },
    },
    {
      name: 'a deleted entry (with its translation)',
      apply(dirs) {
        const target = rng.pick(unreferenced(dirs[0]));
        for (const dir of dirs) for (const file of [fileOf(dir, target), fileOf(dir, target, 'ru')]) fs.rmSync(file, { force: true });
        return keyOf(target);
      },
    },
    {
      name: 'a renamed file (with its translation)',
      apply(dirs) {
        const target = rng.pick(unreferenced(dirs[0]));
        const id = `${target.id}-renamed`;
        for (const dir of dirs) {
          for (const lang of [undefined, 'ru']) {
            const from = fileOf(dir, target, lang);
            if (fs.existsSync(from)) fs.renameSync(from, fileOf(dir, { collection: target.collection, id }, lang));
          }
        }
        return `${keyOf(target)} → ${id}`;
      },
    },
    {
      // Astro's record of the pages it rendered lost (its cache pruned, or invalidated by an Astro upgrade) while
      // ours is kept: the keys of entry and list pages are then taken from our record without their views or
      // props, which the pages build for themselves when Astro renders them (src/data/entry-page-keys.ts,
      // src/data/list-page-keys.ts). With a body edit, so that our record is not simply the last build's.
      name: 'Astro’s page cache lost, ours kept (every page rendered from kept keys)',
      rendersAll: true,
      apply(dirs) {
        const { entries } = catalogueOf(dirs[0]);
        const target = rng.pick(entries);
        const paragraph = `\nAnother added paragraph (${++counter}).\n`;
        for (const dir of dirs) fs.appendFileSync(fileOf(dir, target), paragraph);
        for (const name of ['incremental-build.json', 'dist']) fs.rmSync(path.join(dirs[0], 'node_modules', '.astro', name), { recursive: true, force: true });
        return `${keyOf(target)}, and node_modules/.astro/incremental-build.json removed`;
      },
    },
    {
      // Not an author's edit but a developer's, with the cache kept between builds as CI keeps it: the bodies
      // were rendered by the old code, and none of their files changed.
      name: 'a change to the body renderer\'s code (the prose links switched off)',
      apply(dirs) {
        for (const dir of dirs) replaceLine(path.join(dir, 'src', 'integrations', 'remark-entry-links.ts'), /^\s*linkFirstMentions\(.*$/m, () => '    // (prose links switched off by the incremental-build test)');
        return 'src/integrations/remark-entry-links.ts';
      },
    },
  ];
}

let incremental: string, clean: string;
beforeAll(async () => {
  incremental = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-atlas-incremental-'));
  clean = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-atlas-clean-'));
  copySite(incremental);
  copySite(clean);
  await build(incremental, ENV);
}, 300_000);
afterAll(() => {
  if (process.env.INCREMENTAL_KEEP) return console.log(`kept ${incremental} and ${clean}`);
  for (const dir of [incremental, clean]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe(`an incremental build after each edit equals a clean build (INCREMENTAL_SEED=${SEED})`, () => {
  const rng = generator(SEED);
  for (const edit of edits(rng)) {
    it(edit.name, async () => {
      const what = edit.apply([incremental, clean]);
      for (const d of FORGET) fs.rmSync(path.join(clean, d), { recursive: true, force: true });
      // One build after the other: each already keeps more than one core busy (Vite's bundler, Pagefind and the
      // citation threads run beside the page renderer), and side by side the file took the same 81 s but 144 s
      // of CPU instead of 119, CPU the rest of the suite, running beside this file, is short of.
      const log = await build(incremental, ENV);
      await build(clean, ENV);
      const diff = outputDifferences(path.join(incremental, 'dist'), path.join(clean, 'dist'));
      expect(diff.slice(0, 8), `${what}; ${diff.length} files differ`).toEqual([]);
      // And it was incremental: most entry pages were kept ("cached") or copied back from the cache ("restored"), not rendered again.
      const restored = (log.match(/\((restored|cached)\)/g) ?? []).length;
      if (edit.rendersAll) expect(restored, what).toBe(0);
      else expect(restored, what).toBeGreaterThan(catalogueOf(incremental).entries.length);
      // And the search index kept shards: a body edit changes one English page (and its Russian twin when the
      // entry has no translation, whose page then shows the English text), so one shard of each at most.
      const shards = [...log.matchAll(/(\w+): \d+ pages in (\d+) shards; (\d+) indexed/g)].map(([, lang, count, indexed]) => ({ lang, count: Number(count), indexed: Number(indexed) }));
      expect(shards.map((s) => s.lang).sort(), what).toEqual(['en', 'ru']);
      for (const s of shards) expect(s.count, `${what}: ${s.lang} shards`).toBeGreaterThan(2);
      if (edit.name.startsWith('a body edit')) {
        for (const s of shards) {
          if (s.lang === 'en') expect(s.indexed, `${what}: en shards indexed again`).toBe(1);
          else expect(s.indexed, `${what}: ${s.lang} shards indexed again`).toBeLessThanOrEqual(1);
        }
      }
    }, 300_000);
  }
});
