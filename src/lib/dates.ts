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
export function formatDateRange(start?: string, end?: string): string | undefined {
  if (start && end) return start === end ? formatPartialDate(start) : `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
  if (start) return `from ${formatPartialDate(start)}`;
  if (end) return `until ${formatPartialDate(end)}`;
  return undefined;
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
