import * as z from './zod';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { MultiPolygonRings } from './geo';
import type { MunicipalityCode } from './types';

type Position = [number, number];

/**
 * Polygons of rings of at least four [lon, lat] positions. Checked by a loop, not a schema per
 * position: the file has tens of thousands of them, and a schema's tuple check costs about a
 * hundred milliseconds of the first map's main thread.
 */
function isPolygons(value: unknown): value is Position[][][] {
  if (!Array.isArray(value)) return false;
  for (const polygon of value) {
    if (!Array.isArray(polygon)) return false;
    for (const ring of polygon) {
      if (!Array.isArray(ring) || ring.length < 4) return false;
      for (const p of ring)
        if (
          !Array.isArray(p) ||
          p.length !== 2 ||
          typeof p[0] !== 'number' ||
          typeof p[1] !== 'number' ||
          !Number.isFinite(p[0]) ||
          !Number.isFinite(p[1])
        )
          return false;
    }
  }
  return true;
}

const featureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({
    code: z.string().check(z.regex(/^\d{5}$/)),
    /** One flag per polygon part, `true` for an island part (scripts/island-parts.ts). */
    island: z.optional(z.array(z.boolean())),
  }),
  geometry: z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.custom<Position[][][]>(isPolygons, {
      message: 'coordinates must be polygons of rings of 4 or more [lon, lat] positions',
    }),
  }),
});
const collectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(featureSchema),
});

export interface Boundaries {
  /** For the basemap: one MultiPolygon feature per municipality, `code` in properties. */
  collection: FeatureCollection<MultiPolygon, { code: MunicipalityCode; island?: boolean[] }>;
  /** For geometry checks, keyed by 5-digit code. */
  byCode: ReadonlyMap<MunicipalityCode, MultiPolygonRings>;
  /**
   * Per municipality, one flag per polygon of `byCode` (same order): `true` = island part,
   * `false` = Kyushu mainland. Optional so that older boundary files still parse.
   */
  islandParts?: ReadonlyMap<MunicipalityCode, readonly boolean[]>;
}

/** Validates public/data/municipalities.geojson (built by scripts/build-reference.ts). */
export function parseBoundaries(raw: unknown): Boundaries {
  const parsed = collectionSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(`boundary file is invalid: ${parsed.error.issues[0]?.message ?? ''}`);
  const collection = parsed.data;
  const byCode = new Map(
    collection.features.map((f) => [f.properties.code, f.geometry.coordinates]),
  );
  const islandParts = new Map<MunicipalityCode, readonly boolean[]>();
  for (const f of collection.features) {
    // A flag list that does not line up with the polygons is ignored rather than misread.
    const flags = f.properties.island;
    if (flags && flags.length === f.geometry.coordinates.length)
      islandParts.set(f.properties.code, flags);
  }
  return { collection, byCode, islandParts };
}

export async function fetchBoundaries(signal?: AbortSignal): Promise<Boundaries> {
  const res = await fetch('data/municipalities.geojson', { signal });
  if (!res.ok) throw new Error(`boundaries: HTTP ${res.status}`);
  return parseBoundaries(await res.json());
}
