import { isRecord } from './record';

const COORDINATE_TYPES: ReadonlySet<unknown> = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
]);

/**
 * Whether a value is a GeoJSON geometry object (what a GeoProperty holds in every
 * representation). Only the shape that marks geometry is checked; coordinates are judged by
 * the entity schemas (range, swapped lat/lon), which can report *why* a location is wrong.
 * Hand-written: it runs for every object-valued attribute of every entity.
 */
export function isGeometry(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const type = value['type'];
  if (COORDINATE_TYPES.has(type)) {
    const coordinates = value['coordinates'];
    return Array.isArray(coordinates) && coordinates.length > 0;
  }
  return type === 'GeometryCollection' && Array.isArray(value['geometries']);
}
