// The site's own navigation: the header's sections and the footer's groups, in one place, in each language.
import { t } from '../i18n/index.ts';
import { localizePath, type Lang } from '../i18n/langs.ts';

export interface NavLink { href: string; label: string }
/** `primary` sections show in the desktop header; the rest only in the phone menu (and the footer). */
export interface Section extends NavLink { primary: boolean }

export function mainSections(lang: Lang): Section[] {
  const { site, collections } = t(lang);
  const at = (href: string, label: string, primary: boolean) => ({ href: localizePath(href, lang), label, primary });
  return [
    at('/missions/', collections.missions.plural, true),
    at('/projects/', collections.projects.plural, true),
    at('/countries/', collections.countries.plural, true),
    at('/themes/', collections.themes.plural, true),
    at('/timeline/', site.timeline, true),
    at('/map/', site.map, true),
    at('/data/', site.data, true),
    at('/subprojects/', collections.subprojects.plural, false),
    at('/organizations/', collections.organizations.plural, false),
    at('/people/', collections.people.plural, false),
    at('/sources/', collections.sources.plural, false),
    at('/years/', site.years, false),
  ];
}

/** The footer: the views and the data (the collections are in the header’s menu and on the home page). The sitemap
 * exists only when the build knows the site’s public address (`needsSiteUrl`). */
export function footerGroups(lang: Lang): { label: string; links: (NavLink & { needsSiteUrl?: true })[] }[] {
  const { site } = t(lang);
  const at = (href: string, label: string) => ({ href: localizePath(href, lang), label });
  return [
    { label: site.footerExplore, links: [
      at('/search/', site.search), at('/timeline/', site.timeline), at('/years/', site.years),
      at('/map/', site.map), at('/stats/', site.statistics),
    ] },
    { label: site.footerData, links: [
      at('/data/', site.openData), at('/quality/', site.dataQuality), at('/contribute/', site.contribute),
      // The feed is a file, which localizePath leaves in English: each language's is named outright.
      { href: feedPath(lang), label: site.rssFeed }, { href: '/sitemap-index.xml', label: site.sitemap, needsSiteUrl: true },
    ] },
  ];
}

/** Each language's feed of all entries: /rss.xml, /ru/rss.xml. */
export const feedPath = (lang: Lang) => (lang === 'en' ? '/rss.xml' : `/${lang}/rss.xml`);

/**
 * How a header link marks where the reader is: `page` on the section's own page, `true` anywhere under it
 * (an entry page is in its collection, a country's timeline in the timeline), else nothing.
 */
export function currentState(path: string, href: string): 'page' | 'true' | undefined {
  if (path === href) return 'page';
  return href !== '/' && !/^\/[a-z]{2}\/$/.test(href) && path.startsWith(href) ? 'true' : undefined;
}
