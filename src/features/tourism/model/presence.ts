/**
 * Hourly presence from the packed days: per municipality, per JST hour, summed over the
 * origins the filter keeps. Loops read the Int32Array directly (the UI calls these per frame).
 */
import { DAY_MS, HOUR_MS, hourStartMs, jstDateOf, jstDayStartMs } from '../../../domain/jst';
import { TOURISM_MUNICIPALITIES, municipalityIndex } from '../../../domain/tourism-index';
import { originMatches } from './filter';
import { addCell, emptyTotal } from './total';
import type { Point } from './downsample';
import type {
  MunicipalityCode,
  PresenceDay,
  TimeRange,
  Total,
  TourismFilter,
} from '../../../domain/tourism-days';

export type PresenceDays = ReadonlyMap<string, PresenceDay>;

export interface SeriesPoint {
  /** Start of the JST hour. */
  t: number;
  total: Total;
}

const ALL_INDEXES: readonly number[] = TOURISM_MUNICIPALITIES.map((_, i) => i);

/** Indexes into `day.origins` of the origins the filter keeps. */
export function matchingOrigins(day: PresenceDay, filter: TourismFilter): number[] {
  const out: number[] = [];
  for (let o = 0; o < day.origins.length; o++) {
    if (originMatches(day.origins[o]!, filter)) out.push(o);
  }
  return out;
}

/** Municipality indexes of the codes (unknown codes dropped), or all 21 for 'prefecture'. */
export function indexesOf(codes: readonly MunicipalityCode[] | 'prefecture'): readonly number[] {
  if (codes === 'prefecture') return ALL_INDEXES;
  return codes.flatMap((c) => municipalityIndex(c) ?? []);
}

/** Adds the cells of municipality `m`, JST hour `h`, for the given origins to `acc`. */
export function addCells(
  acc: Total,
  day: PresenceDay,
  m: number,
  h: number,
  origins: readonly number[],
): void {
  const base = (m * 24 + h) * day.origins.length;
  for (let i = 0; i < origins.length; i++) addCell(acc, day.counts[base + origins[i]!]!);
}

/**
 * Calls `visit` once per JST hour overlapping the range, in time order, with that hour's day
 * (undefined when not loaded or empty) and the day's matching origins (computed once per day).
 */
export function forEachHour(
  days: PresenceDays,
  range: TimeRange,
  filter: TourismFilter,
  visit: (t: number, day: PresenceDay | undefined, h: number, origins: readonly number[]) => void,
): void {
  let t = hourStartMs(range.fromMs);
  while (t < range.toMs) {
    const date = jstDateOf(t);
    const dayStart = jstDayStartMs(date);
    const day = days.get(date);
    const origins = day ? matchingOrigins(day, filter) : [];
    const end = Math.min(range.toMs, dayStart + DAY_MS);
    for (; t < end; t += HOUR_MS) visit(t, day, (t - dayStart) / HOUR_MS, origins);
  }
}

/** Per municipality (all 21), the JST hour containing `ms`. */
export function presenceAt(
  days: PresenceDays,
  ms: number,
  filter: TourismFilter,
): Map<MunicipalityCode, Total> {
  const out = new Map<MunicipalityCode, Total>();
  const t = hourStartMs(ms);
  forEachHour(days, { fromMs: t, toMs: t + HOUR_MS }, filter, (_t, day, h, origins) => {
    for (let m = 0; m < TOURISM_MUNICIPALITIES.length; m++) {
      const total = emptyTotal();
      if (day) addCells(total, day, m, h, origins);
      out.set(TOURISM_MUNICIPALITIES[m]!, total);
    }
  });
  return out;
}

/**
 * One point per JST hour overlapping the range, summed over the municipalities (or all 21 for
 * 'prefecture'). A point's value is null when nothing was published that hour in any of them.
 */
export function presenceSeries(
  days: PresenceDays,
  range: TimeRange,
  codes: readonly MunicipalityCode[] | 'prefecture',
  filter: TourismFilter,
): SeriesPoint[] {
  const ms = indexesOf(codes);
  const out: SeriesPoint[] = [];
  forEachHour(days, range, filter, (t, day, h, origins) => {
    const total = emptyTotal();
    if (day) for (let i = 0; i < ms.length; i++) addCells(total, day, ms[i]!, h, origins);
    out.push({ t, total });
  });
  return out;
}

/** Mean over the hours that published something; null when none did. */
export function averagePresence(series: readonly SeriesPoint[]): number | null {
  let sum = 0;
  let hours = 0;
  for (const p of series) {
    if (p.total.value === null) continue;
    sum += p.total.value;
    hours++;
  }
  return hours === 0 ? null : sum / hours;
}

/** The highest published hour (the earliest on a tie); null when nothing was published. */
export function peakPresence(series: readonly SeriesPoint[]): { value: number; t: number } | null {
  let peak: { value: number; t: number } | null = null;
  for (const p of series) {
    const v = p.total.value;
    if (v !== null && (peak === null || v > peak.value)) peak = { value: v, t: p.t };
  }
  return peak;
}

/** Chart points for `downsample`: a null value stays a gap. */
export const seriesPoints = (series: readonly SeriesPoint[]): Point[] =>
  series.map((p) => ({ x: p.t, y: p.total.value }));
