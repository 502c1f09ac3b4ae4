// How far each entry's translation is, for /translations/ and /ru/translations/: its state (from the
// translated graph: current, behind or missing) and, for one that is behind, since when — the first
// commit that changed the English entry after the translation last changed (from the changelog, which
// the build reads from git once). Pure: the graph, the changelog and the files' last-commit dates come in.
import type { Changelog } from './changelog.ts';
import type { Entry, Graph, TranslationState } from './graph.ts';
import { keyOf } from './graph.ts';
import { COLLECTION_ORDER } from './entry-view.ts';
import type { Lang } from '../i18n/langs.ts';
import { entryFile, titleOf } from './model.ts';

/** The states of an entry in a translated graph (an English graph's entries are 'original'). */
export type TranslatedState = Exclude<TranslationState, 'original'>;
export const TRANSLATION_STATES: TranslatedState[] = ['behind', 'missing', 'current'];

export interface TranslationStatus {
  entry: Entry;
  state: TranslatedState;
  /** For 'behind': when the English entry first changed after the translation (an ISO date-time), if git knows. */
  behindSince?: string;
  englishFile: string;
  translationFile: string;
}

export interface TranslationReport {
  lang: Lang;
  counts: Record<TranslatedState, number>;
  total: number;
  byState: Record<TranslatedState, TranslationStatus[]>;
}

/**
 * Every entry of a translated graph with its state. `updated` maps content files to their last commit date
 * (the catalogue's `updated`); `changelog` lists the commits that changed English entries.
 */
export function translationReport(translated: Graph, changelog: Pick<Changelog, 'commits'>, updated: Map<string, string>): TranslationReport {
  const lang = translated.lang;
  // Each English entry's commit dates, oldest first.
  const changesOf = new Map<string, string[]>();
  for (const c of changelog.commits) {
    for (const e of c.changes) {
      if (e.change === 'deleted') continue;
      const id = e.current ?? e.id;
      changesOf.set(id, [...(changesOf.get(id) ?? []), c.date]);
    }
  }
  for (const dates of changesOf.values()) dates.sort((a, b) => Date.parse(a) - Date.parse(b));
  const statuses = translated.entries.map((entry): TranslationStatus => {
    const englishFile = entryFile(entry.collection, entry.id);
    const translationFile = entryFile(entry.collection, entry.id, lang);
    const state: TranslatedState = entry.translation && entry.translation !== 'original' ? entry.translation : 'missing';
    let behindSince: string | undefined;
    if (state === 'behind') {
      const translatedAt = updated.get(translationFile);
      const after = (changesOf.get(keyOf(entry)) ?? []).filter((d) => !translatedAt || Date.parse(d) > Date.parse(translatedAt));
      behindSince = after[0] ?? updated.get(englishFile);
    }
    return { entry, state, behindSince, englishFile, translationFile };
  });
  const order = (a: TranslationStatus, b: TranslationStatus) =>
    COLLECTION_ORDER.indexOf(a.entry.collection) - COLLECTION_ORDER.indexOf(b.entry.collection) || titleOf(a.entry).localeCompare(titleOf(b.entry), lang);
  const byState = Object.fromEntries(TRANSLATION_STATES.map((s) => [s, statuses.filter((x) => x.state === s).sort(order)])) as TranslationReport['byState'];
  const counts = Object.fromEntries(TRANSLATION_STATES.map((s) => [s, byState[s].length])) as TranslationReport['counts'];
  return { lang, counts, total: statuses.length, byState };
}
