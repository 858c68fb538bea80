/**
 * Totals per municipality, per island group and for the prefecture.
 *
 * Counting rules (one shelter = one LiveShelter from `joinOverlays`, matched or not: people in
 * an unmatched shelter are real even if it cannot be drawn):
 * - open shelters: status `open` or `full`;
 * - evacuees / households: every shelter not `closed` (an unknown status may still hold
 *   people; a closed shelter's last count is stale);
 * - open capacity: Σ capacity over open shelters whose capacity is known;
 * - spare: Σ max(0, capacity − evacuees) over the same shelters, where a shelter declared
 *   `full` has none, and one with a capacity but no headcount counts as none too (room that
 *   nobody has confirmed is not promised); such shelters are counted in `unknownHeadcount`;
 * - unknown capacity: open shelters without any capacity (counted, not guessed);
 * - reported full (`reportedFull`): shelters whose own report says `openingStatus: full`;
 * - at the full band (`fullBand`): open shelters (`open` or `full`) whose numbers reach the
 *   `full` occupancy threshold (config `occupancyBands.full`, 80 % by default): evacuees ÷
 *   capacity ≥ the threshold, or, without a headcount and capacity, a reported congestion
 *   level `full`. What a shelter declares does not enter it: a shelter reported full counts
 *   here only when its numbers reach the threshold too, so the two figures are two separate
 *   measures (what shelters say, what their numbers say) and neither contains the other.
 *
 * Island rule: an island group is flagged (`spareLow`) when it has open shelters and its
 * spare is zero, or under `islandSpareMarginPercent` % of its open capacity. Islands cannot
 * send evacuees to the mainland once the ferries stop, so their room is judged on its own.
 */
import { isOpenStatus, spareOf } from '../../../domain/live';
import { MUNICIPALITIES } from '../../../domain/municipalities';
import type { MunicipalityCode } from '../../../domain/types';
import { ISLAND_GROUPS, islandGroupOf, type IslandBoundaries, type IslandGroup } from './islands';
import type { LiveShelter } from './join';

export interface AreaTotals {
  openShelters: number;
  evacuees: number;
  households: number;
  openCapacity: number;
  spareCapacity: number;
  /** Open shelters without a known capacity. */
  unknownCapacity: number;
  /** Open shelters with a capacity but no headcount (their spare is taken as zero). */
  unknownHeadcount: number;
  /** Shelters reporting `openingStatus: full`. */
  reportedFull: number;
  /** Open shelters whose occupancy is at or above the `full` threshold (see above). */
  fullBand: number;
}

export interface IslandGroupTotals extends AreaTotals {
  spareLow: boolean;
}

export interface OperationsTotals {
  /** All 21 municipalities, zeros when quiet. */
  byMunicipality: Record<MunicipalityCode, AreaTotals>;
  byIslandGroup: Record<IslandGroup, IslandGroupTotals>;
  /**
   * Shelters of Hirado, Sasebo or Matsuura whose side of the sea is unknown (no location,
   * e.g. unmatched): in the municipality and prefecture totals, in no island group.
   */
  unplaced: AreaTotals;
  prefecture: AreaTotals;
  /** The `full` threshold (percent) the shelters were banded with, for labels; when given. */
  fullBandPercent?: number;
}

export interface AggregateOptions {
  /** Boundaries with island flags; without them split municipalities are `unplaced`. */
  boundaries?: IslandBoundaries;
  islandSpareMarginPercent: number;
  /** `occupancyBands.full` of the join's thresholds: only carried to the labels. */
  fullBandPercent?: number;
}

export const emptyTotals = (): AreaTotals => ({
  openShelters: 0,
  evacuees: 0,
  households: 0,
  openCapacity: 0,
  spareCapacity: 0,
  unknownCapacity: 0,
  unknownHeadcount: 0,
  reportedFull: 0,
  fullBand: 0,
});

/** Adds one shelter to a running total (mutates `t`: totals are built fresh per call). */
export function addShelter(t: AreaTotals, s: LiveShelter): void {
  const status = s.overlay.openingStatus;
  if (status === 'closed') return;
  t.evacuees += s.overlay.evacueeTotal ?? 0;
  t.households += s.overlay.evacueeHouseholds ?? 0;
  if (!isOpenStatus(status)) return;
  t.openShelters += 1;
  if (status === 'full') t.reportedFull += 1;
  if (s.measuredBand === 'full') t.fullBand += 1;
  if (s.capacity === undefined) {
    t.unknownCapacity += 1;
    return;
  }
  t.openCapacity += s.capacity;
  const spare = spareOf(status, s.capacity, s.overlay.evacueeTotal);
  if (spare === undefined) t.unknownHeadcount += 1;
  else t.spareCapacity += spare;
}

/** The island rule above; exact at the margin (spare × 100 < margin × capacity). */
export function isSpareLow(t: AreaTotals, marginPercent: number): boolean {
  if (t.openShelters === 0) return false;
  return t.spareCapacity === 0 || t.spareCapacity * 100 < marginPercent * t.openCapacity;
}

export function aggregate(live: readonly LiveShelter[], opts: AggregateOptions): OperationsTotals {
  const byMunicipality: Record<MunicipalityCode, AreaTotals> = Object.fromEntries(
    MUNICIPALITIES.map((m) => [m.code, emptyTotals()]),
  );
  const groups = new Map<IslandGroup, AreaTotals>(ISLAND_GROUPS.map((g) => [g, emptyTotals()]));
  const unplaced = emptyTotals();
  const prefecture = emptyTotals();
  for (const s of live) {
    addShelter(prefecture, s);
    const muni = byMunicipality[s.municipalityCode];
    if (muni) addShelter(muni, s);
    const group = islandGroupOf(s.master, s.municipalityCode, opts.boundaries);
    addShelter((group && groups.get(group)) || unplaced, s);
  }
  const withFlag = (g: IslandGroup): IslandGroupTotals => {
    const t = groups.get(g) ?? emptyTotals();
    return { ...t, spareLow: isSpareLow(t, opts.islandSpareMarginPercent) };
  };
  // Spelled out so that the compiler checks every group is present.
  const byIslandGroup: Record<IslandGroup, IslandGroupTotals> = {
    tsushima: withFlag('tsushima'),
    iki: withFlag('iki'),
    goto: withFlag('goto'),
    hiradoSasebo: withFlag('hiradoSasebo'),
    mainland: withFlag('mainland'),
  };
  return {
    byMunicipality,
    byIslandGroup,
    unplaced,
    prefecture,
    ...(opts.fullBandPercent !== undefined && { fullBandPercent: opts.fullBandPercent }),
  };
}
