/**
 * CSV export (RFC 4180): CRLF line ends, fields quoted when they hold a comma, a quote or a
 * line break, and by default a UTF-8 byte order mark so Excel reads Japanese names correctly.
 * Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
 * `'`, unless it is a plain number such as `-12`.
 */

export type CsvCell = string | number | null | undefined;

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark (default true). */
  bom?: boolean;
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field: empty for null, undefined or a non-finite number. */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) && !NUMBER.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function tableCsv(
  headers: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  options: CsvOptions = {},
): string {
  const lines = [headers, ...rows].map((row) => row.map(csvField).join(',') + '\r\n');
  return (options.bom === false ? '' : '\uFEFF') + lines.join('');
}
