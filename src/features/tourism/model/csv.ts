/** The presence chart's series as a table and CSV, on the shared table model (src/domain). */
import { formatJstDateTime } from '../../../domain/jst';
import type { CsvOptions } from '../../../domain/csv';
import { exportCsv, total, type ExportTable, type ExportValue } from '../../../domain/export-table';
import type { SeriesPoint } from './presence';

export interface CsvSeries {
  /** Column header, e.g. a municipality name. */
  label: string;
  points: readonly SeriesPoint[];
}

/**
 * One row per time any series has a point, in time order: `time_jst` (`YYYY-MM-DD HH:mm`),
 * then per series its value column and a `<label> suppressed_cells` column (CSV only). The
 * value is the published sum, `suppressed` when nothing was published because every record
 * was suppressed, or empty when there was no data; the other column counts the suppressed
 * cells (so a value with suppressed cells is a lower bound). `timeLabel` heads the time
 * column on screen.
 */
export function seriesTable(series: readonly CsvSeries[], timeLabel = 'time_jst'): ExportTable {
  const byTime = series.map((s) => new Map(s.points.map((p) => [p.t, p.total])));
  const times = [...new Set(series.flatMap((s) => s.points.map((p) => p.t)))].sort((a, b) => a - b);
  return {
    columns: [
      { id: 'time_jst', label: timeLabel },
      ...series.flatMap((s) => [
        { id: s.label, label: s.label, numeric: true },
        { id: `${s.label} suppressed_cells` },
      ]),
    ],
    rows: times.map((t) => ({
      key: String(t),
      cells: [
        formatJstDateTime(t),
        ...byTime.flatMap((points): ExportValue[] => {
          const at = points.get(t);
          return at ? [total(at), at.suppressed] : [null, null];
        }),
      ],
    })),
  };
}

export function seriesCsv(series: readonly CsvSeries[], options: CsvOptions = {}): string {
  return exportCsv(seriesTable(series), options);
}
