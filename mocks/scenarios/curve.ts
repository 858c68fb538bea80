/** How many people are in a shelter at a report: arrive before the peak, leave after it. */
import { uniformAt } from './prng';
import { DEPARTURE_TAU_MINUTES, HEADCOUNT_NOISE, REPORT_EVERY_MINUTES } from './rules';
import type { ShelterPlan } from './shelter-plan';

/** The last report instant at or before absolute minute `t` (negative before the first). */
export function lastReport(t: number, phase: number): number {
  const since =
    (((Math.floor(t) - phase) % REPORT_EVERY_MINUTES) + REPORT_EVERY_MINUTES) %
    REPORT_EVERY_MINUTES;
  return Math.floor(t) - since;
}

/** The first report instant at or after cycle minute `minute`. */
export function firstReportFrom(minute: number, phase: number): number {
  return phase + Math.ceil((minute - phase) / REPORT_EVERY_MINUTES) * REPORT_EVERY_MINUTES;
}

const smoothstep = (x: number): number => {
  const c = Math.min(Math.max(x, 0), 1);
  return c * c * (3 - 2 * c);
};

/**
 * Evacuees reported at cycle minute `minute` of an open shelter: a smooth rise from opening
 * to the peak, a plateau around the closest approach, then exponential departure. Integer,
 * never negative, never above capacity (a full shelter turns people away).
 */
export function evacueesAt(plan: ShelterPlan, minute: number): number {
  const opened = plan.open?.minute ?? minute;
  let x: number;
  if (minute < plan.peakMinute)
    x = plan.peak * smoothstep((minute - opened) / (plan.peakMinute - opened));
  else if (minute <= plan.plateauEndMinute) x = plan.peak;
  else x = plan.peak * Math.exp(-(minute - plan.plateauEndMinute) / DEPARTURE_TAU_MINUTES);
  const noise = 1 + HEADCOUNT_NOISE * (uniformAt(plan.noiseKey, minute) - 0.5);
  return Math.min(plan.capacity, Math.max(0, Math.round(x * noise)));
}
