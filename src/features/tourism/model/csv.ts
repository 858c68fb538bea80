/**
 * CSV export (RFC 4180): CRLF line ends, fields quoted when they hold a comma, a quote or a
 * line break, and by default a UTF-8 byte order mark so Excel reads Japanese names correctly.
 * Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
 * `'`, unless it is a plain number such as `-12`.
 */
import { formatJstDateTime } from '../../../domain/jst';
import type { SeriesPoint } from './presence';

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

export interface CsvSeries {
  /** Column header, e.g. a municipality name. */
  label: string;
  points: readonly SeriesPoint[];
}

/**
 * One row per time any series has a point, in time order: `time_jst` (`YYYY-MM-DD HH:mm`),
 * then per series its value column and a `<label> suppressed_cells` column. The value is the
 * published sum, the word `suppressed` when nothing was published because every record was
 * suppressed, or empty when there was no data; the other column counts the suppressed cells
 * (so a value with suppressed cells is a lower bound).
 */
export function seriesCsv(series: readonly CsvSeries[], options: CsvOptions = {}): string {
  const byTime = series.map((s) => new Map(s.points.map((p) => [p.t, p.total])));
  const times = [...new Set(series.flatMap((s) => s.points.map((p) => p.t)))].sort((a, b) => a - b);
  const headers = ['time_jst', ...series.flatMap((s) => [s.label, `${s.label} suppressed_cells`])];
  const rows = times.map((t) => [
    formatJstDateTime(t),
    ...byTime.flatMap((points): CsvCell[] => {
      const total = points.get(t);
      if (!total) return ['', ''];
      const value = total.value ?? (total.suppressed > 0 ? 'suppressed' : '');
      return [value, total.suppressed];
    }),
  ]);
  return tableCsv(headers, rows, options);
}
