/** Drill mode of the mock: a seeded, time-accelerated typhoon over the real shelters. */
export { applyScenarioPatch, scenarioPatchSchema, type ScenarioPatch } from './control';
export {
  createScenarioDriver,
  DRILL_DEFAULTS,
  type ScenarioDriver,
  type ScenarioDriverOptions,
} from './driver';
export {
  DRILL_SCENARIOS,
  drillScenarioOf,
  isDrillScenario,
  MOCK_SCENARIO_NAMES,
  type MockScenario,
} from './names';
export {
  scenarioStateAt,
  type DrillScenario,
  type EvacuationInfoState,
  type EventState,
  type OverlayState,
  type ScenarioState,
  type ScenarioStateOptions,
} from './state';
export type { ScenarioStatus, TickStats } from './status';
export { CYCLE_MINUTES, EVENT_END_MINUTE, STORM_MINUTES } from './track';
