/**
 * The history of the drill before it started, so the temporal API has data from the first
 * poll: at every report of an open shelter its evacueeTotal (congestionLevel for VACAN), and
 * every change of openingStatus, from `fromMinute` up to (not including) `toMinute`.
 */
import type { AttributeInstance } from '../broker';
import { PREPARING } from './bad-data';
import { firstReportFrom } from './curve';
import { absoluteMinute } from './cycle';
import { overlayAt, type OverlayOptions } from './overlay';
import { REPORT_EVERY_MINUTES } from './rules';
import type { ShelterPlan } from './shelter-plan';
import { CYCLE_MINUTES } from './track';
import { isoAt, type RealTimeOf } from './wire';

export interface PastHistory {
  entityId: string;
  attribute: string;
  instances: AttributeInstance[];
}

/** Report minutes (absolute) of one plan inside [from, to), only where something happens. */
function activeReports(plan: ShelterPlan, from: number, to: number): number[] {
  if (!plan.open) return [];
  // The planted "preparing" shelter changes status long before it opens.
  const start =
    plan.nationalShelterId === PREPARING.nationalShelterId
      ? plan.phase
      : firstReportFrom(plan.open.minute, plan.phase);
  const end = firstReportFrom(plan.closeMinute, plan.phase);
  const out: number[] = [];
  const firstCycle = Math.floor(Math.max(from, 0) / CYCLE_MINUTES);
  for (let c = firstCycle; absoluteMinute(c, 0) < to; c++) {
    for (let m = start; m <= end; m += REPORT_EVERY_MINUTES) {
      const r = absoluteMinute(c, m);
      if (r >= from && r < to) out.push(r);
    }
  }
  return out;
}

export function pastHistory(
  seed: number,
  plans: readonly ShelterPlan[],
  options: OverlayOptions,
  fromMinute: number,
  toMinute: number,
  time: RealTimeOf,
): PastHistory[] {
  const counted = options.scenario === 'typhoon-vacan' ? 'congestionLevel' : 'evacueeTotal';
  const out: PastHistory[] = [];
  for (const plan of plans) {
    const counts: AttributeInstance[] = [];
    const statuses: AttributeInstance[] = [];
    let previous = 'closed';
    for (const r of activeReports(plan, fromMinute, toMinute)) {
      const s = overlayAt(seed, plan, r, options);
      // A shelter in a quiet spell (eei.ts) repeats an older report: no new instance.
      if (s.reportMinute !== Math.max(r, 0)) continue;
      const observedAt = isoAt(time(r));
      const value = counted === 'evacueeTotal' ? s.evacueeTotal : s.congestionLevel;
      // Every report while live, and the first one after closing (the count back to 0).
      if (value !== undefined && (s.openingStatus !== 'closed' || previous !== 'closed'))
        counts.push({ value, observedAt });
      if (s.openingStatus !== previous) statuses.push({ value: s.openingStatus, observedAt });
      previous = s.openingStatus;
    }
    if (counts.length > 0) out.push({ entityId: plan.id, attribute: counted, instances: counts });
    if (statuses.length > 0)
      out.push({ entityId: plan.id, attribute: 'openingStatus', instances: statuses });
  }
  return out;
}
