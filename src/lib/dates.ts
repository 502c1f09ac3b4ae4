// Partial dates ("2018", "2018-06", "2018-06-01") keep the precision the source gives, in every language
// (the words come from src/i18n/format.ts and the dictionary).
import { t } from '../i18n/index.ts';
import { formatPartialDate } from '../i18n/format.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/langs.ts';

export { formatPartialDate };

/**
 * A span of partial dates in words, piece by piece, each date with its ISO value (for a <time datetime>):
 * "1 June 2018 – 31 December 2019", "from March 2024", "until 2020"; none when both ends are unknown.
 */
export function dateRangeParts(start?: string, end?: string, lang: Lang = DEFAULT_LANG): { text: string; datetime?: string }[] {
  const at = (date: string) => ({ text: formatPartialDate(date, lang), datetime: date });
  if (start && end) return start === end ? [at(start)] : [at(start), { text: ' – ' }, at(end)];
  // "from June 2020" / "с июня 2020 г.": the dictionary places the date in its phrase.
  const phrase = (make: (d: string) => string, date: string) => {
    const [before, after] = make('\0').split('\0');
    const inPhrase = { text: formatPartialDate(date, lang, t(lang).dates.caseAfterFromUntil), datetime: date };
    return [...(before ? [{ text: before }] : []), inPhrase, ...(after ? [{ text: after }] : [])];
  };
  if (start) return phrase(t(lang).dates.from, start);
  if (end) return phrase(t(lang).dates.until, end);
  return [];
}

/** The same span as one string, or undefined when both ends are unknown. */
export function formatDateRange(start?: string, end?: string, lang: Lang = DEFAULT_LANG): string | undefined {
  const parts = dateRangeParts(start, end, lang);
  return parts.length ? parts.map((p) => p.text).join('') : undefined;
}

/** Every calendar year an entry was active, start to end inclusive; one year when only one end is known. */
export function activeYears(start?: string, end?: string): number[] {
  const from = start ? Number(start.slice(0, 4)) : end ? Number(end.slice(0, 4)) : undefined;
  const to = end ? Number(end.slice(0, 4)) : from;
  if (from === undefined || to === undefined || to < from) return from === undefined ? [] : [from];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Sort key that orders partial dates chronologically; a bare year sorts before its months. */
export const dateSortKey = (date?: string) => date ?? '';
