/**
 * The constants of the shelter model, in one place so the README can list them and tests can
 * check against them. Minutes are storm minutes.
 */
import type { AlertLevel } from './alerts';

/** Every shelter reports its state this often, at its own seeded phase (0–9 min). */
export const REPORT_EVERY_MINUTES = 10;

/** Share of a municipality's shelters open once it reaches a level (cumulative). */
export const OPENING_SHARE = {
  general: { 3: 0.35, 4: 0.75 },
  // 高齢者等避難 is for the elderly and disabled: most welfare shelters open at level 3.
  welfare: { 3: 0.6, 4: 1 },
} as const;

/** A shelter opens this long after the level that opens it is issued (staff must get there). */
export const OPEN_DELAY_MINUTES = [10, 60] as const;
/** …and closes this long after the lift, once the last evacuees have gone home. */
export const CLOSE_AFTER_LIFT_MINUTES = [30, 180] as const;

/** Share of the population in a shelter at the peak, by the highest level issued. */
export const TURNOUT: Readonly<Record<AlertLevel, number>> = { 3: 0.003, 4: 0.008, 5: 0.02 };
/** Seeded spread of a municipality's turnout. */
export const TURNOUT_SPREAD = [0.85, 1.15] as const;

/** Arrivals end and the peak starts this long before the closest approach… */
export const PEAK_BEFORE_CLOSEST_MINUTES = 60;
/** …people stay put until this long after it, then leave with this time constant. */
export const PLATEAU_AFTER_CLOSEST_MINUTES = 60;
export const DEPARTURE_TAU_MINUTES = 120;

/** Shelters that are not planned to fill stay below this share of capacity. */
export const NON_FULL_CEILING = 0.9;
/** Per-report noise on headcounts: ± half of this share. */
export const HEADCOUNT_NOISE = 0.06;

/**
 * Which shelters fill up: in a municipality at level 4 or 5, round(open / perOpen) (+ extra at
 * level 5) of the small general shelters (capacity ≤ maxCapacity) that open at level 3. Their
 * demand overshoots capacity, so they report 満員 from before the peak until people leave.
 */
export const FULL_RULE = { perOpen: 30, extraAtLevel5: 2, maxCapacity: 150, overshoot: 1.25 };

/** Evacuees per household in shelters (families with children and elderly couples). */
export const EVACUEES_PER_HOUSEHOLD = 2.1;

/** VACAN occupancy bands (contract §2.2): vacant < 30 % ≤ somewhatCrowded < 60 % ≤ crowded < 80 % ≤ full. */
export const CONGESTION_BANDS = { somewhatCrowded: 0.3, crowded: 0.6, full: 0.8 } as const;
