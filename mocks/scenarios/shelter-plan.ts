/**
 * Each shelter's plan for one cycle: whether and when it opens, how many people it takes at
 * the peak, when it closes. Seeded per shelter; the municipality's demand is shared out so the
 * prefecture-wide total stays plausible.
 */
import { type AlertLevel, type MunicipalityAlertPlan } from './alerts';
import { capacityFor } from './capacity';
import { between, hashKey, uniform } from './prng';
import {
  CLOSE_AFTER_LIFT_MINUTES,
  FULL_RULE,
  NON_FULL_CEILING,
  OPEN_DELAY_MINUTES,
  OPENING_SHARE,
  PEAK_BEFORE_CLOSEST_MINUTES,
  PLATEAU_AFTER_CLOSEST_MINUTES,
  REPORT_EVERY_MINUTES,
  TURNOUT,
  TURNOUT_SPREAD,
} from './rules';
import { EVENT_END_MINUTE } from './track';

export interface PlanInput {
  /** Overlay entity id. */
  id: string;
  nationalShelterId?: string;
  externalShelterId?: string;
  code5: string;
  code6: string;
  name: string;
  welfare: boolean;
  /** Given instead of derived from the name (temporary shelters send their own). */
  capacity?: number;
  /** Planted cases open at a fixed level; `peakShare` takes them out of the shared demand. */
  force?: { level: AlertLevel; delayMinutes: number; peakShare?: number };
}

export interface ShelterPlan extends PlanInput {
  capacity: number;
  /** Minute offset (0–9) of its reports. */
  phase: number;
  /** Seeds the per-report headcount noise (see uniformAt). */
  noiseKey: number;
  /** Cycle minute of opening and the level that opens it; undefined: stays closed. */
  open?: { minute: number; level: AlertLevel };
  closeMinute: number;
  peakMinute: number;
  plateauEndMinute: number;
  /** Target evacuees at the peak; above capacity for shelters planned to fill. */
  peak: number;
  full: boolean;
}

function openLevel(seed: number, input: PlanInput, maxLevel: number): AlertLevel | undefined {
  if (input.force) return input.force.level;
  const share = input.welfare ? OPENING_SHARE.welfare : OPENING_SHARE.general;
  const u = uniform(seed, `open:${input.id}`);
  if (maxLevel >= 3 && u < share[3]) return 3;
  if (maxLevel >= 4 && u < share[4]) return 4;
  return undefined;
}

function basePlan(seed: number, input: PlanInput, m: MunicipalityAlertPlan): ShelterPlan {
  const capacity =
    input.capacity ??
    capacityFor(input.name, input.welfare, uniform(seed, `cap:${input.nationalShelterId}`));
  const level = openLevel(seed, input, m.maxLevel);
  const issued = m.issuances.find((i) => i.level === level);
  const delay =
    input.force?.delayMinutes ?? between(seed, `delay:${input.id}`, ...OPEN_DELAY_MINUTES);
  const afterLift = between(seed, `close:${input.id}`, ...CLOSE_AFTER_LIFT_MINUTES);
  return {
    ...input,
    capacity,
    phase: Math.floor(uniform(seed, `phase:${input.id}`) * REPORT_EVERY_MINUTES),
    noiseKey: hashKey(seed, `noise:${input.id}`),
    ...(level && issued ? { open: { minute: Math.round(issued.minute + delay), level } } : {}),
    closeMinute: Math.min(
      Math.round((m.liftMinute ?? 0) + afterLift),
      EVENT_END_MINUTE - REPORT_EVERY_MINUTES,
    ),
    peakMinute: m.closestMinute - PEAK_BEFORE_CLOSEST_MINUTES,
    plateauEndMinute: m.closestMinute + PLATEAU_AFTER_CLOSEST_MINUTES,
    peak: 0,
    full: false,
  };
}

/** Picks the shelters that fill, then shares the rest of the demand by seeded weights. */
function shareDemand(seed: number, plans: ShelterPlan[], m: MunicipalityAlertPlan): void {
  if (m.maxLevel === 0) return;
  const open = plans.filter((p) => p.open);
  const pooled = open.filter((p) => p.force?.peakShare === undefined);
  for (const p of open)
    if (p.force?.peakShare !== undefined) p.peak = Math.round(p.capacity * p.force.peakShare);
  let demand =
    m.population * TURNOUT[m.maxLevel] * between(seed, `turnout:${m.code}`, ...TURNOUT_SPREAD);
  if (m.maxLevel >= 4) {
    const wanted =
      Math.round(open.length / FULL_RULE.perOpen) +
      (m.maxLevel === 5 ? FULL_RULE.extraAtLevel5 : 0);
    // A seeded shuffle of the candidates: draw once per shelter, sort by the draw.
    const candidates = pooled
      .filter((p) => !p.force && !p.welfare && p.open?.level === 3)
      .filter((p) => p.capacity <= FULL_RULE.maxCapacity)
      .map((p) => ({ p, key: uniform(seed, `full:${p.id}`) }))
      .sort((a, b) => a.key - b.key)
      .map(({ p }) => p);
    for (const p of candidates.slice(0, wanted)) {
      p.full = true;
      p.peak = Math.ceil(p.capacity * FULL_RULE.overshoot);
      demand -= p.capacity;
    }
  }
  const rest = pooled.filter((p) => !p.full);
  const weights = rest.map((p) => p.capacity * (0.15 + 1.85 * uniform(seed, `w:${p.id}`) ** 2));
  const total = weights.reduce((s, w) => s + w, 0);
  rest.forEach((p, i) => {
    const share = total > 0 ? (Math.max(demand, 0) * weights[i]!) / total : 0;
    p.peak = Math.min(Math.floor(p.capacity * NON_FULL_CEILING), Math.round(share));
  });
}

/** Plans for all inputs, in input order. */
export function buildPlans(
  seed: number,
  inputs: readonly PlanInput[],
  municipalities: readonly MunicipalityAlertPlan[],
): ShelterPlan[] {
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const plans = inputs.map((input) => {
    const m = byCode.get(input.code5);
    if (!m) throw new Error(`shelter ${input.id}: unknown municipality ${input.code5}`);
    return basePlan(seed, input, m);
  });
  for (const m of municipalities)
    shareDemand(
      seed,
      plans.filter((p) => p.code5 === m.code),
      m,
    );
  return plans;
}
