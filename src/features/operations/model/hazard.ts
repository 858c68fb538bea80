/**
 * Is an open shelter safe for the hazard at hand?
 *
 * GSI's 指定避難所 (DesignatedShelter) master carries no hazard flags at all: a shelter is a
 * place to stay, not a place declared safe from floods or landslides. The per-hazard
 * designation lives on the 指定緊急避難場所 (EvacuationSite) of the same facility, which
 * shares the first 11 characters of the 共通ID (E + municipality + facility serial; the same
 * grouping as `buildFacilities` in the shelters feature). So an open shelter is "designated
 * for the hazard" when some emergency-site designation of its facility lists at least one
 * active hazard; if none does (or the facility has no site designation), it is flagged.
 * The flag asks the headquarters to check, e.g. a school opened in a landslide zone during
 * heavy rain; it does not say the shelter is unsafe.
 */
import { facilityKey } from '../../../domain/facility-key';
import type { DisasterEvent, OpeningStatus } from '../../../domain/live';
import type { EvacuationSite, HazardType } from '../../../domain/types';
import { HAZARD_TYPES } from '../../../domain/types';
import { bitSet } from './bit-set';

export interface HazardContext {
  /** Hazards that apply now, in HAZARD_TYPES order. Empty: nothing to judge against. */
  active: readonly HazardType[];
  /**
   * Facility key (11-character 共通ID prefix) → the hazards its emergency sites are designated
   * for, as `hazardBits`; undefined for a facility with no emergency site.
   */
  siteHazards: SiteHazards;
}

/** The lookup `HazardContext` needs (a Map of keys to bits is one). */
export interface SiteHazards {
  get(facilityKey: string): number | undefined;
}

const HAZARDS = bitSet(HAZARD_TYPES);

/** Hazard types as bits in HAZARD_TYPES order. */
export const hazardBits = (hazards: Iterable<HazardType>): number => HAZARDS.bits(hazards);

/** Bits back to hazard types, in HAZARD_TYPES order: one shared frozen array per combination. */
export const hazardsOfBits = (bits: number): readonly HazardType[] => HAZARDS.members(bits);

/**
 * The hazards in play: `override` when the operator chose some, else the union of the
 * hazard types of every active DisasterEvent (closed and archived events do not count).
 */
export function activeHazards(
  events: readonly DisasterEvent[],
  override?: readonly HazardType[],
): HazardType[] {
  const chosen = new Set<HazardType>(
    override ?? events.filter((e) => e.status === 'active').flatMap((e) => e.hazardTypes),
  );
  return HAZARD_TYPES.filter((h) => chosen.has(h));
}

/** Room for every combination of hazard bits. */
const SPAN = 2 ** HAZARD_TYPES.length;

/** A facility key's digits as a number (exact: ten digits), or NaN for any other key. */
function keyNumber(key: string): number {
  // Read digit by digit: this runs for every facility marker while a hazard is in force.
  if (key.length !== 11 || key.charCodeAt(0) !== 69 /* E */) return Number.NaN;
  let n = 0;
  for (let i = 1; i < 11; i++) {
    const digit = key.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * The emergency sites' hazards per facility, as two columns: the keys' digits in ascending
 * order and the bits of each, looked up by binary search. A nationwide master has 100,000
 * sites; as a Map it held a key string and a table entry each (4.5 MB of page heap), while
 * only the open shelters of an event are ever looked up. A site's key always has the digits
 * (the master's 共通ID rule); a key without them is a facility with no site.
 */
export function siteHazardsByFacility(sites: readonly EvacuationSite[]): SiteHazards {
  // Each site as one number, key × SPAN + bits (at most 2^34 × 2^8: exact), sorted natively.
  const packed = new Float64Array(sites.length);
  let m = 0;
  for (const site of sites) {
    const key = keyNumber(facilityKey(site.nationalShelterId));
    if (!Number.isNaN(key)) packed[m++] = key * SPAN + hazardBits(site.hazardTypes);
  }
  const sorted = packed.subarray(0, m).sort();
  const keys = new Float64Array(m);
  const bits = new Uint16Array(m);
  let n = 0;
  for (const p of sorted) {
    const key = Math.floor(p / SPAN);
    const b = p - key * SPAN;
    if (n > 0 && keys[n - 1] === key) bits[n - 1] = bits[n - 1]! | b;
    else {
      keys[n] = key;
      bits[n++] = b;
    }
  }
  return {
    get(facilityKey) {
      const k = keyNumber(facilityKey);
      let lo = 0;
      let hi = n - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const at = keys[mid]!;
        if (at === k) return bits[mid];
        if (at < k) lo = mid + 1;
        else hi = mid - 1;
      }
      return undefined;
    },
  };
}

/**
 * @param siteHazards `siteHazardsByFacility` of the emergency-site master: built once per master
 * set, not on every events poll.
 */
export function hazardContext(
  events: readonly DisasterEvent[],
  siteHazards: HazardContext['siteHazards'],
  override?: readonly HazardType[],
): HazardContext {
  return { active: activeHazards(events, override), siteHazards };
}

/** Whether the facility's emergency sites cover any active hazard; undefined if none is active. */
export function isDesignatedFor(key: string, ctx: HazardContext): boolean | undefined {
  if (ctx.active.length === 0) return undefined;
  const covered = ctx.siteHazards.get(key);
  return covered !== undefined && (covered & hazardBits(ctx.active)) !== 0;
}

/**
 * The `notDesignatedForHazard` flag of a live shelter: true for an open (or full) shelter
 * whose facility is designated for none of the active hazards; false for closed ones;
 * undefined when it cannot be judged (no active hazard, no 共通ID to find the facility, or
 * an unknown opening status).
 */
export function notDesignatedForHazard(
  shelter: { nationalShelterId?: string; openingStatus: OpeningStatus },
  ctx: HazardContext,
): boolean | undefined {
  if (ctx.active.length === 0 || shelter.nationalShelterId === undefined) return undefined;
  if (shelter.openingStatus === 'unknown') return undefined;
  if (shelter.openingStatus === 'closed') return false;
  return !isDesignatedFor(facilityKey(shelter.nationalShelterId), ctx);
}
