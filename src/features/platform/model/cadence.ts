/**
 * How often each type is expected to change, and how fresh a municipality's newest record of
 * it is against that (the same 2× amber, 5× red rule as the feeds' own freshness).
 */
import { freshnessOf } from '../../../ui/freshness';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export type Cadence =
  /** Changes on a rhythm: judged against `expectedMs`. */
  | { kind: 'master' | 'live' | 'daily'; expectedMs: number }
  /** Changes when something happens (an order issued, an event declared): age only, no verdict. */
  | { kind: 'event' }
  /** A type this dashboard knows nothing about. */
  | { kind: 'unknown' };

/**
 * Assumptions, stated so they can be argued with: a municipality reviews its shelter
 * designations at least monthly (masters: 30 days, so amber after 60 days, red after 150);
 * a tracked shelter reports every few minutes during an event (live overlay: 10 minutes);
 * tourism is published per day.
 */
export const TYPE_CADENCE: Readonly<Record<string, Cadence>> = {
  EvacuationSite: { kind: 'master', expectedMs: 30 * DAY },
  DesignatedShelter: { kind: 'master', expectedMs: 30 * DAY },
  EvacuationShelter: { kind: 'live', expectedMs: 10 * MINUTE },
  EvacuationInformation: { kind: 'event' },
  DisasterEvent: { kind: 'event' },
  TourismPresenceObserved: { kind: 'daily', expectedMs: DAY },
  TouristFlowObserved: { kind: 'daily', expectedMs: DAY },
};

const byType = new Map(Object.entries(TYPE_CADENCE));

export function cadenceOf(type: string): Cadence {
  return byType.get(type) ?? { kind: 'unknown' };
}

/**
 * - `empty`: no records (nothing to be fresh);
 * - `unknown`: records, but the broker gave no time for them (never a guessed one);
 * - `unjudged`: a time, but the type has no rhythm to judge it by (age shown, no colour);
 * - `fresh` / `aging` / `stale`: within 2×, within 5×, beyond 5× the expected interval.
 */
export type CellFreshness = 'empty' | 'unknown' | 'unjudged' | 'fresh' | 'aging' | 'stale';

export function cellFreshness(
  records: number | undefined,
  newestAt: number | undefined,
  now: number,
  cadence: Cadence,
): CellFreshness {
  if (records === 0) return 'empty';
  if (newestAt === undefined) return 'unknown';
  if (cadence.kind === 'event' || cadence.kind === 'unknown') return 'unjudged';
  const state = freshnessOf(newestAt, now, cadence.expectedMs);
  return state === 'none' ? 'unknown' : state;
}
