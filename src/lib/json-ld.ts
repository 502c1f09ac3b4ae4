// schema.org JSON-LD for each entry, with the hierarchy expressed both ways
// (parentOrganization/subOrganization for missions and projects, superEvent/subEvent for events).
// In the graph's language: a Russian page's JSON-LD names and describes its entry in Russian, and its
// inLanguage says which language the words are in (English where the entry is not yet translated).
import { absoluteOr } from './site-url.ts';
import type { Entry, Graph } from './graph.ts';
import type { Reference } from './references.ts';
import { byRecency, hrefOf, wordsLangOf } from './entry-view.ts';
import { HUB_LIST_CAP } from './hub-lists.ts';
import { countryRefsOf, titleOf } from './model.ts';

const EVENT_KINDS = new Set(['event', 'conference', 'workshop', 'training', 'campaign']);
const ORG_TYPES: Record<string, string> = {
  ngo: 'NGO', network: 'NGO', government: 'GovernmentOrganization', parliament: 'GovernmentOrganization',
  judiciary: 'GovernmentOrganization', 'law-enforcement': 'GovernmentOrganization',
};

const isEvent = (e: Entry) => e.collection !== 'missions' && EVENT_KINDS.has(e.data.kind ?? '');

export function schemaTypeOf(entry: Entry, graph: Graph): string {
  switch (entry.collection) {
    case 'missions': return 'GovernmentOrganization';
    case 'organizations': return ORG_TYPES[entry.data.kind] ?? 'Organization';
    case 'people': return 'Person';
    case 'countries': return 'Country';
    case 'themes': return 'DefinedTerm';
    case 'sources': return 'CreativeWork';
    case 'projects': return isEvent(entry) ? 'Event' : 'Project';
    case 'subprojects': {
      const parent = graph.get(entry.data.project);
      return parent && isEvent(parent) ? 'Event' : 'Project';
    }
  }
}

export function jsonLdOf(entry: Entry, graph: Graph, site: string | URL | undefined): Record<string, unknown> {
  // Without the site's address, ids are site-relative (JSON-LD resolves them against the page).
  const url = (e: Entry) => absoluteOr(hrefOf(e), site);
  // A linked entry is its @id, which is its page's address, and its type: its name and the rest are in
  // that page's own JSON-LD. Repeating them (a `url`, a `name`) cost every parent page about 1 KB for a
  // dozen children, and a Russian project page a sixth of what it was over its 30 KB budget.
  const node = (e: Entry) => ({ '@type': schemaTypeOf(e, graph), '@id': url(e) });
  const resolve = (r: Reference | undefined) => (r ? graph.get(r) : undefined);
  // Children, most recent first, at most HUB_LIST_CAP of them, as the page itself lists them: the page's
  // size must not grow with the catalogue (the full lists are the hub's "All N …" pages).
  const children = (...fields: string[]) => [...new Set(graph.incoming(entry).filter((l) => fields.includes(l.field)).map((l) => l.from))]
    .sort(byRecency(graph)).slice(0, HUB_LIST_CAP).map(node);
  const type = schemaTypeOf(entry, graph);
  const d = entry.data;
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    ...node(entry),
    name: titleOf(entry),
    url: url(entry),
    // No `description`: it would be the summary a third time (the meta description and the page's own lead
    // hold it), some 600 bytes of a Russian page's 30 KB; a reader of the markup has it from either.
    inLanguage: wordsLangOf(entry),
    ...(d.aliases?.length ? { alternateName: d.aliases } : {}),
    isBasedOn: (d.sources ?? []).map((s) => url(resolve(s)!)),
  };
  const set = (key: string, value: unknown) => {
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) ld[key] = value;
  };
  if (type === 'Event') {
    set('startDate', d.start);
    set('endDate', d.end);
    const superEvent = resolve(d.project ?? d.partOf);
    set('superEvent', superEvent && node(superEvent));
    set('subEvent', children('project', 'partOf'));
    set('location', (d.places ?? []).map((p) => ({ '@type': 'Place', name: p.name, containedInPlace: titleOf(resolve(p.country)!) })));
    set('organizer', (d.organizations ?? []).filter((o) => ['host', 'organizer', 'co-organizer'].includes(o.role)).map((o) => node(resolve(o.organization)!)));
  } else if (type === 'Project' || type === 'GovernmentOrganization') {
    const parent = resolve(d.project ?? d.partOf ?? d.mission ?? d.parent);
    set('parentOrganization', parent && node(parent));
    set('subOrganization', children('project', 'partOf', 'mission', 'parent'));
    set('foundingDate', d.start ?? d.established);
    set('dissolutionDate', d.end);
    set('funder', (d.organizations ?? []).filter((o) => o.role === 'funder').map((o) => node(resolve(o.organization)!)));
    set('areaServed', countryRefsOf(entry, { places: false }).map((c) => titleOf(resolve(c)!)));
  } else if (type === 'Person') {
    set('jobTitle', d.positions?.[0]?.title);
  } else if (type === 'Country') {
    set('identifier', d.code);
  } else if (type === 'CreativeWork') {
    set('publisher', d.publisher);
    set('datePublished', d.published);
  } else {
    const parent = resolve(d.parent);
    set('parentOrganization', parent && node(parent));
    set('subOrganization', children('parent'));
  }
  return ld;
}
