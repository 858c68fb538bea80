/** The presence chart's series as CSV, on the shared RFC 4180 writer (src/domain/csv.ts). */
import { formatJstDateTime } from '../../../domain/jst';
import { tableCsv, type CsvCell, type CsvOptions } from '../../../domain/csv';
import type { SeriesPoint } from './presence';

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
