import { describe, expect, it } from 'vitest';
import { alignSeries, compareTotals, shiftRange, type Shift } from './compare';
import type { SeriesPoint } from './presence';
import { H, at, total } from './test-data';
import type { Total } from '../../../domain/tourism-days';

describe('shiftRange', () => {
  it.each<[string, [string, number, string, number], Shift, [string, number, string, number]]>([
    [
      'year: same calendar dates',
      ['2026-05-03', 0, '2026-05-07', 0],
      'year',
      ['2025-05-03', 0, '2025-05-07', 0],
    ],
    [
      'year keeps the JST hour',
      ['2026-05-03', 13, '2026-05-03', 18],
      'year',
      ['2025-05-03', 13, '2025-05-03', 18],
    ],
    [
      'year from a leap day',
      ['2024-02-29', 0, '2024-03-01', 0],
      'year',
      ['2023-02-28', 0, '2023-03-01', 0],
    ],
    [
      'weeks52: 364 days, same weekday',
      ['2026-05-03', 0, '2026-05-07', 0],
      'weeks52',
      ['2025-05-04', 0, '2025-05-08', 0],
    ],
    [
      'a week earlier',
      ['2026-05-03', 5, '2026-05-04', 0],
      { days: 7 },
      ['2026-04-26', 5, '2026-04-27', 0],
    ],
    [
      'negative days: later',
      ['2026-05-03', 0, '2026-05-04', 0],
      { days: -1 },
      ['2026-05-04', 0, '2026-05-05', 0],
    ],
  ])('%s', (_label, [fd, fh, td, th], by, [efd, efh, etd, eth]) => {
    expect(shiftRange({ fromMs: at(fd, fh), toMs: at(td, th) }, by)).toEqual({
      fromMs: at(efd, efh),
      toMs: at(etd, eth),
    });
  });
});

describe('compareTotals', () => {
  it.each<[string, Total, Total, number | null, number | null, number | null]>([
    ['both published', total(120), total(100), 20, 1.2, 0.2],
    ['a fell', total(50), total(100, 1), -50, 0.5, -0.5],
    ['b zero: no ratio', total(10), total(0), 10, null, null],
    ['a suppressed only', total(null, 2), total(100), null, null, null],
    ['b no data', total(100), total(null), null, null, null],
  ])('%s', (_label, a, b, diff, ratio, change) => {
    expect(compareTotals(a, b)).toEqual({ a, b, diff, ratio, change });
  });
});

describe('alignSeries', () => {
  const series = (start: number, values: Array<number | null>): SeriesPoint[] =>
    values.map((v, i) => ({ t: start + i * H, total: total(v) }));
  const a0 = at('2026-05-03');
  const b0 = at('2025-05-03');

  it('lays B on A’s timeline, one point per point of A', () => {
    const out = alignSeries(series(a0, [10, null, 30]), series(b0, [5, 5]), a0 - b0);
    expect(out.map((p) => [p.t, p.a.value, p.b.value, p.diff])).toEqual([
      [a0, 10, 5, 5],
      [a0 + H, null, 5, null],
      [a0 + 2 * H, 30, null, null],
    ]);
  });
});
