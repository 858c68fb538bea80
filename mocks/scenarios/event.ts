/** The drill's DisasterEvent, one per cycle, so a restarted drill is a new event. */
import type { LngLat } from '../../src/domain/types';
import { absoluteMinute } from './cycle';
import { EVENT_END_MINUTE, TRACK } from './track';

const SLUG = 'drill-typhoon-2026-14';

export const EVENT_HAZARDS = ['stormSurge', 'landslide', 'flood'] as const;

/** `drill-typhoon-2026-14` for the first cycle, `drill-typhoon-2026-14-run2`… after. */
export const eventSlug = (cycle: number): string =>
  cycle === 0 ? SLUG : `${SLUG}-run${cycle + 1}`;

export const eventId = (cycle: number): string => `urn:ngsi-ld:DisasterEvent:${eventSlug(cycle)}`;

export interface EventState {
  id: string;
  name: string;
  cycle: number;
  projectStatus: 'active' | 'closed';
  /** Absolute storm minutes. */
  startMinute: number;
  endMinute?: number;
  hazardTypes: readonly string[];
  track: readonly LngLat[];
}

/** The event of `cycle` as seen at cycle minute `minute` (or later cycles: closed). */
export function eventAt(cycle: number, minute: number): EventState {
  const name =
    cycle === 0 ? '【訓練】台風第14号（2026）' : `【訓練】台風第14号（2026） 第${cycle + 1}回`;
  const closed = minute >= EVENT_END_MINUTE;
  return {
    id: eventId(cycle),
    name,
    cycle,
    projectStatus: closed ? 'closed' : 'active',
    startMinute: absoluteMinute(cycle, 0),
    ...(closed ? { endMinute: absoluteMinute(cycle, EVENT_END_MINUTE) } : {}),
    hazardTypes: EVENT_HAZARDS,
    track: TRACK,
  };
}
