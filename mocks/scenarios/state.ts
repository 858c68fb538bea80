/**
 * The drill as a pure function: scenarioStateAt(seed, stormMinutes) gives every entity the
 * mock serves at that storm minute, with times in storm minutes. The driver maps those to real
 * epoch times and writes what changed; tests compute the same state on their own.
 */
import { DUPLICATE, invalidTwinOf } from './bad-data';
import { cycleTime } from './cycle';
import { firstReportFrom } from './curve';
import { eventAt, type EventState } from './event';
import { evacuationInformationAt, type EvacuationInfoState } from './evacuation-information';
import { overlayAt, type DrillScenario, type OverlayOptions, type OverlayState } from './overlay';
import { seedPlans } from './plans';

export type { DrillScenario, EventState, EvacuationInfoState, OverlayState };

export interface ScenarioStateOptions {
  /** `typhoon` (headcounts, default) or `typhoon-vacan` (congestion levels only). */
  scenario?: DrillScenario;
  /** Plant the documented bad data (default true). */
  badData?: boolean;
}

export interface ScenarioState {
  stormMinutes: number;
  cycle: number;
  /** Minute inside the cycle. */
  minute: number;
  event: EventState;
  /** The previous cycle's event (closed), kept one cycle like its 避難情報. */
  previousEvent?: EventState;
  evacuationInformation: EvacuationInfoState[];
  overlays: OverlayState[];
}

/** The legacy feed's frozen copy of one shelter, from its freeze minute on. */
export function duplicateAt(
  seed: number,
  stormMinutes: number,
  options: OverlayOptions,
): OverlayState | undefined {
  const plan = seedPlans(seed).byNationalId.get(DUPLICATE.nationalShelterId);
  if (!plan?.open) return undefined;
  const freeze = firstReportFrom(plan.open.minute, plan.phase) + DUPLICATE.freezeAfterOpenMinutes;
  if (stormMinutes < freeze) return undefined;
  return { ...overlayAt(seed, plan, freeze, options), id: DUPLICATE.id };
}

export function scenarioStateAt(
  seed: number,
  stormMinutes: number,
  options: ScenarioStateOptions = {},
): ScenarioState {
  const t = Math.max(0, Math.floor(stormMinutes));
  const { cycle, minute } = cycleTime(t);
  const opts: OverlayOptions = {
    scenario: options.scenario ?? 'typhoon',
    badData: options.badData ?? true,
  };
  const plans = seedPlans(seed);
  const overlays = plans.masters.map((p) => overlayAt(seed, p, t, opts));
  if (opts.badData) {
    const twin = overlays.map(invalidTwinOf).find((o) => o !== undefined);
    if (twin) overlays.push(twin);
    for (const p of plans.temporary) overlays.push(overlayAt(seed, p, t, opts));
    const duplicate = duplicateAt(seed, t, opts);
    if (duplicate) overlays.push(duplicate);
  }
  return {
    stormMinutes: t,
    cycle,
    minute,
    event: eventAt(cycle, minute),
    ...(cycle > 0 ? { previousEvent: eventAt(cycle - 1, Infinity) } : {}),
    evacuationInformation: evacuationInformationAt(seed, cycle, minute),
    overlays,
  };
}
