// Loads every collection once per build and builds the link graph once per language; pages look things
// up here. The content's git history is read once too (one `git log`): it gives each file's "last
// updated" date and the changelog on /data/. Loading a language's catalogue also starts formatting its
// entries' citations on a thread of their own (citation-batch.ts): Astro lists every route's pages, which
// loads the catalogues, before it renders any, so the citations are ready by the first entry page.
//
// Another language's graph has the same entries, links and facts as the English one: only the words come
// from the translations (content/<lang>/…), so every list, hub and navigation shows translated titles.
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildGraph, type Entry, type Graph } from '../lib/graph.ts';
import { buildChangelog, readHistory, type Changelog } from '../lib/changelog.ts';
import { lastUpdatedOf } from '../lib/git-dates.ts';
import { localizedEntry } from '../lib/localize.ts';
import { contentTreeOf, englishFilesOf } from '../lib/content-files.ts';
import type { EntryData } from '../schemas/collections.ts';
import { englishVersionOf, type TranslationData } from '../schemas/translation.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/vocabularies.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/langs.ts';
import { readRenderedBody, type RenderedBody, type StoredEntry } from './rendered-bodies.ts';
import { titleOf } from '../lib/model.ts';
import { formatCitations } from './citation-batch.ts';
import type { Citations } from '../lib/citation.ts';

interface Catalogue {
  lang: Lang;
  graph: Graph;
  entries: CollectionEntry<CollectionName>[];
  /** Last commit date per content file (`content/<collection>/<slug>.mdx`, `content/ru/…`), where git knows it. */
  updated: Map<string, string>;
  changelog: Changelog;
  /** In another language: each entry's translation (to render its body), keyed "<collection>/<id>". */
  translations: Map<string, CollectionEntry<'ru'>>;
  /** An entry file's body as the content loader rendered it, read when its page is rendered. */
  bodyOf(file: StoredEntry): RenderedBody;
  /** Every entry's citations in this language, by citation key: formatting since the catalogue loaded. */
  citations: Promise<Map<string, Citations>>;
}
const catalogues = new Map<Lang, Promise<Catalogue>>();

/**
 * A collection entry as a graph node. Astro infers each collection's data from the same schemas
 * (src/content.config.ts builds them with makeSchemas), so it is the graph's EntryData: checked below, which
 * is what lets the generic entry be taken as the graph's (TypeScript cannot relate the two generics itself).
 */
const graphEntryOf = <C extends CollectionName>(e: CollectionEntry<C>): Entry<C> => ({ collection: e.collection, id: e.id, data: e.data }) as Entry<C>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
/** Fails to compile when Astro's data of a collection and its EntryData part ways. */
export type AstroDataIsEntryData = Holds<Same<{ [C in CollectionName]: CollectionEntry<C>['data'] }, { [C in CollectionName]: EntryData<C> }>>;

async function loadEnglish(): Promise<Catalogue> {
  const entries = (await Promise.all(COLLECTIONS.map((c) => getCollection(c)))).flat() as CollectionEntry<CollectionName>[];
  const graph = buildGraph(entries.map(graphEntryOf));
  const history = readHistory(process.cwd());
  const titleById = (collection: CollectionName, id: string) => {
    const e = graph.get({ collection, id });
    return e ? titleOf(e) : undefined;
  };
  const updated = lastUpdatedOf(history);
  return {
    lang: DEFAULT_LANG, graph, entries, updated, changelog: buildChangelog(history, titleById), translations: new Map(),
    bodyOf: (file) => readRenderedBody(process.cwd(), file), citations: citationsOf(graph, updated, DEFAULT_LANG),
  };
}

async function loadTranslated(lang: Exclude<Lang, 'en'>): Promise<Catalogue> {
  const english = await loadCatalogue(DEFAULT_LANG);
  const translations = new Map((await getCollection(lang)).map((t) => [t.id, t]));
  // The English bodies a translation's fingerprint covers, from the build's reading of the files (the store
  // does not keep them: src/data/entry-loader.ts), as `npm run translate` reads them.
  const bodies = new Map(englishFilesOf(contentTreeOf(process.cwd())).map((f) => [`${f.collection}/${f.id}`, f.body]));
  const entries: Entry[] = english.graph.entries.map((e) => {
    const key = `${e.collection}/${e.id}`;
    const t = translations.get(key);
    if (!t) return { ...localizedEntry(e, undefined, lang), translation: 'missing' };
    const tr = t.data as TranslationData;
    const current = tr.englishVersion === englishVersionOf(e.data, bodies.get(key) ?? '');
    return { ...localizedEntry(e, tr, lang), translation: current ? 'current' : 'behind' };
  });
  const graph = buildGraph(entries, lang);
  return { ...english, lang, graph, translations, citations: citationsOf(graph, english.updated, lang) };
}

/**
 * Starts a language's citations. A failure surfaces where a page or data file awaits them (citations.ts); the
 * handler here only keeps it from counting as unhandled while no page has asked yet.
 */
function citationsOf(graph: Graph, updated: Map<string, string>, lang: Lang): Promise<Map<string, Citations>> {
  const citations = formatCitations(graph, updated, lang, import.meta.env.SITE);
  citations.catch(() => {});
  return citations;
}

export function loadCatalogue(lang: Lang = DEFAULT_LANG): Promise<Catalogue> {
  let catalogue = catalogues.get(lang);
  if (!catalogue) catalogues.set(lang, (catalogue = lang === 'en' ? loadEnglish() : loadTranslated(lang)));
  return catalogue;
}
