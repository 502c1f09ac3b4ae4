// Summaries in the lists of hubs (an entry's connections, src/lib/hub-lists.ts; a year's entries,
// src/lib/years.ts): which entries carry one there, and how it is cut to one line. Full list pages show the
// whole summary.
import type { CollectionName } from '../schemas/vocabularies.ts';

/**
 * The collections whose items carry a summary in a hub's lists: the main records, missions and projects.
 * Not the subprojects, organizations and people: a summary costs about 230 bytes in Russian, and on every
 * list of the largest hub (the Russian page of the theme "civil society development", 27 items) summaries
 * took the page from 26 KB to 33 KB, past the 30 KB budget; on the main records alone it stays inside.
 */
export const SUMMARIZED_LISTS: readonly CollectionName[] = ['missions', 'projects'];

/** Longest one-line summary, in characters: about one line of the list at 1280 px, two on a phone. */
export const ONE_LINE = 100;

/** A summary cut to one line: whole words up to `max` characters, then "…". */
export function oneLine(summary: string, max = ONE_LINE): string {
  const text = summary.trim().replace(/\s+/g, ' ');
  if (text.length <= max) return text;
  // One character more, so a word ending exactly at `max` is kept whole.
  const space = text.slice(0, max + 1).lastIndexOf(' ');
  const atWord = space > 0 ? text.slice(0, space) : text.slice(0, max);
  return `${atWord.replace(/[\s,;:.–—-]+$/u, '')}…`;
}
