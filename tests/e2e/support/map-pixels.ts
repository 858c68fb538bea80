/**
 * Reads the map's pixels at geographic points, written apart from the app: the camera the map
 * reports (`data-camera`), a Web Mercator projection, the shipped boundaries, and a PNG.
 */
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { WebMercatorViewport } from '@deck.gl/core';

export type Rgb = readonly [number, number, number];
type Ring = number[][];
interface Boundary {
  properties: { code: string };
  geometry: { coordinates: Ring[][] };
}

export interface Camera {
  longitude: number;
  latitude: number;
  zoom: number;
  width: number;
  height: number;
}

export function boundaries(): Map<string, Ring[][]> {
  const fc = JSON.parse(readFileSync('public/data/municipalities.geojson', 'utf8')) as {
    features: Boundary[];
  };
  return new Map(fc.features.map((f) => [f.properties.code, f.geometry.coordinates]));
}

function inRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]! as [number, number];
    const [xj, yj] = ring[j]! as [number, number];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const inside = (lon: number, lat: number, parts: Ring[][]) =>
  parts.some(
    ([outer, ...holes]) => inRing(lon, lat, outer!) && !holes.some((h) => inRing(lon, lat, h)),
  );

/**
 * Points well inside a municipality: a grid over its parts, keeping points whose neighbours
 * `marginKm` away in the four directions are inside too (clear of borders and coast).
 */
export function interiorPoints(parts: Ring[][], step: number, marginKm = 1): [number, number][] {
  const dLat = marginKm / 111.32;
  const out: [number, number][] = [];
  for (const [outer] of parts) {
    const lons = outer!.map((p) => p[0]!);
    const lats = outer!.map((p) => p[1]!);
    const dLon = dLat / Math.cos((Math.min(...lats) * Math.PI) / 180);
    for (let lon = Math.min(...lons); lon <= Math.max(...lons); lon += step)
      for (let lat = Math.min(...lats); lat <= Math.max(...lats); lat += step)
        if (
          [
            [0, 0],
            [dLon, 0],
            [-dLon, 0],
            [0, dLat],
            [0, -dLat],
          ].every(([a, b]) => inside(lon + a!, lat + b!, parts))
        )
          out.push([lon, lat]);
  }
  return out;
}

export async function cameraOf(page: Page): Promise<Camera> {
  const json = await page.getAttribute('.map-area', 'data-camera');
  if (!json) throw new Error('the map reports no camera');
  return JSON.parse(json) as Camera;
}

/** A screen box [x, y, width, height] (the place names the map reports drawing). */
export type ScreenBox = readonly [number, number, number, number];

/**
 * The map element's pixels at each point on screen. Points off screen, and points under a
 * place name (`skip`: names are drawn over everything on purpose), are left out.
 */
export function pixelsAt(
  png: Buffer,
  camera: Camera,
  points: readonly [number, number][],
  skip: readonly ScreenBox[] = [],
): Rgb[] {
  const img = PNG.sync.read(png);
  const vp = new WebMercatorViewport({ ...camera, pitch: 0, bearing: 0 });
  const out: Rgb[] = [];
  for (const p of points) {
    const [x, y] = vp.project(p).map(Math.round) as [number, number];
    if (x < 0 || y < 0 || x >= img.width || y >= img.height) continue;
    if (skip.some(([bx, by, bw, bh]) => x >= bx && x <= bx + bw && y >= by && y <= by + bh))
      continue;
    const i = (y * img.width + x) * 4;
    out.push([img.data[i]!, img.data[i + 1]!, img.data[i + 2]!]);
  }
  return out;
}

/** Where a map's frame lands on screen: the box of the bounds' corners under the camera. */
export function projectedBox(
  camera: Camera,
  [w, s, e, n]: readonly [number, number, number, number],
): { left: number; top: number; right: number; bottom: number } {
  const vp = new WebMercatorViewport({ ...camera, pitch: 0, bearing: 0 });
  const [left, top] = vp.project([w, n]) as [number, number];
  const [right, bottom] = vp.project([e, s]) as [number, number];
  return { left, top, right, bottom };
}

/**
 * JMA / Cabinet Office screen colours of the warning levels (内閣府「警戒レベル一覧表の配色」),
 * and whether a pixel reads as each: level 5 near black; 4 and 3 close to their colour.
 */
export const JMA: Record<3 | 4 | 5, Rgb> = { 5: [12, 0, 12], 4: [170, 0, 170], 3: [255, 40, 0] };

export function readsAsLevel(level: 3 | 4 | 5, [r, g, b]: Rgb): boolean {
  if (level === 5) return Math.max(r, g, b) <= 60;
  const [cr, cg, cb] = JMA[level];
  return Math.hypot(r - cr, g - cg, b - cb) <= 55;
}
