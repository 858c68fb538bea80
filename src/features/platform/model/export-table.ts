/**
 * The KPI table for its CSV (src/domain/export-table): one row per municipality; per type its
 * record count, the newest record's time (JST, `YYYY-MM-DD HH:mm`), the freshness class and
 * the count's status; then the map's measure (residents, records per 10,000 residents, and
 * whether that is a lower bound). A count that is not known is left empty and its status says
 * why, never written as 0. The columns carry no screen labels: the panel draws its own table from the
 * matrix (with freshness marks), from the same rows in the same order.
 */
import { formatJstDateTime } from '../../../domain/jst';
import { getMunicipality } from '../../../domain/municipalities';
import type { ExportColumn, ExportTable, ExportValue } from '../../../domain/export-table';
import { rowRate } from './density';
import type { KpiCell, KpiMatrix } from './matrix';
import type { Measure } from './types';

const STATUS: Record<Measure['state'], string> = {
  ok: 'ok',
  stale: 'last_good',
  unsupported: 'not_supported',
  unreported: 'count_not_reported',
  failed: 'failed',
};

const recordsOf = (c: KpiCell): ExportValue =>
  c.records.state === 'ok' || c.records.state === 'stale' ? c.records.value : null;

export function kpiExportTable(matrix: KpiMatrix): ExportTable {
  const columns: ExportColumn[] = [
    { id: 'code' },
    { id: 'municipality' },
    { id: 'municipality_en' },
    ...matrix.types.flatMap((t): ExportColumn[] => [
      { id: `${t}_records`, numeric: true },
      { id: `${t}_newest_jst` },
      { id: `${t}_freshness` },
      { id: `${t}_status` },
    ]),
    { id: 'residents', numeric: true },
    { id: 'records_per_10k_residents', numeric: true },
    { id: 'records_per_10k_lower_bound' },
  ];
  const rows = matrix.rows.map((row) => {
    const m = getMunicipality(row.code);
    const rate = rowRate(row);
    const cells: ExportValue[] = [
      row.code,
      m?.nameJa ?? null,
      m?.nameEn ?? null,
      ...row.cells.flatMap((c): ExportValue[] => [
        recordsOf(c),
        c.newestAt === undefined ? null : formatJstDateTime(c.newestAt),
        c.freshness,
        STATUS[c.records.state],
      ]),
      rate?.residents ?? null,
      rate?.per10k ?? null,
      rate === null ? null : rate.partial ? 'yes' : 'no',
    ];
    return { key: row.code, cells };
  });
  return { columns, rows };
}
