// Partial dates ("2018", "2018-06", "2018-06-01") keep the precision the source gives.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2018-06-01" → "1 June 2018", "2018-06" → "June 2018", "2018" → "2018". A year stays a year. */
export function formatPartialDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y;
  const month = MONTHS[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A date range as readers write it: "1 June 2018 – 31 December 2019", "from June 2020", "2017". */
/**
 * A span of partial dates in words, piece by piece, each date with its ISO value (for a <time datetime>):
 * "1 June 2018 – 31 December 2019", "from March 2024", "until 2020"; none when both ends are unknown.
 */
export function dateRangeParts(start?: string, end?: string): { text: string; datetime?: string }[] {
  const at = (date: string) => ({ text: formatPartialDate(date), datetime: date });
  if (start && end) return start === end ? [at(start)] : [at(start), { text: ' – ' }, at(end)];
  if (start) return [{ text: 'from ' }, at(start)];
  if (end) return [{ text: 'until ' }, at(end)];
  return [];
}

/** The same span as one string, or undefined when both ends are unknown. */
export function formatDateRange(start?: string, end?: string): string | undefined {
  const parts = dateRangeParts(start, end);
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
