// The site's own navigation: the header's sections and the footer's groups, in one place.
import { COLLECTION_LABELS } from './labels.ts';

export interface NavLink { href: string; label: string }
/** `primary` sections show in the desktop header; the rest only in the phone menu (and the footer). */
export interface Section extends NavLink { primary: boolean }

export const MAIN_SECTIONS: Section[] = [
  { href: '/missions/', label: COLLECTION_LABELS.missions.plural, primary: true },
  { href: '/projects/', label: COLLECTION_LABELS.projects.plural, primary: true },
  { href: '/countries/', label: COLLECTION_LABELS.countries.plural, primary: true },
  { href: '/themes/', label: COLLECTION_LABELS.themes.plural, primary: true },
  { href: '/timeline/', label: 'Timeline', primary: true },
  { href: '/map/', label: 'Map', primary: true },
  { href: '/data/', label: 'Data', primary: true },
  { href: '/subprojects/', label: COLLECTION_LABELS.subprojects.plural, primary: false },
  { href: '/organizations/', label: COLLECTION_LABELS.organizations.plural, primary: false },
  { href: '/people/', label: COLLECTION_LABELS.people.plural, primary: false },
  { href: '/sources/', label: COLLECTION_LABELS.sources.plural, primary: false },
  { href: '/years/', label: 'Years', primary: false },
];

/** The footer: the views and the data (the collections are in the header’s menu and on the home page). The sitemap
 * exists only when the build knows the site’s public address (`needsSiteUrl`). */
export const FOOTER_GROUPS: { label: string; links: (NavLink & { needsSiteUrl?: true })[] }[] = [
  { label: 'Explore', links: [
    { href: '/search/', label: 'Search' }, { href: '/timeline/', label: 'Timeline' }, { href: '/years/', label: 'Years' },
    { href: '/map/', label: 'Map' }, { href: '/stats/', label: 'Statistics' },
  ] },
  { label: 'Data and help', links: [
    { href: '/data/', label: 'Open data' }, { href: '/quality/', label: 'Data quality' }, { href: '/contribute/', label: 'Contribute' },
    { href: '/rss.xml', label: 'RSS feed' }, { href: '/sitemap-index.xml', label: 'Sitemap', needsSiteUrl: true },
  ] },
];

/**
 * How a header link marks where the reader is: `page` on the section's own page, `true` anywhere under it
 * (an entry page is in its collection, a country's timeline in the timeline), else nothing.
 */
export function currentState(path: string, href: string): 'page' | 'true' | undefined {
  if (path === href) return 'page';
  return path.startsWith(href) ? 'true' : undefined;
}
