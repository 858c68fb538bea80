/**
 * The municipalities that are islands through and through, by island group. When the ferries
 * and flights stop, whoever is on one of these stays there: spare room and visitors who cannot
 * leave are judged per group. (Hirado, Sasebo and Matsuura are part island, part mainland, and
 * are grouped by a shelter's point where that matters: see the operations view's islands.)
 */
import type { MunicipalityCode } from './types';

export const LIFELINE_GROUPS = ['tsushima', 'iki', 'goto'] as const;
export type LifelineGroup = (typeof LIFELINE_GROUPS)[number];

export const WHOLLY_ISLAND: ReadonlyMap<MunicipalityCode, LifelineGroup> = new Map([
  ['42209', 'tsushima'],
  ['42210', 'iki'],
  ['42211', 'goto'],
  ['42411', 'goto'],
  ['42383', 'goto'],
]);

/** The island group a municipality lies wholly in, if any. */
export const whollyIslandGroupOf = (code: string): LifelineGroup | undefined =>
  WHOLLY_ISLAND.get(code);
