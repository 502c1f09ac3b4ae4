// Everything an entry page shows, computed in one place: src/pages/[collection]/[slug].astro renders this
// view and reads nothing else (no graph, no catalogue), so the view is also what the page's cache key is
// made of (pageKeyOf in page-key.ts). An incremental build skips a page whose view is unchanged; when a
// neighbour's title, a hub's count or a related entry changes, the view changes with it, because it holds
// what the page shows, not a list of what the page is thought to depend on.
import type { CollectionEntry } from 'astro:content';
import type { Graph, Entry } from './graph.ts';
import type { Lang } from '../i18n/langs.ts';
import { localizePath } from '../i18n/langs.ts';
import { t } from '../i18n/index.ts';
import { breadcrumbsOf, englishOn, factsOf, hrefOf, inferencesOf, otherLang, titleLangOf, wordsLangOf } from './entry-view.ts';
import { exploreLinksOf, factsLineOf, pageContentsOf, sectionNavFor, translationNoticeOf } from './entry-page.ts';
import { neighboursOf } from './section-nav.ts';
import { hubListsFor } from './hub-lists.ts';
import { relatedOf } from './related.ts';
import { jsonLdOf } from './json-ld.ts';
import { citedUpdateOf } from './citation.ts';
import type { RenderedBody, StoredEntry } from '../data/rendered-bodies.ts';
import { entryFile, titleOf } from './model.ts';
import { graphDigestOf, pageKeyOf } from './page-key.ts';

/** What the catalogue of one language gives an entry page (src/data/catalogue.ts). */
export interface PageCatalogue {
  graph: Graph;
  updated: Map<string, string>;
  translations: Map<string, CollectionEntry<'ru'>>;
  /** An entry file's body as the content loader rendered it (src/data/rendered-bodies.ts). */
  bodyOf(file: StoredEntry): RenderedBody;
}

/** An entry as the content store holds it: what its page is made for. */
export type PageEntry = StoredEntry & Pick<Entry, 'collection' | 'id'>;

/**
 * The page of `entry`. `accessed` is the build's day (YYYY-MM-DD), which the page's citations give as the
 * access date: the day, not the build's time, so that a rebuild on the same day shows the same page.
 */
export function entryPageViewOf(catalogue: PageCatalogue, entry: PageEntry, lang: Lang, site: string | URL | undefined, accessed: string) {
  const { graph, updated, translations } = catalogue;
  const words = t(lang);
  const translation = translations.get(`${entry.collection}/${entry.id}`);
  const file = entryFile(entry.collection, entry.id, translation ? lang : undefined);
  const node = graph.get(entry)!;
  const data = node.data;
  const { html: bodyHtml, headings } = catalogue.bodyOf(translation ?? entry);
  const lists = hubListsFor(graph, node);
  const related = relatedOf(graph, node);
  const { previous, next, up } = neighboursOf(graph, node);
  const facts = factsOf(graph, node);
  const disagreements = (data.disagreements ?? [])
    .map((d) => ({ ...d, versions: d.versions.map((v) => ({ value: v.value, source: graph.get(v.source)! })) }));
  const inferences = inferencesOf(graph, node);
  const sources = (data.sources ?? []).map((s) => graph.get(s)!);
  const heads = words.entry.headings;
  return {
    lang,
    node,
    data,
    // An untranslated entry shows its English words under this language's interface, marked lang="en";
    // notes, quotes and disagreements exist in English only and are marked so on every other language's page.
    wordsLang: otherLang(wordsLangOf(node), lang),
    titleLang: titleLangOf(node),
    english: englishOn(lang),
    notice: translationNoticeOf(node, updated.get(entryFile(entry.collection, entry.id))),
    bodyHtml,
    breadcrumbs: breadcrumbsOf(graph, node),
    nav: sectionNavFor(graph, node),
    factsLine: factsLineOf(graph, node),
    explore: exploreLinksOf(graph, node),
    lists,
    related,
    previous, next, up,
    facts,
    disagreements,
    inferences,
    sources,
    contents: pageContentsOf(headings, [], [
      { slug: 'events', text: heads.events, present: (data.events ?? []).length > 0 },
      { slug: 'figures', text: heads.figures, present: (data.figures ?? []).length > 0 },
      { slug: 'quotes', text: heads.quotes, present: (data.quotes ?? []).length > 0 },
      { slug: 'disagreements', text: heads.disagreements, present: disagreements.length > 0 },
      { slug: 'inferred', text: heads.inferred, present: inferences.length > 0 },
      ...lists.connections.map((l) => ({ slug: l.headingId, text: l.heading, present: true })),
      { slug: 'related-entries', text: heads.related, present: related.length > 0 },
      ...(lists.citedBy ? [{ slug: lists.citedBy.headingId, text: lists.citedBy.heading, present: true }] : []),
      { slug: 'facts', text: heads.facts, present: facts.length > 0 },
      { slug: 'sources', text: heads.sources, present: sources.length > 0 },
      { slug: 'cite-this', text: heads.cite, present: true },
    ]),
    siblingsLabel: words.entry.siblings(up ? titleOf(up) : words.collections[node.collection].plural),
    jsonLd: jsonLdOf(node, graph, site),
    // What the entry's citations are formatted from, besides the entry and the site (src/data/citation-batch.ts
    // formats them all in one batch, which CiteThis looks up): the access date, a day, and the last change.
    accessed,
    citedUpdate: citedUpdateOf(node, updated, lang),
    site: site ? String(site) : undefined,
    permalink: site ? new URL(hrefOf(node), site).href : undefined,
    file,
    lastChange: updated.get(file),
    jsonHref: localizePath(`/${entry.collection}/${entry.id}.json`, lang),
  };
}

export type EntryPageView = ReturnType<typeof entryPageViewOf>;

/**
 * Everything entryPageViewOf reads, in two parts, each as a digest: what every page of a language reads (the
 * graph, which is its entries and language; every file's last change; the day and the site) and what one page
 * reads of its own besides its graph node (its entry's file and digest and those of its translation, which
 * name the rendered body it shows). entryPageViewOf is a function of these and of its code alone, so two
 * builds with the same parts and the same code build the same view: src/data/entry-page-keys.ts keeps the
 * key of each page between builds by them, and builds the view only of a page whose parts changed.
 */
export function sharedViewInputsOf(catalogue: PageCatalogue, lang: Lang, site: string | URL | undefined, accessed: string): string {
  return pageKeyOf({ lang, site: site ? String(site) : undefined, accessed, graph: graphDigestOf(catalogue.graph), updated: catalogue.updated });
}

export function ownViewInputsOf(catalogue: PageCatalogue, entry: PageEntry): string {
  const translation = catalogue.translations.get(`${entry.collection}/${entry.id}`);
  const file = (f: StoredEntry | undefined) => (f ? { filePath: f.filePath, digest: f.digest } : undefined);
  return pageKeyOf({ collection: entry.collection, id: entry.id, entry: file(entry), translation: file(translation) });
}
