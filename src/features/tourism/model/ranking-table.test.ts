import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../../domain/export-table';
import type { RankRow } from './ranking';
import { rankingTable } from './ranking-table';
import { at, total } from './test-data';

const row = (patch: Partial<RankRow>): RankRow => ({
  code: '42201',
  average: 1234.6,
  peak: { value: 2000, t: at('2026-08-01', 13) },
  arrivals: total(500, 0),
  suppressed: 0,
  ...patch,
});
const name = (code: string) => `M${code}`;
const lines = (csv: string) => csv.slice(1).split('\r\n').slice(0, -1);

describe('rankingTable', () => {
  const HEAD =
    'municipality_code,municipality,average_present,peak_present,peak_time_jst,arrivals,' +
    'arrivals_suppressed_records,presence_suppressed_cells';
  it.each<[string, RankRow[], boolean, string[]]>([
    [
      'rounded averages, JST peak time, arrivals lower bound',
      [row({ arrivals: total(500, 2), suppressed: 3 })],
      false,
      [HEAD, '42201,M42201,1235,2000,2026-08-01 13:00,500,2,3'],
    ],
    [
      'no data stays empty, suppressed arrivals say so',
      [row({ code: '42383', average: null, peak: null, arrivals: total(null, 4) })],
      false,
      [HEAD, '42383,M42383,,,,suppressed,4,0'],
    ],
    [
      'with a comparison: the compared average and the change to three decimals',
      [
        row({ compareAverage: 1000.4, change: 0.23456 }),
        row({ code: '42202', compareAverage: null, change: null }),
      ],
      true,
      [
        `${HEAD},compared_average_present,change`,
        '42201,M42201,1235,2000,2026-08-01 13:00,500,0,0,1000,0.235',
        '42202,M42202,1235,2000,2026-08-01 13:00,500,0,0,,',
      ],
    ],
  ])('%s', (_label, rows, comparing, expected) => {
    expect(lines(exportCsv(rankingTable(rows, comparing, name)))).toEqual(expected);
  });
});
