/**
 * Japanese public holidays (国民の祝日に関する法律) for the tourism mock's calendar effects,
 * computed by rule for 2000–2099: fixed dates, Happy Monday days, the equinoxes by the
 * usual astronomical approximation, substitute holidays (振替休日) and the in-between
 * 国民の休日. Years with one-off changes (e.g. 2020–2021 Olympics moves) are not modelled.
 */

/** Dates as YYYY-MM-DD (calendar dates, no time zone). */
const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Day of week of a calendar date (0 = Sunday), independent of the machine's zone. */
const weekday = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDay();

/** The n-th Monday of a month. */
function nthMonday(y: number, m: number, n: number): number {
  const first = weekday(y, m, 1);
  return 1 + ((8 - first) % 7) + (n - 1) * 7;
}

const vernalEquinox = (y: number) =>
  Math.floor(20.8431 + 0.242194 * (y - 1980) - Math.floor((y - 1980) / 4));
const autumnalEquinox = (y: number) =>
  Math.floor(23.2488 + 0.242194 * (y - 1980) - Math.floor((y - 1980) / 4));

/** The named holidays of a year, by rule. */
function namedHolidays(y: number): Array<[number, number]> {
  return [
    [1, 1],
    [1, nthMonday(y, 1, 2)],
    [2, 11],
    ...(y >= 2020 ? ([[2, 23]] as Array<[number, number]>) : []),
    [3, vernalEquinox(y)],
    [4, 29],
    [5, 3],
    [5, 4],
    [5, 5],
    [7, nthMonday(y, 7, 3)],
    ...(y >= 2016 ? ([[8, 11]] as Array<[number, number]>) : []),
    [9, nthMonday(y, 9, 3)],
    [9, autumnalEquinox(y)],
    [10, nthMonday(y, 10, 2)],
    [11, 3],
    [11, 23],
  ];
}

const cache = new Map<number, ReadonlySet<string>>();

/** All public holidays of a year, substitute and in-between days included. */
export function holidaysOf(year: number): ReadonlySet<string> {
  const cached = cache.get(year);
  if (cached) return cached;
  const named = new Set(namedHolidays(year).map(([m, d]) => iso(year, m, d)));
  const all = new Set(named);
  const dayMs = 86_400_000;
  const asDate = (s: string) => Date.parse(`${s}T00:00:00Z`);
  const fromMs = (t: number) => new Date(t).toISOString().slice(0, 10);
  // 国民の休日: an ordinary day between two holidays.
  for (const h of named) {
    const next = fromMs(asDate(h) + 2 * dayMs);
    const between = fromMs(asDate(h) + dayMs);
    if (named.has(next) && !named.has(between) && new Date(asDate(between)).getUTCDay() !== 0)
      all.add(between);
  }
  // 振替休日: a holiday on a Sunday moves the rest to the next day that is not a holiday.
  for (const h of named) {
    if (new Date(asDate(h)).getUTCDay() !== 0) continue;
    let t = asDate(h) + dayMs;
    while (all.has(fromMs(t))) t += dayMs;
    all.add(fromMs(t));
  }
  cache.set(year, all);
  return all;
}

export function isHoliday(date: string): boolean {
  return holidaysOf(Number(date.slice(0, 4))).has(date);
}
