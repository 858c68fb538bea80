/**
 * The KPI table as CSV rows: one row per municipality; per type its record count, the newest
 * record's time (JST, `YYYY-MM-DD HH:mm`), the freshness class and the count's status. A count
 * that is not known is left empty and its status says why, never written as 0.
 */
import { formatJstDateTime } from '../../../domain/jst';
import { getMunicipality } from '../../../domain/municipalities';
import type { KpiCell, KpiMatrix } from './matrix';
import type { Measure } from './types';

export type KpiCsvCell = string | number;

const STATUS: Record<Measure['state'], string> = {
  ok: 'ok',
  stale: 'last_good',
  unsupported: 'not_supported',
  unreported: 'count_not_reported',
  failed: 'failed',
};

const recordsOf = (c: KpiCell): KpiCsvCell =>
  c.records.state === 'ok' || c.records.state === 'stale' ? c.records.value : '';

export function kpiCsvHeaders(matrix: KpiMatrix): string[] {
  return [
    'code',
    'municipality',
    'municipality_en',
    ...matrix.types.flatMap((t) => [
      `${t} records`,
      `${t} newest_jst`,
      `${t} freshness`,
      `${t} status`,
    ]),
  ];
}

export function kpiCsvRows(matrix: KpiMatrix): KpiCsvCell[][] {
  return matrix.rows.map((row) => {
    const m = getMunicipality(row.code);
    return [
      row.code,
      m?.nameJa ?? '',
      m?.nameEn ?? '',
      ...row.cells.flatMap((c): KpiCsvCell[] => [
        recordsOf(c),
        c.newestAt === undefined ? '' : formatJstDateTime(c.newestAt),
        c.freshness,
        STATUS[c.records.state],
      ]),
    ];
  });
}
