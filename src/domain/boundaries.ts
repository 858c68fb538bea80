import { z } from 'zod';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { MultiPolygonRings } from './geo';
import type { MunicipalityCode } from './types';

const position = z.tuple([z.number(), z.number()]);
const featureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({ code: z.string().regex(/^\d{5}$/) }),
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
  collection: FeatureCollection<MultiPolygon, { code: MunicipalityCode }>;
  /** For geometry checks, keyed by 5-digit code. */
  byCode: ReadonlyMap<MunicipalityCode, MultiPolygonRings>;
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
  return { collection, byCode };
}

export async function fetchBoundaries(signal?: AbortSignal): Promise<Boundaries> {
  const res = await fetch('data/municipalities.geojson', { signal });
  if (!res.ok) throw new Error(`boundaries: HTTP ${res.status}`);
  return parseBoundaries(await res.json());
}
