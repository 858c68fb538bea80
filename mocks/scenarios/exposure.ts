/**
 * When and how close the storm passes each municipality, from the municipality label points
 * (a point inside each one's largest part). Not seeded: geometry alone decides the order in
 * which municipalities are warned.
 */
import { MUNICIPALITIES } from '../../src/domain/municipalities';
import { distanceKm, STORM_MINUTES, stormCentreAt } from './track';

export interface Exposure {
  /** 5-digit code. */
  code: string;
  /** 6-digit code with check digit, as EvacuationInformation and overlays send it. */
  code6: string;
  nameJa: string;
  type: 'city' | 'town';
  /** Cycle minute of the closest approach of the storm centre. */
  closestMinute: number;
  /** Distance in km at the closest approach. */
  closestKm: number;
}

function exposureOf(m: (typeof MUNICIPALITIES)[number]): Exposure {
  let closestKm = Infinity;
  let closestMinute = 0;
  for (let minute = 0; minute <= STORM_MINUTES; minute++) {
    const d = distanceKm(stormCentreAt(minute), m.label);
    if (d < closestKm) [closestKm, closestMinute] = [d, minute];
  }
  return { code: m.code, code6: m.code6, nameJa: m.nameJa, type: m.type, closestMinute, closestKm };
}

let cached: readonly Exposure[] | undefined;

/** All 21 municipalities, in the reference order; computed once (about 45k distance steps). */
export function exposures(): readonly Exposure[] {
  cached ??= MUNICIPALITIES.map(exposureOf);
  return cached;
}
