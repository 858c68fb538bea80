/**
 * Keeps the broker's history bounded while a drill runs for days. Instances older than
 * `keepMs` go; instances older than `fullResolutionMs` are thinned to at most two per attribute
 * per UTC hour: for numbers the hour's maximum and its last value, otherwise the last value.
 * That keeps `aggrMethods=max` with `aggrPeriodDuration=PT1H` on hour-aligned windows exact,
 * and the last value of every hour, while a fast drill (speed 60: a whole storm per real hour)
 * would otherwise pile up ~250k instances an hour.
 */
import type { AttributeInstance, HistoryFilter } from '../broker';

export interface HistoryWindow {
  /** Instances older than this are dropped. */
  keepMs: number;
  /** Instances older than this are thinned to two per hour. */
  fullResolutionMs: number;
  /**
   * Attributes whose history is kept (thinned) beyond the full-resolution window; the others
   * only keep that window (their current value stays on the entity). All when absent.
   */
  longHistory?: ReadonlySet<string>;
}

/** What a temporal client asks the drill for: counts, congestion and status. */
export const LONG_HISTORY_ATTRIBUTES: ReadonlySet<string> = new Set([
  'evacueeTotal',
  'evacueeHouseholds',
  'congestionLevel',
  'openingStatus',
]);

const HOUR_MS = 3_600_000;

/**
 * 26 hours of history; the last 6 storm hours (at least a real minute) at full resolution:
 * 6 real hours at 1×, 6 real minutes at speed 60, 1 minute at 3600 (a storm hour a second).
 */
export function defaultHistoryWindow(speed: number): HistoryWindow {
  return {
    keepMs: 26 * HOUR_MS,
    fullResolutionMs: Math.max(60_000, (6 * HOUR_MS) / Math.max(speed, 1)),
    longHistory: LONG_HISTORY_ATTRIBUTES,
  };
}

/** Compact twice per full-resolution window, but not more often than every 30 s or less than every 5 min. */
export function defaultCompactEveryMs(speed: number): number {
  return Math.min(5 * 60_000, Math.max(30_000, defaultHistoryWindow(speed).fullResolutionMs / 2));
}

/**
 * The instant as a canonical UTC string (`toISOString()`), which sorts as time does. The
 * driver writes only canonical stamps, so the common case is the string itself: comparing
 * strings instead of parsing dates keeps a compaction over ~10k lists at a few ms.
 */
function canonical(observedAt: string): string {
  if (observedAt.length === 24 && observedAt[10] === 'T' && observedAt[23] === 'Z')
    return observedAt;
  const ms = Date.parse(observedAt);
  return Number.isNaN(ms) ? '' : new Date(ms).toISOString();
}

/** At most the maximum and the last numeric instance, or the last one, per hour. */
export function thinHourly(list: readonly AttributeInstance[]): AttributeInstance[] {
  // "YYYY-MM-DDTHH": the UTC hour.
  const hours = list.map((i) => canonical(i.observedAt).slice(0, 13));
  const out: AttributeInstance[] = [];
  let i = 0;
  while (i < list.length) {
    let j = i;
    let max: AttributeInstance | undefined;
    while (j < list.length && hours[j] === hours[i]) {
      const v = list[j]!.value;
      if (typeof v === 'number' && (max === undefined || v > Number(max.value))) max = list[j];
      j++;
    }
    const last = list[j - 1]!;
    if (max !== undefined && max !== last) out.push(max);
    out.push(last);
    i = j;
  }
  return out;
}

/** Index of the first instance at or after the canonical instant `at` (binary search). */
function lowerBound(list: readonly AttributeInstance[], at: string): number {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (canonical(list[mid]!.observedAt) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * The filter for one compaction at `now`. `previousThinBefore` (the last compaction's cut-off)
 * lets it skip what that one already thinned: only the hour it cut through is thinned again.
 */
export function historyFilter(
  now: number,
  window: HistoryWindow,
  previousThinBefore?: number,
): HistoryFilter {
  const dropBefore = iso(now - window.keepMs);
  const thinBefore = iso(now - window.fullResolutionMs);
  const redoFrom =
    previousThinBefore === undefined ? '' : iso(Math.floor(previousThinBefore / HOUR_MS) * HOUR_MS);
  return (list, attribute) => {
    const first = list[0];
    if (first === undefined || canonical(first.observedAt) >= thinBefore) return list;
    // Labels and timestamps: nobody asks for their past beyond the recent window.
    if (window.longHistory && !window.longHistory.has(attribute))
      return list.slice(lowerBound(list, thinBefore));
    const from = lowerBound(list, dropBefore);
    const to = lowerBound(list, thinBefore);
    const mid = Math.min(Math.max(from, lowerBound(list, redoFrom)), to);
    if (from === 0 && mid === to) return list;
    const thinned = thinHourly(list.slice(mid, to));
    if (from === 0 && thinned.length === to - mid) return list;
    return [...list.slice(from, mid), ...thinned, ...list.slice(to)];
  };
}
