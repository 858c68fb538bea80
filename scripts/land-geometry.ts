/**
 * Geometry for the context land (scripts/build-land.ts): clip polygons to a box, simplify
 * rings, round coordinates, take the prefecture out. Pure, so each step is tested on small shapes.
 */
import clipping from 'polygon-clipping';

export type Ring = Array<[number, number]>;
export type Box = readonly [west: number, south: number, east: number, north: number];

type Edge = {
  inside: (p: [number, number]) => boolean;
  cut: (a: [number, number], b: [number, number]) => [number, number];
};

function edges([w, s, e, n]: Box): Edge[] {
  const atX =
    (x: number) =>
    (a: [number, number], b: [number, number]): [number, number] => [
      x,
      a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0]),
    ];
  const atY =
    (y: number) =>
    (a: [number, number], b: [number, number]): [number, number] => [
      a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]),
      y,
    ];
  return [
    { inside: (p) => p[0] >= w, cut: atX(w) },
    { inside: (p) => p[0] <= e, cut: atX(e) },
    { inside: (p) => p[1] >= s, cut: atY(s) },
    { inside: (p) => p[1] <= n, cut: atY(n) },
  ];
}

/**
 * Sutherland–Hodgman: the part of a closed ring inside the box (open ring in, open ring out;
 * the first point is not repeated). A ring that wraps around a concave piece of the box edge
 * keeps a zero-width seam along it, which a fill does not show. Empty when nothing is inside.
 */
export function clipRing(ring: Ring, box: Box): Ring {
  let out = ring;
  for (const edge of edges(box)) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i]!;
      const prev = input[(i + input.length - 1) % input.length]!;
      const curIn = edge.inside(cur);
      if (curIn) {
        if (!edge.inside(prev)) out.push(edge.cut(prev, cur));
        out.push(cur);
      } else if (edge.inside(prev)) out.push(edge.cut(prev, cur));
    }
    if (out.length === 0) break;
  }
  return out;
}

/** Twice the signed area (shoelace); zero for a degenerate ring. */
export function ringArea2(ring: Ring): number {
  let a = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    a += x1 * y2 - x2 * y1;
  }
  return a;
}

function segmentDistance(p: [number, number], a: [number, number], b: [number, number]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t =
    len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Douglas–Peucker on an open ring (kept closed by always keeping its first and middle points). */
export function simplifyRing(ring: Ring, tolerance: number): Ring {
  if (ring.length <= 4) return ring;
  const keep = new Uint8Array(ring.length);
  const mid = Math.floor(ring.length / 2);
  keep[0] = keep[mid] = keep[ring.length - 1] = 1;
  const stack: Array<[number, number]> = [
    [0, mid],
    [mid, ring.length - 1],
  ];
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    let worst = -1;
    let at = -1;
    for (let i = from + 1; i < to; i++) {
      const d = segmentDistance(ring[i]!, ring[from]!, ring[to]!);
      if (d > worst) [worst, at] = [d, i];
    }
    if (at >= 0 && worst > tolerance) {
      keep[at] = 1;
      stack.push([from, at], [at, to]);
    }
  }
  return ring.filter((_, i) => keep[i] === 1);
}

/** Rounds to `decimals` and drops points that become repeats of the one before. */
export function roundRing(ring: Ring, decimals: number): Ring {
  const f = 10 ** decimals;
  const out: Ring = [];
  for (const [x, y] of ring) {
    const p: [number, number] = [Math.round(x * f) / f, Math.round(y * f) / f];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) out.pop();
  return out;
}

/** A polygon of open rings (outer first, then holes), as the context land is built. */
export type Rings = Ring[];

const closed = (ring: Ring): Ring => [...ring, ring[0]!];
const open = (ring: Ring): Ring => {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return first && last && first[0] === last[0] && first[1] === last[1] ? ring.slice(0, -1) : ring;
};

/** The area of a polygon: its outer ring less its holes. */
export function polygonArea(polygon: Rings): number {
  return (
    polygon.reduce((sum, ring, i) => sum + (i === 0 ? 1 : -1) * Math.abs(ringArea2(ring)), 0) / 2
  );
}

/**
 * A context polygon with the prefecture taken out. The prefecture's own land is drawn over the
 * context land from its finer boundaries, so where the coarser context coast reaches past the
 * prefecture's (into its bays, round its islands) the context colour would show as a fringe,
 * beside the level shading as land the shading had missed. Taking the prefecture out of a
 * polygon that overlaps it leaves the neighbours' land (the rest of Kyushu: at least `minArea`)
 * and that fringe (smaller pieces), which is dropped. A polygon clear of the prefecture is
 * returned as it was.
 */
export function withoutPrefecture(
  polygon: Rings,
  prefecture: readonly Rings[],
  minArea: number,
): Rings[] {
  const pieces = clipping
    .difference(
      polygon.map(closed),
      prefecture.map((p) => p.map(closed)),
    )
    .map((p) => p.map(open));
  const before = polygonArea(polygon);
  const after = pieces.reduce((sum, p) => sum + polygonArea(p), 0);
  if (after >= before * (1 - 1e-9)) return [polygon];
  return pieces.filter((p) => polygonArea(p) >= minArea);
}
