/** An ISO 8601 duration, split so months and years can follow the calendar. */
export interface Duration {
  years: number;
  months: number;
  /** Weeks, days, hours, minutes and seconds, which have a fixed length in UTC. */
  fixedMs: number;
}

const PATTERN =
  /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Parses `PT1H`, `P1D`, `P1M`, `PT15M`…; undefined when malformed or zero. */
export function parseDuration(text: string): Duration | undefined {
  const m = PATTERN.exec(text);
  if (!m || text === 'P' || text.endsWith('T')) return undefined;
  const n = (i: number): number => Number(m[i] ?? 0);
  const fixedMs = (((n(3) * 7 + n(4)) * 24 + n(5)) * 60 + n(6)) * 60_000 + n(7) * 1000;
  const duration = { years: n(1), months: n(2), fixedMs };
  return duration.years + duration.months + duration.fixedMs > 0 ? duration : undefined;
}

/**
 * `time + duration`, adding calendar months in UTC the way SQL interval arithmetic does:
 * Jan 31 + 1 month is Feb 28 (JavaScript's own setUTCMonth would overflow into March).
 */
export function addDuration(time: number, duration: Duration): number {
  const date = new Date(time);
  const months = duration.years * 12 + duration.months;
  if (months) {
    const day = date.getUTCDate();
    date.setUTCDate(1);
    date.setUTCMonth(date.getUTCMonth() + months);
    const lastDay = new Date(
      Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0),
    ).getUTCDate();
    date.setUTCDate(Math.min(day, lastDay));
  }
  return date.getTime() + duration.fixedMs;
}

/** `duration × k`, so period boundaries are computed from the origin and never drift. */
export function scaleDuration(duration: Duration, k: number): Duration {
  return { years: duration.years * k, months: duration.months * k, fixedMs: duration.fixedMs * k };
}
