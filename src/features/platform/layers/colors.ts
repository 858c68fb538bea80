import type { Color } from '@deck.gl/core';

type Rgb = readonly [number, number, number];

/**
 * Datasets published: a sequential green ramp (ColorBrewer Greens-like), read by lightness
 * alone, so it survives every colour-vision deficiency. The lightest step is 0 (a real count:
 * nothing published); a municipality whose counts are unknown is hatched grey, never "0".
 */
export const DATASET_RAMP: readonly Rgb[] = [
  [237, 248, 233],
  [186, 228, 179],
  [116, 196, 118],
  [49, 163, 84],
  [0, 109, 44],
];

export const UNKNOWN_FILL: Color = [190, 190, 190, 90];

/** The ramp step for `n` datasets out of at most `max` (one per type). */
export function datasetStep(n: number, max: number): number {
  if (n <= 0 || max <= 0) return 0;
  const top = DATASET_RAMP.length - 1;
  return Math.max(1, Math.min(top, Math.round((n / max) * top)));
}

export function datasetColor(n: number | null, max: number, alpha = 210): Color {
  if (n === null) return UNKNOWN_FILL;
  const [r, g, b] = DATASET_RAMP[datasetStep(n, max)] ?? DATASET_RAMP[0] ?? [0, 0, 0];
  return [r, g, b, alpha];
}

export const cssRgb = (c: Color): string => {
  const [r, g, b, a = 255] = c;
  return `rgb(${r} ${g} ${b} / ${Math.round((a / 255) * 100)}%)`;
};
