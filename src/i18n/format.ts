// Numbers, plurals and partial dates in each language, through Intl: "6,465" / "6 465", "1 June 2018" /
// "1 июня 2018 г.", "1 entry" / "1 запись, 2 записи, 5 записей". A date keeps the precision the source
// gives: a year stays a year, a month a month.
import type { Lang } from './langs.ts';

const LOCALES: Record<Lang, string> = { en: 'en-GB', ru: 'ru-RU' };

/** The word forms a count takes, by CLDR plural category: English needs one and other, Russian one, few, many. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const pluralRules = new Map<Lang, Intl.PluralRules>();
const monthFormats = new Map<Lang, Intl.DateTimeFormat>();

/** A month's name on its own, 1 → "January" / "январь": Intl's, so no language keeps a list of its own. */
export function monthName(month: number, lang: Lang = 'en'): string {
  let f = monthFormats.get(lang);
  if (!f) monthFormats.set(lang, (f = new Intl.DateTimeFormat(LOCALES[lang], { month: 'long', timeZone: 'UTC' })));
  return f.format(Date.UTC(2000, month - 1, 1));
}
const numberFormats = new Map<Lang, Intl.NumberFormat>();

export function formatNumber(n: number, lang: Lang): string {
  // Building a formatter loads its locale's data: about 110 ms on a phone's (4× slowed) CPU, the longest step
  // of the search page's start. Below 1,000 both languages write a whole number as its plain digits.
  if (Number.isInteger(n) && n >= 0 && n < 1000) return String(n);
  let f = numberFormats.get(lang);
  if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(LOCALES[lang])));
  return f.format(n);
}

/** The form of a word for a count: plural('ru', 21, { one: 'запись', few: 'записи', many: 'записей', other: 'записи' }) → "запись". */
export function pluralForm(lang: Lang, n: number, forms: PluralForms): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(LOCALES[lang])));
  return forms[rules.select(n)] ?? forms.other;
}

/** A count with its word: "1 entry", "6 465 записей". */
export const countOf = (lang: Lang, n: number, forms: PluralForms) => `${formatNumber(n, lang)} ${pluralForm(lang, n, forms)}`;

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, withDay: boolean) {
  const key = `${lang}${withDay}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], { day: withDay ? 'numeric' : undefined, month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(key, f);
  }
  return f;
}

/**
 * The grammatical case a date takes in its phrase. Russian puts a date after «с» or «до» in the genitive
 * ("с июня 2020 г.", "до 2020 г."), where it stands alone in the nominative ("июнь 2020 г."); English has one form.
 */
export type DateCase = 'nominative' | 'genitive';

/**
 * "2018-06-01" → "1 June 2018" / "1 июня 2018 г.", "2018-06" → "June 2018" / "июнь 2018 г." (genitive
 * "июня 2018 г."), "2018" → "2018" (genitive "2018 г."). A year stays a year, a month a month.
 */
export function formatPartialDate(date: string, lang: Lang = 'en', grammaticalCase: DateCase = 'nominative'): string {
  // A catalogue has few distinct dates and its pages write them thousands of times (timelines, year pages):
  // each is formatted once.
  const key = `${lang} ${grammaticalCase} ${date}`;
  let text = formattedDates.get(key);
  if (text === undefined) formattedDates.set(key, (text = formatUncached(date, lang, grammaticalCase)));
  return text;
}

const formattedDates = new Map<string, string>();

function formatUncached(date: string, lang: Lang, grammaticalCase: DateCase): string {
  const [y, m, d] = date.split('-');
  const genitive = lang === 'ru' && grammaticalCase === 'genitive';
  if (!m) return genitive ? `${y} г.` : y;
  const when = new Date(Date.UTC(Number(y), Number(m) - 1, d ? Number(d) : 1));
  if (genitive && !d) {
    // Intl gives the genitive month only beside a day ("1 июня 2020 г."): take it from there.
    const month = dateFormat(lang, true).formatToParts(when).find((p) => p.type === 'month')!.value;
    return `${month} ${y} г.`;
  }
  return dateFormat(lang, !!d).format(when);
}

/** A full date-time (an ISO timestamp, e.g. a git commit's) as a calendar day: "2 December 2026" / "2 декабря 2026 г.". */
export const formatDay = (iso: string, lang: Lang = 'en') => dateFormat(lang, true).format(new Date(iso));
