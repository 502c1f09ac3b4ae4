import { type Entry } from './graph.ts';
import { DEFAULT_LANG } from '../i18n/langs.ts';
import { titleOf } from './model.ts';

/** Projects and subprojects with dates, most recent first (by end, then start; then by title in the entries' language). */
export function latestEntries(entries: Entry[], count: number): Entry[] {
  const key = (e: Entry) => String(e.data.end ?? e.data.start ?? '');
  return entries
    .filter((e) => (e.collection === 'projects' || e.collection === 'subprojects') && key(e))
    .sort((a, b) => key(b).localeCompare(key(a)) || titleOf(a).localeCompare(titleOf(b), a.lang ?? DEFAULT_LANG))
    .slice(0, count);
}
