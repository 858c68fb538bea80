import { describe, expect, it } from 'vitest';
import { seriesCsv, seriesTable } from './csv';
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

describe('seriesTable', () => {
  const t0 = at('2026-05-03', 23);
  it.each<[string, SeriesPoint[], string[]]>([
    ['a published value', [{ t: t0, total: total(120, 0) }], ['2026-05-03 23:00', '120', '0']],
    [
      'suppressed cells only: the word, never 0',
      [{ t: t0, total: total(null, 2) }],
      ['2026-05-03 23:00', 'suppressed', '2'],
    ],
    ['no record at all', [{ t: t0, total: total(null, 0) }], ['2026-05-03 23:00', '', '0']],
  ])('%s', (_label, points, csvRow) => {
    const table = seriesTable([{ label: '長崎市', points }], '時刻（JST）');
    expect(table.columns).toEqual([
      { id: 'time_jst', label: '時刻（JST）' },
      { id: '長崎市', label: '長崎市', numeric: true },
      { id: '長崎市 suppressed_cells' },
    ]);
    expect(seriesCsv([{ label: '長崎市', points }], { bom: false }).split('\r\n')[1]).toBe(
      csvRow.join(','),
    );
    expect(table.rows.map((r) => r.key)).toEqual([String(t0)]);
  });
});
