import type { Entry } from './graph.ts';

/** Projects and subprojects with dates, most recent first (by end, then start). */
export function latestEntries(entries: Entry[], count: number): Entry[] {
  const key = (e: Entry) => String(e.data.end ?? e.data.start ?? '');
  return entries
    .filter((e) => (e.collection === 'projects' || e.collection === 'subprojects') && key(e))
    .sort((a, b) => key(b).localeCompare(key(a)) || String(a.data.title).localeCompare(String(b.data.title)))
    .slice(0, count);
}
