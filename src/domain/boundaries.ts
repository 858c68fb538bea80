import { z } from 'zod';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { MultiPolygonRings } from './geo';
import type { MunicipalityCode } from './types';

const position = z.tuple([z.number(), z.number()]);
const featureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({
    code: z.string().regex(/^\d{5}$/),
    /** One flag per polygon part, `true` for an island part (scripts/island-parts.ts). */
    island: z.array(z.boolean()).optional(),
  }),
  geometry: z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(z.array(position).min(4))),
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
