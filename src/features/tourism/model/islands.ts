/**
 * Tourism island groups. Unlike the operations view's groups, Goto City, Shin-Kamigoto and
 * Ojika are separate: visitors cross by ferry between them. The island parts of Sasebo,
 * Hirado and Matsuura cannot be told apart at municipality level and count as mainland.
 */
import type { FlowOrigin } from '../../../domain/tourism';
import { TOURISM_MUNICIPALITIES } from '../../../domain/tourism-index';
import { addCells, forEachHour, type PresenceDays } from './presence';
import { addTotal, emptyTotal, shareOf } from './total';
import type {
  MunicipalityCode,
  TimeRange,
  Total,
  TourismFilter,
} from '../../../domain/tourism-days';

export const TOURISM_ISLANDS = ['tsushima', 'iki', 'goto', 'kamigoto', 'ojika'] as const;
export type TourismIsland = (typeof TOURISM_ISLANDS)[number];

export const ISLAND_MUNICIPALITIES: ReadonlyMap<MunicipalityCode, TourismIsland> = new Map([
  ['42209', 'tsushima'],
  ['42210', 'iki'],
  ['42211', 'goto'],
  ['42411', 'kamigoto'],
  ['42383', 'ojika'],
]);

export function tourismIslandOf(code: MunicipalityCode): TourismIsland | undefined {
  return ISLAND_MUNICIPALITIES.get(code);
}

/**
 * Whether a flow goes to or from an island: one end is an island municipality and the other is
 * in a different group (the mainland, another island, or a prefecture outside Nagasaki), so
 * its visitors came by sea or by air (which of the two, only the flow's transport mode says).
 * Prefecture 42 as origin (somewhere in Nagasaki) cannot be told and counts as no crossing.
 */
export function isIslandCrossing(origin: FlowOrigin, destination: MunicipalityCode): boolean {
  const to = tourismIslandOf(destination);
  if (origin.kind === 'prefecture') return to !== undefined && origin.code !== '42';
  return tourismIslandOf(origin.code) !== to;
}

export interface IslandShare {
  /** Person-hours on the five islands. */
  islands: Total;
  /** Person-hours in all 21 municipalities. */
  all: Total;
  /** `islands / all` when both were published; null otherwise. */
  share: number | null;
  byIsland: Record<TourismIsland, Total>;
}

/** Person-hours of presence over the range, islands against the whole prefecture. */
export function islandShare(
  days: PresenceDays,
  range: TimeRange,
  filter: TourismFilter,
): IslandShare {
  const byIsland: Record<TourismIsland, Total> = {
    tsushima: emptyTotal(),
    iki: emptyTotal(),
    goto: emptyTotal(),
    kamigoto: emptyTotal(),
    ojika: emptyTotal(),
  };
  const groupOf = TOURISM_MUNICIPALITIES.map((code) => tourismIslandOf(code));
  const all = emptyTotal();
  forEachHour(days, range, filter, (_t, day, h, origins) => {
    if (!day) return;
    for (let m = 0; m < groupOf.length; m++) {
      const group = groupOf[m];
      addCells(group === undefined ? all : byIsland[group], day, m, h, origins);
    }
  });
  const islands = emptyTotal();
  for (const g of TOURISM_ISLANDS) addTotal(islands, byIsland[g]);
  addTotal(all, islands);
  return { islands, all, share: shareOf(islands.value, all.value), byIsland };
}
