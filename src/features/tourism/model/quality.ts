/** What the loaded data says about itself: days without data, suppressed counts. */
import { ABSENT, SUPPRESSED, type FlowDay, type PresenceDay } from '../../../domain/tourism-days';

export interface DataQuality {
  /** Presence days that were asked for and came back with no record at all. */
  emptyDays: string[];
  /** Presence cells published as suppressed (each under 10). */
  suppressedCells: number;
  /** Flow records published as suppressed. */
  suppressedFlows: number;
  /** Whether anything at all was published (a count or a suppressed mark). */
  anyData: boolean;
}

export function dataQuality(
  dates: readonly string[],
  presence: ReadonlyMap<string, PresenceDay>,
  flows: ReadonlyMap<string, FlowDay>,
): DataQuality {
  const emptyDays: string[] = [];
  let suppressedCells = 0;
  let suppressedFlows = 0;
  let anyData = false;
  for (const date of dates) {
    const day = presence.get(date);
    if (!day) continue;
    let published = false;
    const c = day.counts;
    for (let i = 0; i < c.length; i++) {
      const v = c[i]!;
      if (v === ABSENT) continue;
      published = true;
      if (v === SUPPRESSED) suppressedCells += 1;
    }
    if (published) anyData = true;
    else emptyDays.push(date);
  }
  for (const date of dates) {
    for (const f of flows.get(date)?.flows ?? []) {
      anyData = true;
      if (f.count === null) suppressedFlows += 1;
    }
  }
  return { emptyDays, suppressedCells, suppressedFlows, anyData };
}
