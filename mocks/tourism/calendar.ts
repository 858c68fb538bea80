/**
 * Calendar arithmetic for the tourism generator, on calendar dates (YYYY-MM-DD) only: no
 * local time zone is ever consulted, so a day's data is the same on every machine.
 */
import { isHoliday } from './holidays';

export const DAY_MS = 86_400_000;
const JST_OFFSET_MS = 9 * 3_600_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Days since 1970-01-01 of a calendar date. */
export const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** The calendar date of a day number. */
export const dateOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string => dateOfDay(dayNumber(date) + days);

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (date: string): number => new Date(dayNumber(date) * DAY_MS).getUTCDay();

/** The JST calendar date an instant falls on. */
export const jstDateOf = (ms: number): string =>
  new Date(ms + JST_OFFSET_MS).toISOString().slice(0, 10);

/** A real calendar date written as YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const t = Date.parse(`${text}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().startsWith(text);
}

/** JST midnight starting the date, as the contract's DateTime (`…T00:00:00+09:00`). */
export const jstMidnight = (date: string): string => `${date}T00:00:00+09:00`;

/** Lunar New Year (春節), the first day of the Nagasaki Lantern Festival. */
export const LUNAR_NEW_YEAR: Readonly<Record<number, string>> = {
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
};
export const LANTERN_FESTIVAL_DAYS = 15;

/** Nagasaki Lantern Festival (長崎ランタンフェスティバル): 15 days from Lunar New Year. */
export function isLanternFestival(date: string): boolean {
  const start = LUNAR_NEW_YEAR[Number(date.slice(0, 4))];
  if (start === undefined) return false;
  const offset = dayNumber(date) - dayNumber(start);
  return offset >= 0 && offset < LANTERN_FESTIVAL_DAYS;
}

/** Nagasaki Kunchi (長崎くんち): 7–9 October every year. */
export const isKunchi = (date: string): boolean => /-10-0[789]$/.test(date);

/**
 * A day most people have off: weekends, public holidays, and by custom Obon (13–15 August)
 * and the New Year break (29 December – 3 January).
 */
export function isDayOff(date: string): boolean {
  const weekday = weekdayOf(date);
  if (weekday === 0 || weekday === 6 || isHoliday(date)) return true;
  const md = date.slice(5);
  return (md >= '08-13' && md <= '08-15') || md >= '12-29' || md <= '01-03';
}

// Monday–Thursday differ a little (Tuesday the quietest); Friday is the eve of a weekend.
const WORKDAY_FACTORS = [1, 0.82, 0.76, 0.78, 0.84, 1, 1] as const;
const FACTORS = { offBeforeOff: 1.45, lastDayOff: 1.15, eveOfDayOff: 1 } as const;
// The factors above average about 0.98 over a year: divide it out so annual totals hold.
const FACTOR_MEAN = 0.98;

/**
 * Weekday effect on visitor numbers. A day off followed by another is a Saturday (the
 * busiest); the last day off is a Sunday; a workday before a day off is a Friday. So the
 * Sunday before a Monday holiday counts as a Saturday, and the eve of a holiday as a Friday.
 */
export function dayFactor(date: string): number {
  const offToday = isDayOff(date);
  const offTomorrow = isDayOff(addDays(date, 1));
  let factor: number;
  if (offToday) factor = offTomorrow ? FACTORS.offBeforeOff : FACTORS.lastDayOff;
  else factor = offTomorrow ? FACTORS.eveOfDayOff : WORKDAY_FACTORS[weekdayOf(date)]!;
  return factor / FACTOR_MEAN;
}
