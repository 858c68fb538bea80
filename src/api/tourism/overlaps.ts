/**
 * Flow records that count the same visitors twice: the platform may publish a daily record
 * and the hourly records inside it for the same origin, destination, category, stay and mode.
 * Runs in the worker; pure.
 */
import type { FlowObservation } from '../../domain/tourism';
import { DAY_MS } from '../../domain/jst';
import type { FlowDay } from '../../domain/tourism-days';

const groupKey = (f: FlowObservation) =>
  [f.origin.kind, f.origin.code, f.destinationCode, f.category, f.stay, f.mode ?? ''].join('|');

/** Longest period first; ties: earlier start, then id. */
const byPreference = (a: FlowObservation, b: FlowObservation) =>
  b.toMs - b.fromMs - (a.toMs - a.fromMs) ||
  a.fromMs - b.fromMs ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const overlap = (a: FlowObservation, b: FlowObservation) => a.fromMs < b.toMs && b.fromMs < a.toMs;

export interface ResolvedFlows {
  /** Sorted by `fromMs`, then id. */
  kept: FlowObservation[];
  /** Records dropped because an accepted record of the same group covers part of their period. */
  overlapping: number;
}

/**
 * Within each group (origin, destination, category, stay, mode) records are accepted longest
 * period first, and a record whose [fromMs, toMs) overlaps an accepted one is dropped. So a
 * daily record wins over the hourly records inside it, hourly records alone are all kept, and
 * an exact repeat of a period is dropped.
 */
export function resolveFlowOverlaps(items: readonly FlowObservation[]): ResolvedFlows {
  const groups = new Map<string, FlowObservation[]>();
  for (const f of items) {
    const key = groupKey(f);
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const kept: FlowObservation[] = [];
  let overlapping = 0;
  for (const group of groups.values()) {
    const accepted: FlowObservation[] = [];
    for (const f of group.sort(byPreference)) {
      if (accepted.some((a) => overlap(a, f))) overlapping++;
      else accepted.push(f);
    }
    kept.push(...accepted);
  }
  kept.sort((a, b) => a.fromMs - b.fromMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { kept, overlapping };
}

export interface PackedFlowDay {
  day: FlowDay;
  /** See `ResolvedFlows.overlapping`. */
  overlapping: number;
  /** Records whose period does not start on this JST day: left out. */
  otherDate: number;
}

/**
 * One JST day of flows: the records whose period starts in [startMs, startMs + 24 h), overlaps
 * resolved among them. Overlaps across midnight (a record starting the day before) are not
 * looked for: each day is packed on its own.
 */
export function packFlowDay(
  date: string,
  startMs: number,
  items: readonly FlowObservation[],
): PackedFlowDay {
  const inDay = items.filter((f) => f.fromMs >= startMs && f.fromMs < startMs + DAY_MS);
  const { kept, overlapping } = resolveFlowOverlaps(inDay);
  return {
    day: { date, startMs, flows: kept },
    overlapping,
    otherDate: items.length - inDay.length,
  };
}
