import { ScatterplotLayer } from '@deck.gl/layers';
import type { Color } from '@deck.gl/core';
import type { LngLat } from '../../../domain/types';
import type { ServiceStatus, TransportService } from '../../../domain/lifelines';
import { STATUS_COLORS, STATUS_ORDER } from '../../../ui/color/lifelines';
import { courseOf } from '../model/ports';

export interface LifelinePath {
  id: string;
  status: ServiceStatus;
  air: boolean;
  path: Array<[number, number]>;
}

/** Degrees a sea lane is moved to its right, so the two directions of a route both show. */
const LANE_OFFSET = 0.018;
/** An air route's bulge to its right, as a share of its length. */
const ARC_BULGE = 0.12;
const ARC_STEPS = 16;

function rightOf(a: LngLat, b: LngLat): { nx: number; ny: number; len: number } {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy) || 1;
  return { nx: dy / len, ny: -dx / len, len };
}

/** A straight course moved sideways to the right of travel, leg by leg. */
function lane(course: readonly LngLat[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < course.length - 1; i++) {
    const a = course[i]!;
    const b = course[i + 1]!;
    const { nx, ny } = rightOf(a, b);
    out.push([a[0] + nx * LANE_OFFSET, a[1] + ny * LANE_OFFSET]);
    out.push([b[0] + nx * LANE_OFFSET, b[1] + ny * LANE_OFFSET]);
  }
  return out;
}

/** A flight as a gentle arc bowing to the right of travel (the way back bows the other way). */
function arc(a: LngLat, b: LngLat): Array<[number, number]> {
  const { nx, ny, len } = rightOf(a, b);
  const c: LngLat = [
    (a[0] + b[0]) / 2 + nx * len * ARC_BULGE,
    (a[1] + b[1]) / 2 + ny * len * ARC_BULGE,
  ];
  const out: Array<[number, number]> = [];
  for (let i = 0; i <= ARC_STEPS; i++) {
    const t = i / ARC_STEPS;
    const u = 1 - t;
    out.push([
      u * u * a[0] + 2 * u * t * c[0] + t * t * b[0],
      u * u * a[1] + 2 * u * t * c[1] + t * t * b[1],
    ]);
  }
  return out;
}

/** The services as paths, worst status drawn last; services without known ports left out. */
export function lifelinePaths(services: readonly TransportService[]): LifelinePath[] {
  const out: LifelinePath[] = [];
  for (const s of services) {
    const course = courseOf(s);
    if (!course || course.length < 2) continue;
    const air = s.mode === 'air';
    out.push({
      id: s.id,
      status: s.status,
      air,
      path: air ? arc(course[0]!, course.at(-1)!) : lane(course),
    });
  }
  const rank = (x: LifelinePath) => STATUS_ORDER.indexOf(x.status);
  return out.sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
}

/** Degrees between two dots along a route (about 2.5 km: a dotted line at the prefecture view). */
const DOT_STEP = 0.025;

export interface LifelineDot {
  position: [number, number];
  status: ServiceStatus;
}

/**
 * The routes as dots along their paths, in the paths' order (worst status last, on top). Dots,
 * not lines: the map already draws its markers with the same program, where a path layer's
 * first frame costs seconds of software drawing on the room's machines.
 */
export function lifelineDots(paths: readonly LifelinePath[]): LifelineDot[] {
  const out: LifelineDot[] = [];
  for (const p of paths)
    for (let i = 0; i < p.path.length - 1; i++) {
      const [ax, ay] = p.path[i]!;
      const [bx, by] = p.path[i + 1]!;
      const steps = Math.max(1, Math.round(Math.hypot(bx - ax, by - ay) / DOT_STEP));
      // The last leg ends on its port; the others end where the next begins.
      const last = i === p.path.length - 2 ? steps : steps - 1;
      for (let k = 0; k <= last; k++) {
        const t = k / steps;
        out.push({ position: [ax + (bx - ax) * t, ay + (by - ay) * t], status: p.status });
      }
    }
  return out;
}

const OUTLINE: Color = [20, 20, 20, 200];

/** Each service as a dotted line from port to port, coloured by status, with a dark rim. */
export function lifelineLayers(dots: readonly LifelineDot[], scale: number) {
  return new ScatterplotLayer<LifelineDot>({
    id: 'lifelines',
    data: dots,
    pickable: false,
    stroked: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getPosition: (d) => d.position,
    getRadius: 1.7 * scale,
    getFillColor: (d) => STATUS_COLORS[d.status],
    getLineColor: OUTLINE,
    getLineWidth: 0.6 * scale,
    updateTriggers: { getRadius: [scale], getLineWidth: [scale] },
  });
}
