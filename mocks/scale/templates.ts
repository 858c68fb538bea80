import type { NgsiEntity } from '../broker';
import { distanceToMultiPolygonKm, type MultiPolygonRings } from '../../src/domain/geo';
import type { LngLat } from '../../src/domain/types';

/** One real facility (designations sharing the first 11 characters of their 共通ID). */
export interface FacilityTemplate {
  /** 5-digit municipality code of the 共通ID (E + code + serial). */
  municipality: string;
  designations: NgsiEntity[];
}

const valueOf = (e: NgsiEntity, name: string): unknown => {
  const attr = e[name];
  return attr !== null && typeof attr === 'object' && !Array.isArray(attr) && 'value' in attr
    ? attr.value
    : undefined;
};

export function nationalIdOf(e: NgsiEntity): string {
  const id = valueOf(e, 'nationalShelterId');
  if (typeof id !== 'string' || !/^E\d{10}\d{2}[0-9A-Za-z]$/.test(id))
    throw new Error(`fixture ${e.id} has no usable nationalShelterId`);
  return id;
}

export function locationOf(e: NgsiEntity): LngLat {
  const v = valueOf(e, 'location');
  const c = v !== null && typeof v === 'object' && 'coordinates' in v ? v.coordinates : undefined;
  if (!Array.isArray(c) || typeof c[0] !== 'number' || typeof c[1] !== 'number')
    throw new Error(`fixture ${e.id} has no point location`);
  return [c[0], c[1]];
}

/**
 * Groups the real masters into facilities, in fixture order, keeping only those whose every
 * point lies inside its own municipality (the published errors would only be copied).
 */
export function facilityTemplates(
  entities: readonly NgsiEntity[],
  boundaries: ReadonlyMap<string, MultiPolygonRings>,
): FacilityTemplate[] {
  const groups = new Map<string, FacilityTemplate>();
  for (const e of entities) {
    const key = nationalIdOf(e).slice(0, 11);
    const group = groups.get(key);
    if (group) group.designations.push(e);
    else groups.set(key, { municipality: key.slice(1, 6), designations: [e] });
  }
  return [...groups.values()].filter((t) => {
    const polygons = boundaries.get(t.municipality);
    return (
      polygons !== undefined &&
      t.designations.every((d) => distanceToMultiPolygonKm(locationOf(d), polygons) === 0)
    );
  });
}
