/**
 * How the drill's typhoon stops the services, island group by island group: Goto first (the
 * storm crosses it), then Iki, then Tsushima; services come back after it has passed. Hours of
 * the drill's cycle (see mocks/scenarios/track.ts).
 */
import type { LifelineGroup } from '../../src/domain/island-groups';
import { cycleTime } from '../scenarios/cycle';
import type { ServiceSpec } from './routes';

export const WEATHER_HOURS: Readonly<
  Record<LifelineGroup, { rough: number; suspend: number; resume: number }>
> = {
  goto: { rough: 10, suspend: 14, resume: 28 },
  iki: { rough: 13, suspend: 17, resume: 31 },
  tsushima: { rough: 15, suspend: 19, resume: 32 },
};

export type WeatherStatus = 'normal' | 'delayed' | 'partiallyCancelled' | 'suspended';

/** A service's status under the drill's weather at a storm minute; normal without a drill. */
export function weatherStatus(spec: ServiceSpec, stormMinute: number | undefined): WeatherStatus {
  if (stormMinute === undefined) return 'normal';
  const h = cycleTime(stormMinute).minute / 60;
  const w = WEATHER_HOURS[spec.weather];
  if (h < w.rough || h >= w.resume) return 'normal';
  if (h >= w.suspend) return 'suspended';
  // Rough seas: the fast craft lose sailings first, ferries and aircraft run late.
  return spec.mode === 'highSpeedCraft' ? 'partiallyCancelled' : 'delayed';
}

export const STATUS_NOTES: Readonly<Record<WeatherStatus, string | undefined>> = {
  normal: undefined,
  delayed: '波浪・強風のため遅れが出ています',
  partiallyCancelled: '波浪のため一部の便を欠航します',
  suspended: '台風接近のため本日の残りの便は全便欠航',
};
