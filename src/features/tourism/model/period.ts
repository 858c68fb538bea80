/** The period the tourism view shows, the one it compares with, and the time cursor in it. */
import {
  DAY_MS,
  HOUR_MS,
  addDays,
  addYears,
  hourStartMs,
  isJstDate,
  jstDateOf,
  jstDayStartMs,
} from '../../../domain/jst';
import type { TimeRange } from '../../../domain/tourism-days';

/** JST dates, both included. */
export interface Period {
  from: string;
  to: string;
}

export type CompareWith = 'none' | 'year' | 'weeks52';

/** Days the default period spans. */
export const DEFAULT_DAYS = 7;

/** Providers publish a day once it is over: the default is the last week up to yesterday. */
export function defaultPeriod(nowMs: number): Period {
  const to = addDays(jstDateOf(nowMs), -1);
  return { from: addDays(to, -(DEFAULT_DAYS - 1)), to };
}

export function rangeOf(p: Period): TimeRange {
  return { fromMs: jstDayStartMs(p.from), toMs: jstDayStartMs(p.to) + DAY_MS };
}

export function periodDays(p: Period): number {
  return (jstDayStartMs(p.to) - jstDayStartMs(p.from)) / DAY_MS + 1;
}

/** Two JST dates that make a period of 1 to `maxDays` days. */
export const isValidPeriod = (p: Period, maxDays: number): boolean =>
  isJstDate(p.from) && isJstDate(p.to) && p.from <= p.to && periodDays(p) <= maxDays;

/**
 * What is wrong with a typed period, once there is something to say: a field that is complete
 * (10 characters, as YYYY-MM-DD is) but no date, or two dates that make no period of 1 to
 * `maxDays` days. A field still being typed is no error yet: null, as for a valid period.
 */
export function periodProblem(p: Period, maxDays: number): 'format' | 'range' | null {
  const from = p.from.trim();
  const to = p.to.trim();
  const badDate = (d: string) => d.length >= 10 && !isJstDate(d);
  if (badDate(from) || badDate(to)) return 'format';
  if (!isJstDate(from) || !isJstDate(to)) return null;
  return isValidPeriod({ from, to }, maxDays) ? null : 'range';
}

/**
 * The period to compare with: the same calendar dates a year earlier (holidays such as
 * Golden Week fall on dates), or 52 weeks earlier (weekdays line up).
 */
export function comparePeriod(p: Period, mode: CompareWith): Period | null {
  if (mode === 'year') return { from: addYears(p.from, -1), to: addYears(p.to, -1) };
  if (mode === 'weeks52') return { from: addDays(p.from, -364), to: addDays(p.to, -364) };
  return null;
}

/** How far the compared period lies before the shown one, to lay it on the same time axis. */
export function compareOffsetMs(p: Period, c: Period): number {
  return jstDayStartMs(p.from) - jstDayStartMs(c.from);
}

/** The cursor inside the range, on a whole hour; by default noon of the last day. */
export function cursorIn(cursor: number | null, range: TimeRange): number {
  const noonOfLastDay = range.toMs - DAY_MS + 12 * HOUR_MS;
  if (cursor === null || cursor < range.fromMs || cursor >= range.toMs) return noonOfLastDay;
  return hourStartMs(cursor);
}

/** The next playback position: one step on, wrapping to the start at the end. */
export function stepCursor(cursor: number, range: TimeRange, hours: number): number {
  const next = cursor + hours * HOUR_MS;
  return next >= range.toMs ? range.fromMs : next;
}
