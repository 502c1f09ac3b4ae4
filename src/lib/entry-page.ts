// The parts of an entry page's frame that say where the reader is and what the page holds: the facts
// line under the title, the section navigation's heading and "all" link, and "On this page".
import type { Entry, Graph } from './graph.ts';
import { countriesNamedBy, hrefOf, kindLabelOf, titleOf, type LinkItem } from './entry-view.ts';
import { COLLECTION_LABELS, STATUS_LABELS, timelineUrl } from './labels.ts';
import { filteredSearchUrl, type Facet } from './search-state.ts';
import { timelineFilters } from './timeline.ts';
import { datingOf } from './years.ts';
import { sectionNavOf, type SectionNav } from './section-nav.ts';

/** Countries the facts line names before "and n more". */
export const FACTS_LINE_COUNTRIES = 3;

/**
 * The facts a reader needs at a glance, on one line under the title: the kind, the dates (a subproject
 * without its own dates shows its project's, said so), the status, and the countries or host country.
 */
export function factsLineOf(graph: Graph, entry: Entry): LinkItem[] {
  const d = entry.data;
  const items: LinkItem[] = [];
  const kind = kindLabelOf(entry);
  if (kind) items.push({ text: kind });
  const dating = datingOf(graph, entry);
  if (dating) items.push({ text: dating.when, note: dating.inherited ? 'its project’s dates' : undefined });
  if (d.status && STATUS_LABELS[d.status]) items.push({ text: STATUS_LABELS[d.status] });
  const unique = countriesNamedBy(graph, entry);
  for (const c of unique.slice(0, FACTS_LINE_COUNTRIES)) items.push({ text: titleOf(c), href: hrefOf(c) });
  if (unique.length > FACTS_LINE_COUNTRIES) items.push({ text: `and ${unique.length - FACTS_LINE_COUNTRIES} more countries`, href: '#facts' });
  return items;
}

/** The section navigation with its heading and the link to the whole list it is a window of. */
export function sectionNavFor(graph: Graph, entry: Entry): SectionNav & { allText: string } {
  const nav = sectionNavOf(graph, entry);
  const labels = COLLECTION_LABELS[entry.collection];
  if (nav.root) {
    return { ...nav, label: `In ${titleOf(nav.root)}`, allHref: `/${nav.root.collection}/`, allText: `All ${COLLECTION_LABELS[nav.root.collection].plural.toLowerCase()}` };
  }
  return { ...nav, label: labels.plural, allHref: `/${entry.collection}/`, allText: `All ${labels.plural.toLowerCase()}` };
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
  // A country or theme has a timeline page of its own when it has dated work (timelineFilters).
  const hasTimeline = timelineFilters(graph).some((f) => f.entry === entry);
  if (hasTimeline) links.push({ text: 'Timeline', href: timelineUrl(entry.collection, entry.id), note: `of ${name}` });
  if (entry.collection === 'countries') links.push({ text: 'Map', href: `/map/#located-entries`, note: 'every country' });
  const facet = HUB_FACETS[entry.collection];
  if (facet && graph.incoming(entry).length > 0) links.push({ text: 'Search', href: filteredSearchUrl({ [facet]: [name] }), note: `everything filed under ${name}` });
  return links;
}
