/**
 * Japan Standard Time calendar arithmetic on epoch ms. JST is UTC+9 all year (no daylight
 * saving), so a JST day is always 24 hours and JST hours start on whole UTC hours. Nothing
 * here reads the machine's own time zone.
 */

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
const JST_OFFSET_MS = 9 * HOUR_MS;
/** The IANA zone for `Intl` formats: JST has no daylight saving, so it is the offset above. */
export const JST_TIME_ZONE = 'Asia/Tokyo';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `date` is a real YYYY-MM-DD calendar date (2026-02-30 is not one). */
export function isJstDate(date: string): boolean {
  if (!DATE.test(date)) return false;
  const t = Date.parse(`${date}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().startsWith(date);
}

/** Epoch ms of JST midnight starting `date` (YYYY-MM-DD). Throws on anything else. */
export function jstDayStartMs(date: string): number {
  if (!isJstDate(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date.slice(0, 20)}`);
  return Date.parse(`${date}T00:00:00Z`) - JST_OFFSET_MS;
}

/** The JST wall clock at `ms` to the second: `2026-08-10T13:05:09`. */
export function jstWallClock(ms: number): string {
  return new Date(ms + JST_OFFSET_MS).toISOString().slice(0, 19);
}

/** The JST calendar date (YYYY-MM-DD) containing the instant `ms`. */
export function jstDateOf(ms: number): string {
  return new Date(ms + JST_OFFSET_MS).toISOString().slice(0, 10);
}

/** The JST hour (0–23) containing the instant `ms`. */
export function jstHourOf(ms: number): number {
  const inDay = (((ms + JST_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS;
  return Math.floor(inDay / HOUR_MS);
}

/** Start of the JST hour containing `ms` (JST hours start on whole UTC hours). */
export function hourStartMs(ms: number): number {
  return Math.floor(ms / HOUR_MS) * HOUR_MS;
}

/** `date` moved by `n` calendar days (negative: earlier). */
export function addDays(date: string, n: number): string {
  return jstDateOf(jstDayStartMs(date) + n * DAY_MS);
}

/**
 * The same calendar date `n` years later (negative: earlier). 29 February becomes
 * 28 February in a year without one.
 */
export function addYears(date: string, n: number): string {
  jstDayStartMs(date); // validates
  const year = Number(date.slice(0, 4)) + n;
  const monthDay = date.slice(5);
  const candidate = `${String(year).padStart(4, '0')}-${monthDay}`;
  return isJstDate(candidate) ? candidate : `${candidate.slice(0, 8)}28`;
}

/** Every date from `fromDate` to `toDateInclusive`, both included; empty when reversed. */
export function daysBetween(fromDate: string, toDateInclusive: string): string[] {
  const out: string[] = [];
  const end = jstDayStartMs(toDateInclusive);
  for (let t = jstDayStartMs(fromDate); t <= end; t += DAY_MS) out.push(jstDateOf(t));
  return out;
}

/** `YYYY-MM-DD HH:mm` in JST, e.g. for CSV: the zone is in the column name, not the cell. */
export function formatJstDateTime(ms: number): string {
  const iso = new Date(ms + JST_OFFSET_MS).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}
