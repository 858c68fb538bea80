/** The EvacuationInformation entities in force or already lifted at a storm minute. */
import { alertPlans, ALERT_LABELS, type AlertLevel, type MunicipalityAlertPlan } from './alerts';
import { absoluteMinute } from './cycle';
import { eventId, eventSlug } from './event';

export interface EvacuationInfoState {
  id: string;
  /** 6-digit code. */
  localGovernmentCode: string;
  alertLevel: AlertLevel;
  alertLabel: string;
  hazardTypes: readonly string[];
  targetArea: string;
  targetPersons: number;
  targetHouseholds: number;
  /** Absolute storm minutes. */
  issuedMinute: number;
  liftedMinute?: number;
  eventId: string;
}

function issued(plan: MunicipalityAlertPlan, cycle: number, minute: number): EvacuationInfoState[] {
  const lifted = plan.liftMinute !== undefined && minute >= plan.liftMinute;
  return plan.issuances
    .filter((i) => i.minute <= minute)
    .map((i) => ({
      id: `urn:ngsi-ld:EvacuationInformation:${eventSlug(cycle)}-${plan.code6}-L${i.level}`,
      localGovernmentCode: plan.code6,
      alertLevel: i.level,
      alertLabel: ALERT_LABELS[i.level],
      hazardTypes: i.hazardTypes,
      targetArea: i.targetArea,
      targetPersons: i.targetPersons,
      targetHouseholds: i.targetHouseholds,
      issuedMinute: absoluteMinute(cycle, i.minute),
      // A raise does not lift the lower level: each covers its own target area, and the
      // municipality lifts them all at once (see README).
      ...(lifted ? { liftedMinute: absoluteMinute(cycle, plan.liftMinute!) } : {}),
      eventId: eventId(cycle),
    }));
}

/**
 * This cycle's issuances so far, plus the previous cycle's (all lifted by then), which stay
 * on the broker one more cycle as a real one keeps past 避難情報.
 */
export function evacuationInformationAt(
  seed: number,
  cycle: number,
  minute: number,
): EvacuationInfoState[] {
  const plans = alertPlans(seed);
  const out: EvacuationInfoState[] = [];
  if (cycle > 0) for (const p of plans) out.push(...issued(p, cycle - 1, Infinity));
  for (const p of plans) out.push(...issued(p, cycle, minute));
  return out;
}
