// The entry pages' cache keys, kept between builds. A page's key is the digest of its view (pageKeyOf in
// src/lib/page-key.ts), and building every view to find the few that changed was most of the entry routes'
// time in a rebuild (at 10,000 entries, 6 to 7 s of both languages' 20,000 views and keys after a one-line
// body edit). A view is a function of its inputs (sharedViewInputsOf and ownViewInputsOf in
// src/lib/entry-page-view.ts) and of the code that builds it, so the key a page had is its key again when
// neither changed: this keeps, per language, each page's key with the digest of its own inputs, under the
// digest of the shared ones and of the code. A page whose inputs changed, or every page when the shared ones
// or the code did, has its view built and its key made again; the view goes with it to the page, which
// builds it itself otherwise, only if Astro renders it.
import path from 'node:path';
import { projectCodeDigest } from './source-digest.ts';
import { buildCacheDir, readKeptFor, writeKeptFor } from './build-cache.ts';
import { entryPageViewOf, ownViewInputsOf, sharedViewInputsOf, type PageCatalogue, type PageEntry } from '../lib/entry-page-view.ts';
import { pageKeyOf } from '../lib/page-key.ts';
import type { Lang } from '../i18n/langs.ts';

/** What is kept, under the shared inputs' digest: each page's own inputs' digest with its key. */
type KeyRecord = Record<string, [own: string, key: string]>;

export interface KeyedPage<V> {
  key: string;
  /** The view, when it was built to make the key; left for the page to build otherwise. */
  view?: V;
}

/**
 * The key of each page: kept from the last build where its inputs are the same, made from its view
 * otherwise. `file` holds the record, `shared` digests what every page reads; each page has an `id`, the
 * digest of its `own` inputs, and a way to build its view and to make its key from that view.
 */
export function keysOfPages<V>(file: string, shared: string, pages: { id: string; own: string; view: () => V }[], keyOf: (view: V) => string): KeyedPage<V>[] {
  const before = readKeptFor<KeyRecord>(file, shared);
  const record: KeyRecord = {};
  let made = 0;
  const keyed = pages.map(({ id, own, view: build }) => {
    const kept = before?.[id];
    if (kept && kept[0] === own) {
      record[id] = kept;
      return { key: kept[1] };
    }
    const view = build();
    const key = keyOf(view);
    record[id] = [own, key];
    made++;
    return { key, view };
  });
  if (made > 0 || !before || Object.keys(before).length !== pages.length) writeKeptFor(file, shared, record);
  return keyed;
}

/** Where a language's entry page keys are kept, under the project at `root`. */
export const pageKeysFile = (root: string, lang: string) => path.join(buildCacheDir(root, 'civic-atlas-page-keys'), `${lang}.json`);

/** The code that builds an entry page's view and its key: these modules and what they import (the catalogue and graph included). */
const VIEW_CODE = ['src/lib/entry-page-view.ts', 'src/lib/page-key.ts', 'src/data/catalogue.ts', 'src/data/entry-page-keys.ts'];

/**
 * Every entry page of a catalogue with its key, and its view where the key needed it: what the entry route's
 * getStaticPaths returns (src/pages/[collection]/[slug].astro).
 */
export function entryPagesOf(
  catalogue: PageCatalogue & { entries: PageEntry[] }, lang: Lang, site: string | URL | undefined, accessed: string,
  { root = process.cwd(), file = pageKeysFile(root, lang) }: { root?: string; file?: string } = {},
) {
  const shared = pageKeyOf({ code: projectCodeDigest(root, VIEW_CODE), inputs: sharedViewInputsOf(catalogue, lang, site, accessed) });
  const keyed = keysOfPages(
    file,
    shared,
    catalogue.entries.map((entry) => ({ id: `${entry.collection}/${entry.id}`, own: ownViewInputsOf(catalogue, entry), view: () => entryPageViewOf(catalogue, entry, lang, site, accessed) })),
    pageKeyOf,
  );
  return catalogue.entries.map((entry, i) => ({ entry, ...keyed[i] }));
}
