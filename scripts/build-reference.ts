/**
 * Builds the reference data the app ships from ../shared/data:
 *  - src/domain/municipalities.data.ts  (codes, names, label points, bboxes) from the CSV, and
 *    each municipality's frame (scripts/frames.ts) from the boundaries and the GSI facilities
 *  - public/data/municipalities.geojson: the N03 TopoJSON decoded to GeoJSON, coordinates
 *    rounded to 5 decimals (about 1 m), properties reduced to the 5-digit code. It feeds the
 *    offline basemap and the coordinate plausibility check. Each feature also carries
 *    `island`: one flag per polygon part, true for an island part (scripts/island-parts.ts),
 *    checked against known places (scripts/island-checks.ts).
 * Run: npm run data
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { Topology, GeometryObject } from 'topojson-specification';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyIslandParts } from './island-parts';
import { checkKnownPlaces } from './island-checks';
import { frameOf } from './frames';
import type { LngLat } from '../src/domain/types';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.SHARED_DATA ?? resolve(root, '../shared/data');

function parseCsv(text: string): Record<string, string>[] {
  const [head, ...rows] = text.trim().split(/\r?\n/);
  const cols = (head ?? '').split(',');
  return rows.map((row) => {
    const cells = row.split(',');
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  });
}

const rows = parseCsv(readFileSync(resolve(shared, 'nagasaki-municipalities.csv'), 'utf8'));
if (rows.length !== 21) throw new Error(`expected 21 municipalities, got ${rows.length}`);

const num = (v: string | undefined): number => {
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`not a number: ${v}`);
  return n;
};

const records = rows.map((r) => ({
  code: r.municipalityCode!,
  code6: r.localGovernmentCode!,
  nameJa: r.nameJa!,
  nameEn: r.nameRomaji!,
  type: r.type as 'city' | 'town',
  label: [num(r.labelLon), num(r.labelLat)] as const,
  bbox: [num(r.bboxMinLon), num(r.bboxMinLat), num(r.bboxMaxLon), num(r.bboxMaxLat)] as const,
  /** Filled in below, once the boundaries are read. */
  frame: [] as number[],
}));

type Ring = number[][];
const round = (rings: Ring[]): Ring[] =>
  rings.map((ring) =>
    ring.map(([lon, lat]) => [Math.round(lon! * 1e5) / 1e5, Math.round(lat! * 1e5) / 1e5]),
  );

const topology = JSON.parse(
  readFileSync(resolve(shared, 'nagasaki-municipalities.topojson'), 'utf8'),
) as Topology; // our own input file, checked below by the feature count and codes
const objectName = Object.keys(topology.objects)[0]!;
const decoded = feature(topology, topology.objects[objectName] as GeometryObject);
if (!('features' in decoded)) throw new Error('expected a FeatureCollection');
const codes = new Set(records.map((r) => r.code));
const features = decoded.features.map((f) => {
  const code = String((f.properties as Record<string, unknown> | null)?.N03_007 ?? '');
  if (!codes.has(code)) throw new Error(`unknown municipality in boundaries: ${code}`);
  const g = f.geometry;
  if (g.type === 'Polygon')
    return {
      type: 'Feature',
      properties: { code },
      geometry: { type: 'MultiPolygon', coordinates: [round(g.coordinates)] },
    };
  if (g.type === 'MultiPolygon')
    return {
      type: 'Feature',
      properties: { code },
      geometry: { type: 'MultiPolygon', coordinates: g.coordinates.map(round) },
    };
  throw new Error(`unexpected geometry ${g.type}`);
});
if (features.length !== 21) throw new Error(`expected 21 boundaries, got ${features.length}`);

// Planar area of a part's outline in km² (equirectangular at 33°N): only compared, never shown.
const KM2_PER_DEG2 = 111.32 * 111.32 * Math.cos((33 * Math.PI) / 180);
const outlineArea = (ring: Ring): number => {
  let twice = 0;
  for (let i = 1; i < ring.length; i++)
    twice += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return (Math.abs(twice) / 2) * KM2_PER_DEG2;
};
const polygonsByCode = new Map(features.map((f) => [f.properties.code, f.geometry.coordinates]));
const islandParts = classifyIslandParts(topology, 'N03_007', ({ code, index }) =>
  outlineArea(polygonsByCode.get(code)?.[index]?.[0] ?? []),
);
for (const f of features) {
  const flags = islandParts.get(f.properties.code);
  if (flags?.length !== f.geometry.coordinates.length)
    throw new Error(`island flags do not line up with the parts of ${f.properties.code}`);
  Object.assign(f.properties, { island: flags });
}
const names = new Map(records.map((r) => [r.code, r.nameJa]));
console.log('island parts (island / all parts, island km² / all km²):');
for (const [code, flags] of islandParts) {
  const areas = (polygonsByCode.get(code) ?? []).map((p) => outlineArea(p[0] ?? []));
  const islandKm2 = areas.reduce((sum, a, i) => sum + (flags[i] ? a : 0), 0);
  const allKm2 = areas.reduce((sum, a) => sum + a, 0);
  const count = flags.filter(Boolean).length;
  console.log(
    `  ${code} ${names.get(code) ?? ''}: ${count} / ${flags.length}, ${islandKm2.toFixed(0)} / ${allKm2.toFixed(0)}`,
  );
}
for (const line of checkKnownPlaces(polygonsByCode, islandParts)) console.log(line);

// Frames: the parts of each municipality that hold a designated facility (scripts/frames.ts).
interface PointFeature {
  geometry: { coordinates: [number, number] };
  properties: { municipalityCode: string };
}
const facilitiesByCode = new Map<string, LngLat[]>();
for (const file of [
  'nagasaki-designated-emergency-evacuation-sites.geojson',
  'nagasaki-designated-shelters.geojson',
]) {
  const fc = JSON.parse(readFileSync(resolve(shared, file), 'utf8')) as {
    features: PointFeature[];
  };
  for (const f of fc.features) {
    const list = facilitiesByCode.get(f.properties.municipalityCode) ?? [];
    list.push(f.geometry.coordinates);
    facilitiesByCode.set(f.properties.municipalityCode, list);
  }
}
const round5 = (v: number) => Math.round(v * 1e5) / 1e5;
for (const r of records) {
  const frame = frameOf(polygonsByCode.get(r.code) ?? [], facilitiesByCode.get(r.code) ?? []);
  r.frame = frame.map(round5);
  if (frame.some((v, i) => Math.abs(v - r.bbox[i]!) > 1e-4))
    console.log(
      `  frame of ${r.code} ${r.nameJa}: [${frame.map(round5).join(', ')}] (bbox [${r.bbox.join(', ')}])`,
    );
}

const body = `// Generated by scripts/build-reference.ts from ../shared/data/nagasaki-municipalities.csv.
// Do not edit by hand. Source: 国土数値情報（行政区域データ N03-21, MLIT）; codes: 総務省 全国地方公共団体コード.
import type { MunicipalityRecord } from './municipality-record';

export const MUNICIPALITY_RECORDS = ${JSON.stringify(records, null, 2)} as const satisfies readonly MunicipalityRecord[];
`;
writeFileSync(resolve(root, 'src/domain/municipalities.data.ts'), body);

mkdirSync(resolve(root, 'public/data'), { recursive: true });
writeFileSync(
  resolve(root, 'public/data/municipalities.geojson'),
  JSON.stringify({ type: 'FeatureCollection', features }),
);
console.log(`reference: ${records.length} municipalities, ${features.length} boundaries`);
