/** One EvacuationShelter overlay's state at a storm minute. */
import type { CongestionLevel } from '../../src/domain/live';
import { alertPlans } from './alerts';
import { OVER_CAPACITY, PREPARING } from './bad-data';
import { absoluteMinute, cycleTime } from './cycle';
import { evacueesAt, firstReportFrom, lastReport } from './curve';
import { eeiAt, eeiPlanOf, reportedMinute, type EeiState } from './eei';
import { eventId } from './event';
import { CONGESTION_BANDS, EVACUEES_PER_HOUSEHOLD } from './rules';
import type { ShelterPlan } from './shelter-plan';

export type DrillScenario = 'typhoon' | 'typhoon-vacan';

/** Flat and primitive, so the driver can diff it field by field. Minutes are absolute. */
export interface OverlayState extends EeiState {
  id: string;
  nationalShelterId?: string;
  externalShelterId?: string;
  localGovernmentCode: string;
  maxCapacity?: number;
  openingStatus: string;
  statusLabel?: string;
  evacueeTotal?: number;
  evacueeHouseholds?: number;
  congestionLevel?: CongestionLevel;
  openedMinute?: number;
  closedMinute?: number;
  eventId: string;
  /** The report this state comes from: the observedAt of what it changed. */
  reportMinute: number;
}

export interface OverlayOptions {
  scenario: DrillScenario;
  badData: boolean;
}

export function congestionOf(evacuees: number, capacity: number): CongestionLevel {
  const ratio = evacuees / capacity;
  if (ratio >= CONGESTION_BANDS.full) return 'full';
  if (ratio >= CONGESTION_BANDS.crowded) return 'crowded';
  return ratio >= CONGESTION_BANDS.somewhatCrowded ? 'somewhatCrowded' : 'vacant';
}

/** Status, label and headcount from the plan alone (before any planted fault). */
function core(plan: ShelterPlan, minute: number) {
  const openAt = plan.open ? firstReportFrom(plan.open.minute, plan.phase) : undefined;
  const closeAt = firstReportFrom(plan.closeMinute, plan.phase);
  if (openAt === undefined || minute < openAt)
    return { status: 'closed', label: '未開設', evacuees: 0, openAt, closeAt };
  if (minute >= closeAt) return { status: 'closed', label: '閉鎖', evacuees: 0, openAt, closeAt };
  const evacuees = evacueesAt(plan, minute);
  const full = evacuees >= plan.capacity;
  return {
    status: full ? 'full' : 'open',
    label: full ? '満員' : '開設中',
    evacuees,
    openAt,
    closeAt,
  };
}

/** When a shelter last opened / closed, looking back into the previous cycle if needed. */
function lastTime(at: number | undefined, cycle: number, minute: number): number | undefined {
  if (at === undefined) return undefined;
  if (minute >= at) return absoluteMinute(cycle, at);
  return cycle > 0 ? absoluteMinute(cycle - 1, at) : undefined;
}

function isPreparing(seed: number, plan: ShelterPlan, minute: number, openAt: number | undefined) {
  if (plan.nationalShelterId !== PREPARING.nationalShelterId || openAt === undefined) return false;
  const level3 = alertPlans(seed)
    .find((m) => m.code === plan.code5)
    ?.issuances.find((i) => i.level === 3);
  return (
    level3 !== undefined &&
    minute >= level3.minute + PREPARING.fromMinutesAfterLevel3 &&
    minute < openAt
  );
}

export function overlayAt(
  seed: number,
  plan: ShelterPlan,
  stormMinutes: number,
  options: OverlayOptions,
): OverlayState {
  // A shelter in a quiet spell repeats an older report: nothing new goes out (eei.ts).
  const eei = options.scenario === 'typhoon' ? eeiPlanOf(seed, plan) : undefined;
  const shown = eei
    ? reportedMinute(eei, stormMinutes, cycleTime(Math.max(0, Math.floor(stormMinutes))).minute)
    : stormMinutes;
  const report = lastReport(shown, plan.phase);
  // Before a shelter's first report of the drill, it is simply not open yet.
  const { cycle, minute } = report < 0 ? { cycle: 0, minute: -1 } : cycleTime(report);
  const c = core(plan, minute);
  let { status, label } = c;
  const planted = options.badData;
  if (planted && isPreparing(seed, plan, minute, c.openAt))
    [status, label] = [PREPARING.status, PREPARING.label];
  const base = {
    id: plan.id,
    ...(plan.nationalShelterId ? { nationalShelterId: plan.nationalShelterId } : {}),
    ...(plan.externalShelterId ? { externalShelterId: plan.externalShelterId } : {}),
    localGovernmentCode: plan.code6,
    openingStatus: status,
    eventId: eventId(cycle),
    reportMinute: Math.max(report, 0),
  };
  if (options.scenario === 'typhoon-vacan')
    return {
      ...base,
      congestionLevel: status === 'full' ? 'full' : congestionOf(c.evacuees, plan.capacity),
    };
  const reported =
    planted && plan.nationalShelterId === OVER_CAPACITY.nationalShelterId
      ? c.evacuees * OVER_CAPACITY.factor
      : c.evacuees;
  const opened = lastTime(c.openAt, cycle, minute);
  // A shelter that never opens never closes either.
  const closed = c.openAt === undefined ? undefined : lastTime(c.closeAt, cycle, minute);
  return {
    ...base,
    maxCapacity: plan.capacity,
    statusLabel: label,
    evacueeTotal: reported,
    evacueeHouseholds:
      c.evacuees === 0 ? 0 : Math.max(1, Math.round(c.evacuees / EVACUEES_PER_HOUSEHOLD)),
    ...(opened !== undefined ? { openedMinute: opened } : {}),
    // A reopened shelter keeps the previous cycle's closedAt (older than openedAt): upserts
    // merge, so a feed cannot delete it, and the state mirrors the wire.
    ...(closed !== undefined ? { closedMinute: closed } : {}),
    ...(eei ? eeiAt(eei, plan, minute, cycle, status, c.evacuees) : {}),
  };
}
