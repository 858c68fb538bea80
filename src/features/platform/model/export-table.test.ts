import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../../domain/export-table';
import { kpiExportTable } from './export-table';
import { buildMatrix } from './matrix';
import { AT, cells, failed, ok, scan, snapshot, type } from './test-data';

describe('the KPI CSV', () => {
  const m = buildMatrix(
    snapshot([
      type(
        'EvacuationSite',
        cells(ok(0), {
          '42201': ok(7),
          '42202': { state: 'unsupported', status: 400, detail: 'q' },
          '42203': failed(),
          '42204': { state: 'stale', value: 2, at: AT, error: 'x', failedAt: AT },
        }),
        // 2026-09-01T00:00Z is 09:00 JST.
        { newest: scan({ '42201': AT, '42204': AT }) },
      ),
    ]),
    AT,
  );
  const lines = exportCsv(kpiExportTable(m), { bom: false }).split('\r\n');

  it('names four columns per type after the municipality, then the map’s measure', () => {
    expect(lines[0]).toBe(
      'code,municipality,municipality_en,EvacuationSite_records,EvacuationSite_newest_jst,' +
        'EvacuationSite_freshness,EvacuationSite_status,' +
        'residents,records_per_10k_residents,records_per_10k_lower_bound',
    );
  });

  it.each([
    // 7 / 409,100 × 10,000 = 0.17 → 0.2; 2 / 133,900 × 10,000 = 0.15 → 0.1 (to one decimal).
    ['42201', '42201,長崎市,Nagasaki,7,2026-09-01 09:00,fresh,ok,409100,0.2,no'],
    ['42202', '42202,佐世保市,Sasebo,,,unknown,not_supported,,,'],
    ['42203', '42203,島原市,Shimabara,,,unknown,failed,,,'],
    ['42204', '42204,諫早市,Isahaya,2,2026-09-01 09:00,fresh,last_good,133900,0.1,no'],
    ['42205', '42205,大村市,Omura,0,,empty,ok,95400,0,no'],
  ])('row %s', (code, expected) => {
    expect(lines.find((l) => l.startsWith(code))).toBe(expected);
  });

  it('has a header and one row per municipality, in code order', () => {
    expect(lines.filter((l) => l !== '')).toHaveLength(22);
    const codes = lines.slice(1, -1).map((l) => l.slice(0, 5));
    expect(codes).toEqual([...codes].sort());
  });
});
