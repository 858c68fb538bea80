/** The ranking as a CSV table: the rows in ranking order, with codes and suppressed counts. */
import { formatJstDateTime } from '../../../domain/jst';
import { total, type ExportTable } from '../../../domain/export-table';
import type { RankRow } from './ranking';
import type { MunicipalityCode } from '../../../domain/tourism-days';

const round = (v: number | null | undefined): number | null =>
  v === null || v === undefined ? null : Math.round(v);

/**
 * Average and peak presence (whole people), peak time in JST, arrivals (the word `suppressed`
 * when only suppressed records arrived), suppressed records and cells; with a comparison, the
 * compared average and the change as a fraction to three decimals (0.123 = +12.3 %).
 */
export function rankingTable(
  rows: readonly RankRow[],
  comparing: boolean,
  nameOf: (code: MunicipalityCode) => string,
): ExportTable {
  return {
    columns: [
      'municipality_code',
      'municipality',
      'average_present',
      'peak_present',
      'peak_time_jst',
      'arrivals',
      'arrivals_suppressed_records',
      'presence_suppressed_cells',
      ...(comparing ? ['compared_average_present', 'change'] : []),
    ].map((id) => ({ id })),
    rows: rows.map((r) => ({
      key: r.code,
      cells: [
        r.code,
        nameOf(r.code),
        round(r.average),
        r.peak?.value ?? null,
        r.peak ? formatJstDateTime(r.peak.t) : null,
        total(r.arrivals),
        r.arrivals.suppressed,
        r.suppressed,
        ...(comparing
          ? [round(r.compareAverage), r.change == null ? null : Math.round(r.change * 1000) / 1000]
          : []),
      ],
    })),
  };
}
