import { PNG } from 'pngjs';

export type Rgb = readonly [number, number, number];

/** How many pixels of a PNG lie within `tolerance` (per channel) of each colour. */
export function countColours(
  png: Buffer,
  colours: Record<string, Rgb>,
  tolerance = 18,
): Record<string, number> {
  const img = PNG.sync.read(png);
  const counts: Record<string, number> = Object.fromEntries(
    Object.keys(colours).map((k) => [k, 0]),
  );
  const entries = Object.entries(colours);
  for (let i = 0; i < img.data.length; i += 4) {
    const r = img.data[i]!,
      g = img.data[i + 1]!,
      b = img.data[i + 2]!;
    for (const [name, [cr, cg, cb]] of entries) {
      if (
        Math.abs(r - cr) <= tolerance &&
        Math.abs(g - cg) <= tolerance &&
        Math.abs(b - cb) <= tolerance
      ) {
        counts[name] = (counts[name] ?? 0) + 1;
      }
    }
  }
  return counts;
}

/**
 * Centre of the largest 4-connected patch of pixels matching one colour, in image coordinates;
 * undefined when none. The largest patch, not every match: other things on the map may share the
 * colour (a delayed route's dots are the selected marker's yellow), and their pixels must not
 * pull the point off the marker.
 */
export function centroidOf(
  png: Buffer,
  colour: Rgb,
  tolerance = 8,
): { x: number; y: number; n: number } | undefined {
  const img = PNG.sync.read(png);
  const { width, height, data } = img;
  const hit = new Uint8Array(width * height);
  for (let p = 0; p < hit.length; p++) {
    const i = p * 4;
    hit[p] =
      Math.abs(data[i]! - colour[0]) <= tolerance &&
      Math.abs(data[i + 1]! - colour[1]) <= tolerance &&
      Math.abs(data[i + 2]! - colour[2]) <= tolerance
        ? 1
        : 0;
  }
  let best: { x: number; y: number; n: number } | undefined;
  const stack: number[] = [];
  for (let start = 0; start < hit.length; start++) {
    if (hit[start] !== 1) continue;
    hit[start] = 2;
    stack.push(start);
    let sx = 0,
      sy = 0,
      n = 0;
    while (stack.length) {
      const p = stack.pop()!;
      const x = p % width,
        y = (p - x) / width;
      sx += x;
      sy += y;
      n += 1;
      const next = [
        x > 0 ? p - 1 : -1,
        x < width - 1 ? p + 1 : -1,
        y > 0 ? p - width : -1,
        y < height - 1 ? p + width : -1,
      ];
      for (const q of next)
        if (q >= 0 && hit[q] === 1) {
          hit[q] = 2;
          stack.push(q);
        }
    }
    if (!best || n > best.n) best = { x: sx / n, y: sy / n, n };
  }
  return best;
}

/** The share of pixels of two same-sized PNGs differing by more than `tolerance` in a channel. */
export function differingShare(a: Buffer, b: Buffer, tolerance = 24): number {
  const one = PNG.sync.read(a);
  const two = PNG.sync.read(b);
  if (one.width !== two.width || one.height !== two.height) return 1;
  let differing = 0;
  for (let i = 0; i < one.data.length; i += 4) {
    if (
      Math.abs(one.data[i]! - two.data[i]!) > tolerance ||
      Math.abs(one.data[i + 1]! - two.data[i + 1]!) > tolerance ||
      Math.abs(one.data[i + 2]! - two.data[i + 2]!) > tolerance
    )
      differing++;
  }
  return differing / (one.width * one.height);
}
