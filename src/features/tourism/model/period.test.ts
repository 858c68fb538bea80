import { describe, expect, it } from 'vitest';
import {
  comparePeriod,
  compareOffsetMs,
  cursorIn,
  defaultPeriod,
  periodDays,
  rangeOf,
  stepCursor,
  type CompareWith,
  type Period,
} from './period';

const H = 3_600_000;
const jst = (date: string, hour = 0) => Date.parse(`${date}T00:00:00+09:00`) + hour * H;

describe('period', () => {
  it.each([
    // 2026-11-25 08:59 JST is still the 25th; 2026-11-24 15:00 UTC is the 25th in JST.
    [Date.parse('2026-11-24T23:59:00Z'), { from: '2026-11-18', to: '2026-11-24' }],
    [Date.parse('2026-11-24T15:00:00Z'), { from: '2026-11-18', to: '2026-11-24' }],
    [Date.parse('2026-11-24T14:59:00Z'), { from: '2026-11-17', to: '2026-11-23' }],
    [Date.parse('2026-03-02T03:00:00Z'), { from: '2026-02-23', to: '2026-03-01' }],
  ])('default period at %d is %j', (now, expected) => {
    expect(defaultPeriod(now)).toEqual(expected);
  });

  it.each<[Period, CompareWith, Period | null]>([
    [{ from: '2026-04-29', to: '2026-05-06' }, 'year', { from: '2025-04-29', to: '2025-05-06' }],
    [{ from: '2026-04-29', to: '2026-05-06' }, 'weeks52', { from: '2025-04-30', to: '2025-05-07' }],
    [{ from: '2024-02-29', to: '2024-03-01' }, 'year', { from: '2023-02-28', to: '2023-03-01' }],
    [{ from: '2026-04-29', to: '2026-05-06' }, 'none', null],
  ])('%j compared by %s is %j', (p, mode, expected) => {
    expect(comparePeriod(p, mode)).toEqual(expected);
  });

  it('measures ranges and offsets in JST days', () => {
    const p = { from: '2026-08-01', to: '2026-08-07' };
    expect(rangeOf(p)).toEqual({ fromMs: jst('2026-08-01'), toMs: jst('2026-08-08') });
    expect(periodDays(p)).toBe(7);
    expect(compareOffsetMs(p, { from: '2025-08-02', to: '2025-08-08' })).toBe(364 * 24 * H);
  });

  const range = rangeOf({ from: '2026-08-01', to: '2026-08-02' });
  it.each([
    [null, jst('2026-08-02', 12)],
    [jst('2026-08-01', 5) + 123_456, jst('2026-08-01', 5)],
    [jst('2026-07-31', 23), jst('2026-08-02', 12)],
    [jst('2026-08-03'), jst('2026-08-02', 12)],
  ])('cursor %s lands on %d', (cursor, expected) => {
    expect(cursorIn(cursor, range)).toBe(expected);
  });

  it.each([
    [jst('2026-08-01', 0), 1, jst('2026-08-01', 1)],
    [jst('2026-08-02', 23), 1, jst('2026-08-01', 0)],
    [jst('2026-08-02', 20), 6, jst('2026-08-01', 0)],
  ])('steps %d by %d hours to %d', (cursor, hours, expected) => {
    expect(stepCursor(cursor, range, hours)).toBe(expected);
  });
});
