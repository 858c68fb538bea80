/**
 * The drill typhoon's track and the drill's clock constants (storm minutes from the start of
 * a cycle). The track comes up the East China Sea from the southwest, crosses the Goto
 * islands, runs up the Goto-nada west of the mainland, passes between Hirado and Iki and
 * leaves through the Tsushima Strait, speeding up as it recurves, like typhoons that hit
 * Nagasaki (e.g. Haishen 2020 passed just west of Goto).
 */
import type { LngLat } from '../../src/domain/types';

const HOUR = 60;

/** [storm hour, lon, lat]; positions in between are linear (fine at 3-hour spacing). */
const WAYPOINTS: readonly (readonly [number, number, number])[] = [
  [0, 126.3, 29.4],
  [6, 127.2, 30.5],
  [12, 128.0, 31.55],
  [16, 128.5, 32.2],
  [19, 128.95, 32.7],
  [22, 129.3, 33.25],
  [25, 129.6, 33.85],
  [28, 130.0, 34.55],
  [32, 130.8, 35.6],
  [36, 131.8, 36.8],
];

/** The storm itself lasts 36 hours; after that it has become extratropical in the Sea of Japan. */
export const STORM_MINUTES = 36 * HOUR;
/** The drill's DisasterEvent is closed here, after every shelter has closed. */
export const EVENT_END_MINUTE = 36 * HOUR + 30;
/** One cycle of the looping drill; the next cycle starts the same storm again. */
export const CYCLE_MINUTES = 38 * HOUR;

/** The whole track, as the DisasterEvent's LineString. */
export const TRACK: readonly LngLat[] = WAYPOINTS.map(([, lon, lat]) => [lon, lat] as const);

/** The storm centre at a minute of the cycle (clamped to the track's ends). */
export function stormCentreAt(minute: number): LngLat {
  const h = minute / HOUR;
  const first = WAYPOINTS[0]!;
  if (h <= first[0]) return [first[1], first[2]];
  for (let i = 1; i < WAYPOINTS.length; i++) {
    const a = WAYPOINTS[i - 1]!;
    const b = WAYPOINTS[i]!;
    if (h <= b[0]) {
      const f = (h - a[0]) / (b[0] - a[0]);
      return [a[1] + f * (b[1] - a[1]), a[2] + f * (b[2] - a[2])];
    }
  }
  const last = WAYPOINTS.at(-1)!;
  return [last[1], last[2]];
}

const KM_PER_DEG_LAT = 111.32;

/** Great-circle distance approximated locally (equirectangular): exact enough within Kyushu. */
export function distanceKm(a: LngLat, b: LngLat): number {
  const kx = KM_PER_DEG_LAT * Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
  return Math.hypot((a[0] - b[0]) * kx, (a[1] - b[1]) * KM_PER_DEG_LAT);
}
