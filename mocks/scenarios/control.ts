/** The drill part of the mock server's control API (GET/POST /__mock/scenario). */
import { z } from 'zod';
import type { ScenarioDriver } from './driver';
import type { ScenarioStatus } from './status';

export const scenarioPatchSchema = z
  .object({
    /** Jump to this storm minute (absolute; a cycle is 2,280 minutes). */
    stormMinutes: z.number().min(0).max(1e9).optional(),
    paused: z.boolean().optional(),
    /** Storm minutes per real minute. */
    speed: z.number().positive().max(3_600).optional(),
  })
  .strict();

export type ScenarioPatch = z.infer<typeof scenarioPatchSchema>;

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
