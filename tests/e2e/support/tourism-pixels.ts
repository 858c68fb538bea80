import { PNG } from 'pngjs';

/** Playwright paints masked elements in this colour (its default mask colour). */
const isMask = (d: Buffer, i: number) => d[i] === 255 && d[i + 1] === 0 && d[i + 2] === 255;

export interface PixelChange {
  /** Pixels unmasked in both pictures. */
  compared: number;
  /** Of those, pixels whose colour moved by more than the tolerance in some channel. */
  changed: number;
}

/**
 * Compares two screenshots of the same element pixel by pixel, leaving out what either masks
 * (overlays that move, such as a legend that grows). The camera does not move between them,
 * so what changed is what was drawn differently.
 */
export function pixelChange(a: Buffer, b: Buffer, tolerance = 24): PixelChange {
  const pa = PNG.sync.read(a);
  const pb = PNG.sync.read(b);
  if (pa.width !== pb.width || pa.height !== pb.height) {
    throw new Error(`sizes differ: ${pa.width}×${pa.height} and ${pb.width}×${pb.height}`);
  }
  let compared = 0;
  let changed = 0;
  for (let i = 0; i < pa.data.length; i += 4) {
    if (isMask(pa.data, i) || isMask(pb.data, i)) continue;
    compared += 1;
    if (
      Math.abs(pa.data[i]! - pb.data[i]!) > tolerance ||
      Math.abs(pa.data[i + 1]! - pb.data[i + 1]!) > tolerance ||
      Math.abs(pa.data[i + 2]! - pb.data[i + 2]!) > tolerance
    ) {
      changed += 1;
    }
  }
  return { compared, changed };
}
