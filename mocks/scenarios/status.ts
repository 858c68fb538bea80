/** What GET /__mock/scenario reports: the drill's clock and counts of what the broker holds. */
import type { EventState } from './event';
import type { EvacuationInfoState } from './evacuation-information';
import type { DrillScenario, OverlayState } from './overlay';
import { cycleTime } from './cycle';

export interface TickStats {
  /** The storm minute applied. */
  stormMinutes: number;
  /** Real ms the tick took (state, diff, upserts, and compaction when it ran). */
  ms: number;
  /** Entities upserted. */
  written: number;
  removed: number;
  /** History instances dropped by the last compaction, 0 when none ran. */
  compacted: number;
}

export interface ScenarioStatus {
  scenario: DrillScenario;
  seed: number;
  speed: number;
  paused: boolean;
  badData: boolean;
  /** The storm minute the broker reflects (absolute), its cycle and minute inside it. */
  stormMinutes: number;
  cycle: number;
  cycleMinute: number;
  /** The mock's clock, ISO 8601. */
  realTime: string;
  event?: { id: string; projectStatus: string };
  evacuationInformation: {
    entities: number;
    inForce: number;
    /** Highest level in force per municipality (6-digit code). */
    levels: Record<string, number>;
  };
  overlays: {
    entities: number;
    /** Per openingStatus as sent, unknown values included. */
    byStatus: Record<string, number>;
    /** Sum of evacueeTotal as sent (planted over-capacity and duplicate included). */
    evacueeTotal: number;
  };
  lastTick: TickStats;
}

export interface StatusInput {
  scenario: DrillScenario;
  seed: number;
  speed: number;
  paused: boolean;
  badData: boolean;
  now: number;
  applied: number;
  events: ReadonlyMap<string, EventState>;
  infos: ReadonlyMap<string, EvacuationInfoState>;
  overlays: ReadonlyMap<string, OverlayState>;
  last: TickStats;
}

export function scenarioStatus(input: StatusInput): ScenarioStatus {
  const { cycle, minute } = cycleTime(Math.max(input.applied, 0));
  const current = [...input.events.values()].find((e) => e.cycle === cycle);
  const levels: Record<string, number> = {};
  let inForce = 0;
  for (const info of input.infos.values()) {
    if (info.liftedMinute !== undefined) continue;
    inForce++;
    levels[info.localGovernmentCode] = Math.max(
      levels[info.localGovernmentCode] ?? 0,
      info.alertLevel,
    );
  }
  const byStatus: Record<string, number> = {};
  let evacueeTotal = 0;
  for (const o of input.overlays.values()) {
    byStatus[o.openingStatus] = (byStatus[o.openingStatus] ?? 0) + 1;
    evacueeTotal += o.evacueeTotal ?? 0;
  }
  return {
    scenario: input.scenario,
    seed: input.seed,
    speed: input.speed,
    paused: input.paused,
    badData: input.badData,
    stormMinutes: input.applied,
    cycle,
    cycleMinute: minute,
    realTime: new Date(input.now).toISOString(),
    ...(current ? { event: { id: current.id, projectStatus: current.projectStatus } } : {}),
    evacuationInformation: { entities: input.infos.size, inForce, levels },
    overlays: { entities: input.overlays.size, byStatus, evacueeTotal },
    lastTick: input.last,
  };
}
