/**
 * How often each type is expected to change, and how fresh a municipality's newest record of
 * it is against that (the same 2× amber, 5× red rule as the feeds' own freshness).
 */
import { freshnessOf } from '../../../ui/freshness';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export type Cadence =
  /** Changes on a rhythm: judged against `expectedMs`. */
  | { kind: 'every'; expectedMs: number }
  /** Changes when something happens (an order issued, an event declared): age only, no verdict. */
  | { kind: 'event' }
  /** A type neither the defaults nor the config give a rhythm: age only, no verdict. */
  | { kind: 'unknown' };

/** A type's expected interval in ms, or `'event'`: the form `platformCadence` takes in config. */
export type CadenceSetting = number | 'event';

/**
 * The defaults, each from the publisher's own rhythm (README, "Platform KPIs", says why):
 * - the GSI masters (指定緊急避難場所・指定避難所) change when a municipality revises its
 *   designations, which the Disaster Countermeasures Basic Act has it review once a year
 *   (art. 42): 365 days, so amber after 2 years without a change and red after 5;
 * - the live shelter overlay reports every few minutes while shelters are open: 10 minutes;
 * - tourism is published per JST day: 1 day;
 * - evacuation information and disaster events are written when issued: not judged;
 * - ferry and air services: operators update their status pages every few minutes: 10 minutes.
 */
export const DEFAULT_CADENCE: Readonly<Record<string, CadenceSetting>> = {
  EvacuationSite: 365 * DAY,
  DesignatedShelter: 365 * DAY,
  EvacuationShelter: 10 * MINUTE,
  EvacuationInformation: 'event',
  DisasterEvent: 'event',
  TourismPresenceObserved: DAY,
  TouristFlowObserved: DAY,
  TransportServiceStatus: 10 * MINUTE,
};

/** Type → cadence: the defaults with the deployment's `platformCadence` over them. */
export type CadenceTable = ReadonlyMap<string, Cadence>;

const toCadence = (s: CadenceSetting): Cadence =>
  s === 'event' ? { kind: 'event' } : { kind: 'every', expectedMs: s };

export function cadenceTable(
  overrides: Readonly<Record<string, CadenceSetting>> = {},
): CadenceTable {
  const merged = { ...DEFAULT_CADENCE, ...overrides };
  return new Map(Object.entries(merged).map(([type, s]) => [type, toCadence(s)]));
}

export const DEFAULT_CADENCES: CadenceTable = cadenceTable();

export function cadenceOf(type: string, table: CadenceTable = DEFAULT_CADENCES): Cadence {
  return table.get(type) ?? { kind: 'unknown' };
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
  if (cadence.kind !== 'every') return 'unjudged';
  const state = freshnessOf(newestAt, now, cadence.expectedMs);
  return state === 'none' ? 'unknown' : state;
}
