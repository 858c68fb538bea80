/**
 * A synthetic nationwide-sized set of shelter masters (Japan has about 200,000 GSI
 * designations) shaped like the real ones and placed inside Nagasaki, so the dashboard's own
 * validation keeps them (the contract rejects points outside lon 128.3–130.4, lat 31.9–34.8).
 *
 * Rule: the real facilities (fixtures, both masters) are copied round after round, in fixture
 * order, until `count` designations exist. Each copy keeps its template's municipality,
 * address, kinds, hazards and shelter type; gets a new serial in the 共通ID (per municipality,
 * from 00001) and a name with its round; and moves by a Gaussian offset (σ 1.5 km) redrawn
 * until every point of the facility lies inside the template's municipality polygon (after
 * 20 misses it stays where the template is). So the set is as dense as the real data where
 * people live, and each municipality gets its real share. Every 1,000th facility is planted
 * 5–15 km away, outside both its municipality and the one its address names (kept only if
 * still inside the prefecture box): the doubtful locations the app must find.
 */
import type { NgsiEntity } from '../broker';
import {
  distanceToMultiPolygonKm,
  inPrefectureBox,
  type MultiPolygonRings,
} from '../../src/domain/geo';
import { municipalityFromAddress } from '../../src/domain/municipalities';
import type { LngLat } from '../../src/domain/types';
import { mulberry32 } from '../scenarios/prng';
import { locationOf, nationalIdOf, type FacilityTemplate } from './templates';

export const SCALE_SEED = 20_260_806;
const SIGMA_KM = 1.5;
const TRIES = 20;
export const PLANT_EVERY = 1_000;
const KM_PER_DEG = 111.32;

export interface ScaleSet {
  entities: NgsiEntity[];
  facilities: number;
  /** Designations placed far outside their municipality on purpose (ids). */
  planted: string[];
}

type Rng = () => number;

function gaussian(rng: Rng): number {
  const u = 1 - rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

const moved = ([lon, lat]: LngLat, dxKm: number, dyKm: number): LngLat => [
  Math.round((lon + dxKm / (KM_PER_DEG * Math.cos((lat * Math.PI) / 180))) * 1e6) / 1e6,
  Math.round((lat + dyKm / KM_PER_DEG) * 1e6) / 1e6,
];

const addressOf = (e: NgsiEntity): string => {
  const a = e.address;
  return a !== null && typeof a === 'object' && !Array.isArray(a) && typeof a.value === 'string'
    ? a.value
    : '';
};

interface Placement {
  points: LngLat[];
  planted: boolean;
}

function place(
  template: FacilityTemplate,
  rng: Rng,
  boundaries: ReadonlyMap<string, MultiPolygonRings>,
  plant: boolean,
): Placement {
  const origin = template.designations.map(locationOf);
  const home = boundaries.get(template.municipality)!;
  if (plant) {
    const named = municipalityFromAddress(addressOf(template.designations[0]!));
    const others = [home, ...(named && boundaries.has(named) ? [boundaries.get(named)!] : [])];
    for (let i = 0; i < 50; i++) {
      const angle = 2 * Math.PI * rng();
      const km = 5 + 10 * rng();
      const points = origin.map((p) => moved(p, km * Math.cos(angle), km * Math.sin(angle)));
      const far = points.every(
        (p) => inPrefectureBox(p) && others.every((m) => distanceToMultiPolygonKm(p, m) > 3),
      );
      if (far) return { points, planted: true };
    }
  }
  for (let i = 0; i < TRIES; i++) {
    const dx = gaussian(rng) * SIGMA_KM;
    const dy = gaussian(rng) * SIGMA_KM;
    const points = origin.map((p) => moved(p, dx, dy));
    if (points.every((p) => distanceToMultiPolygonKm(p, home) === 0))
      return { points, planted: false };
  }
  return { points: origin, planted: false };
}

function copyOf(d: NgsiEntity, serial: string, round: number, point: LngLat): NgsiEntity {
  const nid = nationalIdOf(d);
  const id = `${nid.slice(0, 6)}${serial}${nid.slice(11)}`;
  const name = d.name;
  const base = name !== null && typeof name === 'object' && !Array.isArray(name) ? name.value : '';
  return {
    ...d,
    id: `urn:ngsi-ld:${d.type}:${id}`,
    nationalShelterId: { type: 'Property', value: id },
    name: { type: 'Property', value: `${String(base)}（合成${round}）` },
    location: { type: 'GeoProperty', value: { type: 'Point', coordinates: [point[0], point[1]] } },
  };
}

/** `count` designations, the same for the same seed; see the rule above. */
export function generateScaleSet(
  count: number,
  templates: readonly FacilityTemplate[],
  boundaries: ReadonlyMap<string, MultiPolygonRings>,
  seed = SCALE_SEED,
): ScaleSet {
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`scale count must be ≥ 1, got ${count}`);
  if (templates.length === 0) throw new Error('no facility to copy');
  const rng = mulberry32(seed);
  const serials = new Map<string, number>();
  const entities: NgsiEntity[] = [];
  const planted: string[] = [];
  let facilities = 0;
  for (let round = 1; entities.length < count; round++) {
    for (const t of templates) {
      if (entities.length >= count) break;
      const n = (serials.get(t.municipality) ?? 0) + 1;
      if (n > 99_999) throw new Error(`municipality ${t.municipality} ran out of 5-digit serials`);
      serials.set(t.municipality, n);
      facilities += 1;
      const { points, planted: far } = place(t, rng, boundaries, facilities % PLANT_EVERY === 0);
      const serial = String(n).padStart(5, '0');
      t.designations.forEach((d, i) => {
        if (entities.length >= count) return;
        const copy = copyOf(d, serial, round, points[i]!);
        entities.push(copy);
        if (far) planted.push(copy.id);
      });
    }
  }
  return { entities, facilities, planted };
}
