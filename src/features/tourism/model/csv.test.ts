import { describe, expect, it } from 'vitest';
import { seriesCsv } from './csv';
import type { SeriesPoint } from './presence';
import { H, at, total } from './test-data';

describe('seriesCsv', () => {
  const t0 = at('2026-05-03', 23);
  const pts = (values: Array<[number | null, number]>, start = t0): SeriesPoint[] =>
    values.map(([v, s], i) => ({ t: start + i * H, total: total(v, s) }));

  it('one row per time, value and suppressed cells per series, JST times', () => {
    const csv = seriesCsv(
      [
        {
          label: '長崎市',
          points: pts([
            [120, 0],
            [null, 2],
            [null, 0],
          ]),
        },
        { label: 'Goto, city', points: pts([[40, 1]], t0 + H) },
      ],
      { bom: false },
    );
    expect(csv.split('\r\n')).toEqual([
      'time_jst,長崎市,長崎市 suppressed_cells,"Goto, city","Goto, city suppressed_cells"',
      '2026-05-03 23:00,120,0,,',
      '2026-05-04 00:00,suppressed,2,40,1',
      '2026-05-04 01:00,,0,,',
      '',
    ]);
  });

  it('starts with a BOM by default; no series is a header only', () => {
    expect(seriesCsv([])).toBe('\uFEFFtime_jst\r\n');
  });
});
