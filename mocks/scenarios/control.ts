/** The drill part of the mock server's control API (GET/POST /__mock/scenario). */
import * as z from '../../src/domain/zod';
import type { ScenarioDriver } from './driver';
import type { ScenarioStatus } from './status';

export const scenarioPatchSchema = z.strictObject({
  /** Jump to this storm minute (absolute; a cycle is 2,280 minutes). */
  stormMinutes: z.optional(z.number().check(z.minimum(0), z.maximum(1e9))),
  paused: z.optional(z.boolean()),
  /** Storm minutes per real minute. */
  speed: z.optional(z.number().check(z.positive(), z.maximum(3_600))),
});

export type ScenarioPatch = z.output<typeof scenarioPatchSchema>;

/**
 * Pause first and resume last, so {"stormMinutes": n, "paused": true} freezes the drill at
 * exactly n for an end-to-end test to compare the dashboard with the mock's state.
 */
export function applyScenarioPatch(driver: ScenarioDriver, patch: ScenarioPatch): ScenarioStatus {
  if (patch.speed !== undefined) driver.setSpeed(patch.speed);
  if (patch.paused === true) driver.pause();
  if (patch.stormMinutes !== undefined) driver.setStormMinutes(patch.stormMinutes);
  if (patch.paused === false) driver.resume();
  return driver.status();
}
