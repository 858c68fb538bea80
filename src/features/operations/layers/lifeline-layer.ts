import { PathLayer } from '@deck.gl/layers';
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

const CASING: Color = [20, 20, 20, 160];

/** Each service as a line from port to port coloured by status, on a dark casing. */
export function lifelineLayers(paths: readonly LifelinePath[], scale: number) {
  const width = (p: LifelinePath) => (p.air ? 1.75 : 2.5) * scale;
  return [
    new PathLayer<LifelinePath>({
      id: 'lifelines-casing',
      data: paths,
      getPath: (p) => p.path,
      getColor: CASING,
      getWidth: (p) => width(p) + 1 * scale,
      widthUnits: 'pixels',
      capRounded: true,
      jointRounded: true,
      pickable: false,
    }),
    new PathLayer<LifelinePath>({
      id: 'lifelines',
      data: paths,
      getPath: (p) => p.path,
      getColor: (p) => STATUS_COLORS[p.status],
      getWidth: width,
      widthUnits: 'pixels',
      capRounded: true,
      jointRounded: true,
      pickable: false,
    }),
  ];
}
