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

/** Centre of the pixels matching one colour, in image coordinates; undefined when none. */
export function centroidOf(
  png: Buffer,
  colour: Rgb,
  tolerance = 8,
): { x: number; y: number; n: number } | undefined {
  const img = PNG.sync.read(png);
  let sx = 0,
    sy = 0,
    n = 0;
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 4;
      if (
        Math.abs(img.data[i]! - colour[0]) <= tolerance &&
        Math.abs(img.data[i + 1]! - colour[1]) <= tolerance &&
        Math.abs(img.data[i + 2]! - colour[2]) <= tolerance
      ) {
        sx += x;
        sy += y;
        n += 1;
      }
    }
  }
  return n ? { x: sx / n, y: sy / n, n } : undefined;
}
