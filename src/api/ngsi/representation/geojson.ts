import { z } from 'zod';

// Only the shape that marks a value as geometry; coordinates are judged by the entity schemas
// (range, swapped lat/lon), which can report *why* a location is wrong.
const coordinateGeometry = z.object({
  type: z.enum(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']),
  coordinates: z.array(z.unknown()).min(1),
});
const collection = z.object({
  type: z.literal('GeometryCollection'),
  geometries: z.array(z.unknown()),
});

/** Whether a value is a GeoJSON geometry object (what a GeoProperty holds in every representation). */
export function isGeometry(value: unknown): boolean {
  return coordinateGeometry.safeParse(value).success || collection.safeParse(value).success;
}
