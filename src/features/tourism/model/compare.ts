/** Comparing two periods, e.g. this Golden Week against last year's. */
import { DAY_MS, addYears, jstDateOf, jstDayStartMs } from '../../../domain/jst';
import type { SeriesPoint } from './presence';
import { emptyTotal, relativeChange } from './total';
import type { TimeRange, Total } from '../../../domain/tourism-days';

/**
 * How far back the compared period lies: 'year' = the same JST calendar dates a year earlier
 * (29 February → 28 February); 'weeks52' = 364 days earlier, so weekdays line up;
 * `{ days: n }` = n days earlier (negative: later).
 */
export type Shift = 'year' | 'weeks52' | { days: number };

function shiftYear(ms: number): number {
  const date = jstDateOf(ms);
  return jstDayStartMs(addYears(date, -1)) + (ms - jstDayStartMs(date));
}

export function shiftRange(range: TimeRange, by: Shift): TimeRange {
  if (by === 'year') return { fromMs: shiftYear(range.fromMs), toMs: shiftYear(range.toMs) };
  const ms = (by === 'weeks52' ? 364 : by.days) * DAY_MS;
  return { fromMs: range.fromMs - ms, toMs: range.toMs - ms };
}

export interface Compared {
  a: Total;
  b: Total;
  /** a − b of the published values; null unless both published something. */
  diff: number | null;
  /** a / b; null unless both published and b > 0. */
  ratio: number | null;
  /** Relative change from b to a (0.12 = +12 %); null when `ratio` is. */
  change: number | null;
}

export function compareTotals(a: Total, b: Total): Compared {
  const both = a.value !== null && b.value !== null;
  return {
    a,
    b,
    diff: both ? a.value! - b.value! : null,
    ratio: both && b.value! > 0 ? a.value! / b.value! : null,
    change: relativeChange(a.value, b.value),
  };
}

export interface AlignedPoint extends Compared {
  /** On A's timeline. */
  t: number;
}

/**
 * Lays series B on A's timeline: B's point at `t − offsetMs` goes with A's point at `t`
 * (`offsetMs` = A's start − B's start). One point per point of A; where B has none, `b` is
 * no data.
 */
export function alignSeries(
  a: readonly SeriesPoint[],
  b: readonly SeriesPoint[],
  offsetMs: number,
): AlignedPoint[] {
  const byTime = new Map(b.map((p) => [p.t + offsetMs, p.total]));
  return a.map((p) => ({ t: p.t, ...compareTotals(p.total, byTime.get(p.t) ?? emptyTotal()) }));
}
