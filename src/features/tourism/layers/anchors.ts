/**
 * Where a flow starts on the map. A Nagasaki municipality starts at its label point. A
 * prefecture outside starts on land:
 *  - Fukuoka, Saga and Kumamoto, whose offices lie within NEAR_DEG of the prefecture, at their
 *    prefectural office, named above it;
 *  - every other prefecture in the gateway column on Kyushu's land east of Nagasaki, one
 *    anchor each, named to its right. The column runs north to south in the order of the
 *    prefectures' true bearings (Hokkaido and Tohoku at the top, Okinawa at the bottom), each
 *    as near its bearing as the others allow, so arrivals from Tokyo and Osaka come in from
 *    the east-north-east side. Rows are far enough apart that names never overlap at the
 *    prefecture view (tested at 1920×1080 and 3840×2160); past GATEWAY.shown origins a
 *    second column takes every other one.
 * Every anchor is checked against the shipped land (public/data/land-context.geojson) in the
 * tests.
 */
import { getMunicipality } from '../../../domain/municipalities';
import { getPrefecture } from '../../../domain/prefectures';
import type { FlowOrigin } from '../../../domain/tourism';
import type { LngLat } from '../../../domain/types';

/** Roughly the middle of the prefecture, islands included. */
export const PREFECTURE_CENTRE: LngLat = [129.65, 33.25];
/** Offices nearer than this (degrees of latitude, about 135 km) are used as they are. */
export const NEAR_DEG = 1.2;

/**
 * The gateway columns: longitudes, the first row's latitude and the step between rows
 * (0.06° of latitude is 19-25 px at the prefecture view on a 1920-px screen, where a name is
 * 18 px tall with its outline). Up to `shown` origins take one column, its rows between
 * Kitakyushu and the north of Kumamoto, above the time bar that covers the bottom of the
 * tourism map; more share two columns of up to `rows` rows (all 46 fit; the last rows then
 * reach under the time bar).
 */
export const GATEWAY = {
  lons: [130.95, 131.4],
  top: 33.55,
  step: 0.06,
  rows: 22,
  shown: 13,
} as const;

/** Origin name font size and gap to the anchor, in pixels before the display scale. */
export const ORIGIN_LABEL = { size: 12, gap: 7 } as const;

/** Where an origin's name goes relative to its anchor. */
export type LabelSide = 'above' | 'right';

export interface OriginPlace {
  code: string;
  anchor: LngLat;
  label: LabelSide;
}

const cosLat = Math.cos((PREFECTURE_CENTRE[1] * Math.PI) / 180);

/** Degrees (east = 0, north = 90) from the prefecture's centre; latitude-corrected. */
export function bearingOf(p: LngLat): number {
  const dx = (p[0] - PREFECTURE_CENTRE[0]) * cosLat;
  const dy = p[1] - PREFECTURE_CENTRE[1];
  return (Math.atan2(dy, dx) * 180) / Math.PI;
}

function isNear(office: LngLat): boolean {
  const dx = (office[0] - PREFECTURE_CENTRE[0]) * cosLat;
  return Math.hypot(dx, office[1] - PREFECTURE_CENTRE[1]) <= NEAR_DEG;
}

const slot = (column: number, row: number): LngLat => [
  GATEWAY.lons[column]!,
  Math.round((GATEWAY.top - row * GATEWAY.step) * 1e6) / 1e6,
];

/** Every gateway anchor there can be, first column top to bottom, then the second. */
export function gatewaySlots(): LngLat[] {
  return GATEWAY.lons.flatMap((_, c) => Array.from({ length: GATEWAY.rows }, (_, r) => slot(c, r)));
}

/**
 * Rows for `bearings` (sorted north to south, i.e. descending) in one column: each row as near
 * its bearing's own row as possible, strictly increasing (dynamic programming over the
 * assignments that keep the order, minimising the summed bearing error).
 */
function rowsByBearing(bearings: readonly number[]): number[] {
  if (bearings.length === 0) return [];
  const rows = GATEWAY.shown;
  const rowBearing = Array.from({ length: rows }, (_, r) => bearingOf(slot(0, r)));
  const n = bearings.length;
  // cost[i][r]: best total for the first i+1 origins with origin i on row r.
  const cost: number[][] = [];
  const from: number[][] = [];
  for (let i = 0; i < n; i++) {
    cost.push(new Array<number>(rows).fill(Infinity));
    from.push(new Array<number>(rows).fill(-1));
    for (let r = i; r <= rows - (n - i); r++) {
      const own = Math.abs(bearings[i]! - rowBearing[r]!);
      if (i === 0) {
        cost[0]![r] = own;
        continue;
      }
      for (let p = i - 1; p < r; p++) {
        const c = cost[i - 1]![p]! + own;
        if (c < cost[i]![r]!) [cost[i]![r], from[i]![r]] = [c, p];
      }
    }
  }
  const out = new Array<number>(n);
  let r = cost[n - 1]!.indexOf(Math.min(...cost[n - 1]!));
  for (let i = n - 1; i >= 0; i--) {
    out[i] = r;
    r = from[i]![r]!;
  }
  return out;
}

/**
 * Places the given prefectures (2-digit codes; unknown codes and Nagasaki itself are left
 * out). The result depends on which prefectures are given, not on their order.
 */
export function layoutOrigins(codes: Iterable<string>): Map<string, OriginPlace> {
  const out = new Map<string, OriginPlace>();
  const far: Array<{ code: string; bearing: number }> = [];
  for (const code of new Set(codes)) {
    const p = code === '42' ? undefined : getPrefecture(code);
    if (!p) continue;
    if (isNear(p.office)) out.set(code, { code, anchor: p.office, label: 'above' });
    else far.push({ code, bearing: bearingOf(p.office) });
  }
  far.sort((a, b) => b.bearing - a.bearing || (a.code < b.code ? -1 : 1));
  const capacity = GATEWAY.rows * GATEWAY.lons.length;
  const placed = far.slice(0, capacity);
  if (placed.length <= GATEWAY.shown) {
    const rows = rowsByBearing(placed.map((f) => f.bearing));
    placed.forEach((f, i) =>
      out.set(f.code, { code: f.code, anchor: slot(0, rows[i]!), label: 'right' }),
    );
  } else {
    // Two columns, row by row: the north-to-south order still reads down the rows.
    placed.forEach((f, i) =>
      out.set(f.code, {
        code: f.code,
        anchor: slot(i % 2, Math.floor(i / 2)),
        label: 'right',
      }),
    );
  }
  return out;
}

/** A municipality's label point; undefined for an unknown code. */
export function destinationOf(code: string): LngLat | undefined {
  const m = getMunicipality(code);
  return m ? [m.label[0], m.label[1]] : undefined;
}

/**
 * Where a flow from `origin` starts, given the layout of the prefectures drawn with it.
 * Nagasaki itself as an origin (say Busan ferry passengers entering Japan at Tsushima) names
 * no place inside the prefecture to start from: undefined.
 */
export function anchorOf(
  origin: FlowOrigin,
  places: ReadonlyMap<string, OriginPlace>,
): OriginPlace | undefined {
  if (origin.kind === 'municipality') {
    const at = destinationOf(origin.code);
    return at && { code: origin.code, anchor: at, label: 'above' };
  }
  return places.get(origin.code);
}
