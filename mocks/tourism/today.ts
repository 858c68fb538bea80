/**
 * Today (JST) so far: what a provider that publishes hourly would have sent by `now`. The day is
 * generated whole, as for any other day, and then cut:
 *
 * - presence: the hours already over (an hourly sum is published once its hour has ended);
 * - daily flows: the day's arrivals so far, the whole day's count × the share of arrivals
 *   made by the last full hour (arrivals spread evenly over 06–18 h, an assumption), counts that
 *   fall under the suppression threshold left out;
 * - hourly flows (the planted Saturday ones): those whose hour is over, as they are.
 *
 * The cached whole day is never changed: scaled entities are copies.
 */
import type { JsonObject, NgsiEntity } from '../broker';
import { property } from './attrs';
import { SUPPRESSION_THRESHOLD } from './presence';
import { HOUR_MS, jstHourOf } from '../../src/domain/jst';
const FIRST_ARRIVAL_HOUR = 6;
const LAST_ARRIVAL_HOUR = 18;

/** Full JST hours elapsed today at `now` (0 at 00:59, 15 at 15:20). */
export const fullHoursToday = (now: number): number => jstHourOf(now);

/** Share of a day's arrivals made in its first `hours` full hours. */
export const arrivalShare = (hours: number): number =>
  Math.min(1, Math.max(0, (hours - FIRST_ARRIVAL_HOUR) / (LAST_ARRIVAL_HOUR - FIRST_ARRIVAL_HOUR)));

const valueOf = (attr: unknown): unknown =>
  attr !== null && typeof attr === 'object' ? (attr as JsonObject).value : undefined;

/** Today's presence cells whose hour is over at `now`. */
export function presenceSoFar(day: readonly NgsiEntity[], now: number): NgsiEntity[] {
  const hours = fullHoursToday(now);
  return day.filter((e) => {
    const hour = valueOf(e.hour);
    return typeof hour === 'number' && hour < hours;
  });
}

/** Today's flows as published by `now`. */
export function flowsSoFar(day: readonly NgsiEntity[], now: number): NgsiEntity[] {
  const share = arrivalShare(fullHoursToday(now));
  const out: NgsiEntity[] = [];
  for (const e of day) {
    const from = Date.parse(String(valueOf(e.dateObservedFrom)));
    const to = Date.parse(String(valueOf(e.dateObservedTo)));
    if (to - from < 24 * HOUR_MS - 2 * HOUR_MS) {
      // An hourly (or shorter) flow: published once its period is over.
      if (to <= now) out.push(e);
      continue;
    }
    const count = valueOf(e.visitorCount);
    if (typeof count !== 'number') {
      // Suppressed (null) or broken on purpose (planted): sent as it is, once arrivals began.
      if (share > 0) out.push(e);
      continue;
    }
    const soFar = Math.round(count * share);
    if (soFar >= SUPPRESSION_THRESHOLD) out.push({ ...e, visitorCount: property(soFar) });
  }
  return out;
}
