// Facts of an entry that the search index carries beyond the page's own facets: the regions of its
// countries (the Region filter) and one date to sort it by, from any date in its data.
import type { Entry, Graph } from './graph.ts';
import { regionsOf } from './regions.ts';
import { datingOf } from './years.ts';
import { countryRefsOf } from './model.ts';

/**
 * The entry's regions, from the codes of the countries it names (itself, host, countries, places) and the
 * regions its title or summary names. Work that gives neither takes the regions of the work it belongs to
 * (its project, or the project it is part of) or of its series (predecessor and successor): the 2023
 * networking event names no place, but sits between two Central Asian events.
 */
export function searchRegions(graph: Graph, entry: Entry): string[] {
  const own = ownRegions(graph, entry);
  if (own.length) return own;
  const d = entry.data;
  const near = [d.project, d.partOf, d.predecessor, d.successor].filter((r) => r !== undefined).map((r) => graph.get(r)).filter((e) => e !== undefined);
  return [...new Set(near.flatMap((e) => ownRegions(graph, e)))].sort();
}

function ownRegions(graph: Graph, entry: Entry): string[] {
  const d = entry.data;
  const refs = [...(entry.collection === 'countries' ? [{ collection: 'countries' as const, id: entry.id }] : []), ...countryRefsOf(entry)];
  const codes = refs.map((r) => graph.get(r)?.data.code).filter((c): c is string => typeof c === 'string');
  return regionsOf(codes, `${d.title ?? ''} ${d.summary ?? ''}`);
}

/**
 * The date an entry sorts by in "Newest/Oldest first": its own dating (start, founding, publication, or a
 * subproject's project's), else the earliest date anywhere in its data (a position held, a quote, a figure's
 * year). Partial ISO dates sort correctly as text (2018 < 2018-06 < 2018-06-01).
 */
export function searchSortDate(graph: Graph, entry: Entry): string | undefined {
  const dating = datingOf(graph, entry);
  if (dating?.start || dating?.end) return dating.start ?? dating.end;
  const d = entry.data;
  const dates = [
    ...(d.positions ?? []).map((p) => p.date), ...(d.quotes ?? []).map((q) => q.date),
    ...(d.figures ?? []).map((f) => f.year),
  ].filter((x): x is string => typeof x === 'string' && /^\d{4}/.test(x));
  return dates.sort()[0];
}
