import { PNG } from 'pngjs';

export type Rgb = readonly [number, number, number];

/** How many pixels of a PNG lie within `tolerance` (per channel) of each colour. */
export function countColours(png: Buffer, colours: Record<string, Rgb>, tolerance = 18): Record<string, number> {
  const img = PNG.sync.read(png);
  const counts: Record<string, number> = Object.fromEntries(Object.keys(colours).map((k) => [k, 0]));
  const entries = Object.entries(colours);
  for (let i = 0; i < img.data.length; i += 4) {
    const r = img.data[i]!, g = img.data[i + 1]!, b = img.data[i + 2]!;
    for (const [name, [cr, cg, cb]] of entries) {
      if (Math.abs(r - cr) <= tolerance && Math.abs(g - cg) <= tolerance && Math.abs(b - cb) <= tolerance) {
        counts[name] = (counts[name] ?? 0) + 1;
      }
    }
  }
  return counts;
}
