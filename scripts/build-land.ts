/**
 * Builds public/data/land-context.geojson: the land around Nagasaki Prefecture (the rest of
 * Kyushu, western Honshu and Shikoku, the southern Korean coast, Jeju) for the offline
 * basemap, so flows from other prefectures start on land the viewer can see.
 *
 * Source: Natural Earth 1:10m land (public domain), as packaged by the npm package
 * `world-atlas` (land-10m.json, TopoJSON). The land is clipped to BOX, simplified with
 * Douglas–Peucker at TOLERANCE degrees (under a pixel at the prefecture view of a 1920-px
 * map, about 250 px per degree), rounded to DECIMALS, and parts smaller than MIN_AREA are
 * dropped. The prefecture itself (public/data/municipalities.geojson, built first) is taken
 * out: its land is drawn from those finer boundaries, and what Natural Earth's coarser coast
 * adds round its islands and bays would show as a fringe of other land. One MultiPolygon
 * feature, no properties.
 * Run: npm run data (or npx tsx scripts/build-land.ts)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import clipping from 'polygon-clipping';
import {
  clipRing,
  ringArea2,
  roundRing,
  simplifyRing,
  withoutPrefecture,
  type Box,
  type Ring,
  type Rings,
} from './land-geometry';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** West, south, east, north: Jeju to Shikoku, Kagoshima to the Korean south coast. */
export const BOX: Box = [125.0, 30.0, 134.5, 37.0];
const TOLERANCE = 0.002;
const DECIMALS = 3;
/** In square degrees (about 0.2 km²): islets that would be a speck at most. */
const MIN_AREA = 0.00002;

/**
 * In square degrees (about 20 km²): what is left of a land polygon once the prefecture is taken
 * out and is smaller than this is the coarse coast's fringe round the prefecture's own. Measured
 * on this data: the largest such fringe is 0.00095 (a bay of Fukue filled in), the one piece kept
 * is the rest of Kyushu (3.3).
 */
const MIN_NEIGHBOUR_AREA = 0.002;
/** Where a polygon was cut along the prefecture's border, to keep the cut within metres. */
const CUT_DECIMALS = 4;

/** The prefecture's land, one geometry (public/data/municipalities.geojson, N03). */
const municipalities = JSON.parse(
  readFileSync(resolve(root, 'public/data/municipalities.geojson'), 'utf8'),
) as { features: Array<{ geometry: Polygon | MultiPolygon }> };
const prefecture: Rings[] = clipping
  .union(
    [],
    ...municipalities.features.map(({ geometry: g }) =>
      (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map((p) =>
        p.map((r) => r.map(([x, y]) => [x!, y!] as [number, number])),
      ),
    ),
  )
  .map((p) => p.map((r) => r.slice(0, -1)));

const topology = JSON.parse(
  readFileSync(require.resolve('world-atlas/land-10m.json'), 'utf8'),
) as Topology<{ land: GeometryCollection }>;
const land = feature(topology, topology.objects.land);

const polygons: Position[][][] = [];
let before = 0;
/** Per polygon the prefecture overlapped: how many pieces of neighbouring land it kept. */
const cuts: number[] = [];
const features = 'features' in land ? land.features : [land];
for (const f of features) {
  const g = f.geometry as Polygon | MultiPolygon;
  const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const rings of parts) {
    const out: Ring[] = [];
    for (const [i, raw] of rings.entries()) {
      before += raw.length;
      const open = raw.slice(0, -1).map(([x, y]) => [x!, y!] as [number, number]);
      const ring = roundRing(simplifyRing(clipRing(open, BOX), TOLERANCE), DECIMALS);
      if (ring.length < 3 || Math.abs(ringArea2(ring)) / 2 < MIN_AREA) {
        if (i === 0) break; // outer ring gone: so are its holes
        continue;
      }
      out.push(ring);
    }
    if (out.length === 0) continue;
    const kept = withoutPrefecture(out, prefecture, MIN_NEIGHBOUR_AREA);
    const cut = kept.length !== 1 || kept[0] !== out;
    if (cut) cuts.push(kept.length);
    for (const p of kept) {
      const rings = cut ? p.map((r) => roundRing(r, CUT_DECIMALS)).filter((r) => r.length >= 3) : p;
      if (rings.length > 0) polygons.push(rings.map((r) => [...r, r[0]!]));
    }
  }
}

const collection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: polygons },
    },
  ],
};
const text = JSON.stringify(collection);
writeFileSync(resolve(root, 'public/data/land-context.geojson'), text);
const after = polygons.reduce((n, p) => n + p.reduce((m, r) => m + r.length, 0), 0);
console.log(
  `land-context.geojson: ${polygons.length} polygons, ${after} points (of ${before} in the world), ${text.length} bytes; ` +
    `${cuts.length} overlapped the prefecture and kept ${cuts.reduce((a, b) => a + b, 0)} pieces`,
);
