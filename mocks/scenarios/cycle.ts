import { CYCLE_MINUTES } from './track';

/**
 * Storm minutes are counted from the start of the first cycle and keep growing while the drill
 * loops; a cycle minute is the position inside the current cycle.
 */
export interface CycleTime {
  cycle: number;
  /** Minute inside the cycle, 0 ≤ minute < CYCLE_MINUTES. */
  minute: number;
}

export function cycleTime(stormMinutes: number): CycleTime {
  const t = Math.max(0, Math.floor(stormMinutes));
  const cycle = Math.floor(t / CYCLE_MINUTES);
  return { cycle, minute: t - cycle * CYCLE_MINUTES };
}

/** The absolute storm minute of a minute inside a cycle. */
export const absoluteMinute = (cycle: number, minute: number): number =>
  cycle * CYCLE_MINUTES + minute;
