// The parts of an entry page's frame that say where the reader is and what the page holds: the facts
// line under the title, the section navigation's heading and "all" link, and "On this page".
import type { Entry, Graph } from './graph.ts';
import { countriesNamedBy, hrefOf, kindLabelOf, titleLangOf, type LinkItem } from './entry-view.ts';
import { timelineUrl } from './labels.ts';
import { filteredSearchUrl, type Facet } from './search-state.ts';
import { timelineFilters } from './timeline.ts';
import { datingOf } from './years.ts';
import { sectionNavOf, type SectionNav } from './section-nav.ts';
import { t } from '../i18n/index.ts';
import { formatDay } from '../i18n/format.ts';
import { DEFAULT_LANG, localizePath, type Lang } from '../i18n/langs.ts';
import { entryUrl, titleOf } from './model.ts';

/** Countries the facts line names before "and n more". */
export const FACTS_LINE_COUNTRIES = 3;

/**
 * The facts a reader needs at a glance, on one line under the title: the kind, the dates (a subproject
 * without its own dates shows its project's, said so), the status, and the countries or host country.
 */
export function factsLineOf(graph: Graph, entry: Entry): LinkItem[] {
  const d = entry.data;
  const words = t(graph.lang);
  const statuses = words.vocab.statuses as Record<string, string>;
  const items: LinkItem[] = [];
  const kind = kindLabelOf(entry);
  if (kind) items.push({ text: kind });
  const dating = datingOf(graph, entry);
  if (dating) items.push({ text: dating.when, note: dating.inherited ? words.entry.projectsDates : undefined });
  if (d.status && statuses[d.status]) items.push({ text: statuses[d.status] });
  const unique = countriesNamedBy(graph, entry);
  for (const c of unique.slice(0, FACTS_LINE_COUNTRIES)) items.push({ text: titleOf(c), href: hrefOf(c), ...(titleLangOf(c) ? { lang: titleLangOf(c) } : {}) });
  if (unique.length > FACTS_LINE_COUNTRIES) items.push({ text: words.entry.moreCountries(unique.length - FACTS_LINE_COUNTRIES), href: '#facts' });
  return items;
}

/** The section navigation with its heading and the link to the whole list it is a window of. */
/**
 * The section navigation of an entry page, with its words; none on a family's root (a mission, or a project
 * of no mission): it sits under nothing, and what sits under it is listed on its own page.
 */
export function sectionNavFor(graph: Graph, entry: Entry): (SectionNav & { allText: string }) | undefined {
  const nav = sectionNavOf(graph, entry);
  if (nav.root === entry) return undefined;
  const words = t(graph.lang);
  const labels = words.collections[entry.collection];
  if (nav.root) {
    return {
      ...nav, label: words.entry.inFamily(titleOf(nav.root)), allHref: localizePath(`/${nav.root.collection}/`, graph.lang),
      allText: words.entry.allOf(words.collections[nav.root.collection].plural),
    };
  }
  return { ...nav, label: labels.plural, allHref: localizePath(`/${entry.collection}/`, graph.lang), allText: words.entry.allOf(labels.plural) };
}

/** A heading of the body, as Astro's render() gives it. */
export interface Heading { depth: number; slug: string; text: string }

/** A part of the page that "On this page" lists: its heading's id and text, when the page has it. */
export interface PagePart { slug: string; text: string; present: boolean }

/**
 * "On this page": the body's level-2 and level-3 headings where the body is, then the page's own parts
 * (every entry has some: facts at least), in the order the page shows them.
 */
export function pageContentsOf(bodyHeadings: Heading[], before: PagePart[], after: PagePart[]): Heading[] {
  const part = (p: PagePart): Heading => ({ depth: 2, slug: p.slug, text: p.text });
  const body = bodyHeadings.filter((h) => h.depth >= 2 && h.depth <= 3 && h.slug);
  return [...before.filter((p) => p.present).map(part), ...body, ...after.filter((p) => p.present).map(part)];
}

/** The search facet a hub's own name is filed under (searchFacetsOf puts a hub in its own facet). */
const HUB_FACETS: Partial<Record<Entry['collection'], Facet>> = { countries: 'country', themes: 'theme', organizations: 'organization', missions: 'mission' };

/**
 * Other views of a hub: its timeline (countries and themes), the map (countries), and the search
 * narrowed to it, so a reader can go from the hub to everything filed under it.
 */
export function exploreLinksOf(graph: Graph, entry: Entry): LinkItem[] {
  const links: LinkItem[] = [];
  const name = titleOf(entry);
  const lang = graph.lang;
  const words = t(lang);
  // A country or theme has a timeline page of its own when it has dated work (timelineFilters).
  const hasTimeline = timelineFilters(graph).some((f) => f.entry === entry);
  if (hasTimeline) links.push({ text: words.site.timeline, href: localizePath(timelineUrl(entry.collection, entry.id), lang), note: words.entry.timelineOf(name) });
  if (entry.collection === 'countries') links.push({ text: words.site.map, href: localizePath(`/map/#located-entries`, lang), note: words.entry.everyCountry });
  const facet = HUB_FACETS[entry.collection];
  if (facet && graph.incoming(entry).length > 0) links.push({ text: words.site.search, href: localizePath(filteredSearchUrl({ [facet]: [name] }), lang), note: words.entry.filedUnder(name) });
  return links;
}

/** What a page in another language says about its translation: none yet, or one the English has moved on from. */
export interface TranslationNotice {
  kind: 'missing' | 'behind';
  /** The notice's sentence, in the page's language. */
  text: string;
  /** The English page, and what the link to it says. */
  href: string;
  linkText: string;
}

/**
 * The notice a page in another language shows above an entry: when the entry has no translation (its English
 * words are shown), or when its translation is behind the English, with the day the English file last changed
 * (`englishUpdated`, its git date) when known. Nothing on English pages or for a current translation.
 */
export function translationNoticeOf(entry: Pick<Entry, 'collection' | 'id' | 'lang' | 'translation'>, englishUpdated?: string): TranslationNotice | undefined {
  const lang: Lang = entry.lang ?? DEFAULT_LANG;
  if (lang === DEFAULT_LANG) return undefined;
  const words = t(lang).entry;
  const href = localizePath(entryUrl(entry.collection, entry.id), DEFAULT_LANG);
  if (entry.translation === 'missing') return { kind: 'missing', text: words.notTranslated, href, linkText: words.readInEnglish };
  if (entry.translation === 'behind') {
    // Without a git date (a copy built outside git) the notice still says the English is newer, undated.
    const when = englishUpdated ? formatDay(englishUpdated, lang) : undefined;
    return { kind: 'behind', text: when ? words.translationBehind(when) : words.translationBehindUndated, href, linkText: words.readTheEnglish };
  }
  return undefined;
}
