/**
 * Island groups for the operations view. Evacuees on an island cannot walk to a mainland
 * shelter when the ferries stop, so spare room is judged per island group.
 *
 * - tsushima, iki, goto: municipalities that are islands through and through.
 * - hiradoSasebo: only the island parts of Hirado, Sasebo and Matsuura (Hirado island,
 *   Ikitsuki, Takushima, Uku, Kuroshima, Takashima, Fukushima…); their mainland parts
 *   (Tabira, central Sasebo, central Matsuura) belong to the mainland.
 * - mainland: everything else, including the small islands of other municipalities
 *   (Nagasaki's Takashima, Saikai's Enoshima): they are few and the product groups them so.
 */
import {
  distanceToMultiPolygonKm,
  inMultiPolygon,
  type MultiPolygonRings,
} from '../../../domain/geo';
import type { LngLat, MunicipalityCode } from '../../../domain/types';
import { whollyIslandGroupOf } from '../../../domain/island-groups';

export const ISLAND_GROUPS = ['tsushima', 'iki', 'goto', 'hiradoSasebo', 'mainland'] as const;
export type IslandGroup = (typeof ISLAND_GROUPS)[number];

/** Hirado, Sasebo, Matsuura: part island, part mainland; decided by the point's polygon part. */
export const SPLIT_MUNICIPALITIES: ReadonlySet<MunicipalityCode> = new Set([
  '42207',
  '42202',
  '42208',
]);

/**
 * How far outside every part a point may lie and still be snapped to the nearest one: the
 * 1 % simplified coast moves by up to ~0.1 km; beyond this the point itself is doubtful.
 */
export const MAX_SNAP_KM = 2;

/** What island grouping needs from `Boundaries` (src/domain/boundaries.ts). */
export interface IslandBoundaries {
  byCode: ReadonlyMap<MunicipalityCode, MultiPolygonRings>;
  islandParts?: ReadonlyMap<MunicipalityCode, readonly boolean[]>;
}

/** Index of the part containing the point, else of the nearest part within `maxKm`. */
export function partIndexAt(
  location: LngLat,
  polygons: MultiPolygonRings,
  maxKm = MAX_SNAP_KM,
): number | undefined {
  let best: { index: number; km: number } | undefined;
  for (let index = 0; index < polygons.length; index++) {
    const part = [polygons[index]!];
    if (inMultiPolygon(location, part)) return index;
    const km = distanceToMultiPolygonKm(location, part);
    if (km <= maxKm && (!best || km < best.km)) best = { index, km };
  }
  return best?.index;
}

/** Whether the point lies on an island part of the municipality; undefined when unknown. */
export function isIslandAt(
  location: LngLat,
  municipalityCode: MunicipalityCode,
  boundaries: IslandBoundaries,
): boolean | undefined {
  const polygons = boundaries.byCode.get(municipalityCode);
  const flags = boundaries.islandParts?.get(municipalityCode);
  if (!polygons || !flags) return undefined;
  const index = partIndexAt(location, polygons);
  return index === undefined ? undefined : flags[index];
}

/**
 * The island group of a shelter placed at `place` (its master designation). Undefined when
 * it cannot be told: a shelter of Hirado, Sasebo or Matsuura without a place (an overlay that
 * matched no master), or whose point is far from every part, or boundaries without island
 * flags.
 */
export function islandGroupOf(
  place: { readonly location: LngLat } | undefined,
  municipalityCode: MunicipalityCode,
  boundaries: IslandBoundaries | undefined,
): IslandGroup | undefined {
  const whole = whollyIslandGroupOf(municipalityCode);
  if (whole) return whole;
  if (!SPLIT_MUNICIPALITIES.has(municipalityCode)) return 'mainland';
  if (!place || !boundaries) return undefined;
  // A master designation lives as long as the masters (hours); the overlay polls every few
  // seconds, so the point-in-polygon answer is kept per designation and boundary set. Per
  // designation, not per location array: a page's designation makes its [lon, lat] when asked
  // (designation-columns.ts), a new array each time.
  let perBoundaries = islandCache.get(boundaries);
  if (!perBoundaries) islandCache.set(boundaries, (perBoundaries = new WeakMap()));
  if (perBoundaries.has(place)) return perBoundaries.get(place);
  const island = isIslandAt(place.location, municipalityCode, boundaries);
  const group = island === undefined ? undefined : island ? 'hiradoSasebo' : 'mainland';
  perBoundaries.set(place, group);
  return group;
}

const islandCache = new WeakMap<IslandBoundaries, WeakMap<object, IslandGroup | undefined>>();
