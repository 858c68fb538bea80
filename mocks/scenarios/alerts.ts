/**
 * 避難情報 per municipality: issued and raised as the storm approaches, all lifted together
 * some hours after it has passed. Times are cycle minutes, relative to the municipality's
 * closest approach, with a seeded jitter so municipalities do not act in lockstep.
 */
import { exposures, type Exposure } from './exposure';
import { PERSONS_PER_HOUSEHOLD, populationOf } from './population';
import { between } from './prng';

export type AlertLevel = 3 | 4 | 5;

export const ALERT_LABELS: Readonly<Record<AlertLevel, string>> = {
  3: '高齢者等避難',
  4: '避難指示',
  5: '緊急安全確保',
};

/** When a level is issued: minutes before the closest approach, ± jitter, if within maxKm. */
export const ISSUE_RULES: Readonly<
  Record<AlertLevel, { beforeMinutes: number; jitterMinutes: number; maxKm: number }>
> = {
  3: { beforeMinutes: 12 * 60, jitterMinutes: 30, maxKm: 150 },
  4: { beforeMinutes: 6 * 60, jitterMinutes: 30, maxKm: 90 },
  // Only where the centre passes (nearly) overhead: storm surge and record rain at once.
  5: { beforeMinutes: 90, jitterMinutes: 15, maxKm: 15 },
};

/** Everything is lifted this long after the closest approach, ± jitter. */
export const LIFT_RULE = { afterMinutes: 5 * 60, jitterMinutes: 30 } as const;

/** Share of residents a level targets (level 3 targets everyone; the others, risk areas). */
const TARGET_SHARE: Readonly<Record<AlertLevel, readonly [number, number]>> = {
  3: [1, 1],
  4: [0.15, 0.3],
  5: [0.02, 0.05],
};

const HAZARDS: Readonly<Record<AlertLevel, readonly string[]>> = {
  3: ['landslide', 'flood'],
  4: ['landslide', 'flood', 'stormSurge'],
  5: ['stormSurge', 'landslide'],
};

export interface Issuance {
  level: AlertLevel;
  /** Cycle minute. */
  minute: number;
  hazardTypes: readonly string[];
  targetArea: string;
  targetPersons: number;
  targetHouseholds: number;
}

export interface MunicipalityAlertPlan extends Exposure {
  population: number;
  /** Ascending level and time; empty when the storm passes too far away. */
  issuances: readonly Issuance[];
  /** Cycle minute at which every issuance is lifted; undefined when none was issued. */
  liftMinute?: number;
  /** 0 when nothing is issued. */
  maxLevel: 0 | AlertLevel;
}

function targetArea(e: Exposure, level: AlertLevel): string {
  const inside = e.type === 'city' ? '市内' : '町内';
  if (level === 3) return `${e.nameJa}全域`;
  if (level === 4) return `${inside}の土砂災害警戒区域・洪水浸水想定区域・高潮浸水想定区域`;
  return `${inside}沿岸部の高潮浸水想定区域`;
}

function planFor(seed: number, e: Exposure): MunicipalityAlertPlan {
  const population = populationOf(e.code);
  const issuances: Issuance[] = [];
  for (const level of [3, 4, 5] as const) {
    const rule = ISSUE_RULES[level];
    if (e.closestKm > rule.maxKm) break;
    const jitter = between(seed, `issue:${e.code}:${level}`, -1, 1) * rule.jitterMinutes;
    const [lo, hi] = TARGET_SHARE[level];
    const targetPersons = Math.round(
      population * between(seed, `share:${e.code}:${level}`, lo, hi),
    );
    issuances.push({
      level,
      minute: Math.max(0, Math.round(e.closestMinute - rule.beforeMinutes + jitter)),
      hazardTypes: HAZARDS[level],
      targetArea: targetArea(e, level),
      targetPersons,
      targetHouseholds: Math.round(targetPersons / PERSONS_PER_HOUSEHOLD),
    });
  }
  const last = issuances.at(-1);
  if (!last) return { ...e, population, issuances, maxLevel: 0 };
  const jitter = between(seed, `lift:${e.code}`, -1, 1) * LIFT_RULE.jitterMinutes;
  return {
    ...e,
    population,
    issuances,
    liftMinute: Math.round(e.closestMinute + LIFT_RULE.afterMinutes + jitter),
    maxLevel: last.level,
  };
}

const cache = new Map<number, readonly MunicipalityAlertPlan[]>();

/** The plan of every municipality for a seed (memoised: it is the same for every tick). */
export function alertPlans(seed: number): readonly MunicipalityAlertPlan[] {
  let plans = cache.get(seed);
  if (!plans) {
    plans = exposures().map((e) => planFor(seed, e));
    if (cache.size >= 8) cache.clear();
    cache.set(seed, plans);
  }
  return plans;
}
