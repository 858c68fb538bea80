import type { Color } from '@deck.gl/core';

/**
 * Presence: a sequential ramp (light yellow → dark blue, ColorBrewer YlGnBu-like), which reads
 * by lightness alone and so survives every colour-vision deficiency. Counts span four orders
 * of magnitude (Ojika's tens, Nagasaki's tens of thousands): steps are on a log scale.
 */
type Rgb = readonly [number, number, number];

export const PRESENCE_RAMP: readonly Rgb[] = [
  [255, 255, 204],
  [199, 233, 180],
  [127, 205, 187],
  [65, 182, 196],
  [29, 145, 192],
  [34, 94, 168],
  [12, 44, 132],
];

/** Presence never published (no data, or all suppressed): hatched grey, never the "0" colour. */
export const NO_DATA: Color = [190, 190, 190, 90];

/** Step of the ramp for a count, given the largest count on screen. */
export function presenceStep(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  const t = Math.log10(1 + value) / Math.log10(1 + max);
  return Math.min(PRESENCE_RAMP.length - 1, Math.floor(t * PRESENCE_RAMP.length));
}

export function presenceColor(value: number | null, max: number, alpha = 200): Color {
  if (value === null) return NO_DATA;
  const [r, g, b] = PRESENCE_RAMP[presenceStep(value, max)]!;
  return [r, g, b, alpha];
}

/**
 * Flows: sea crossings in Okabe–Ito blue, flows over land in Okabe–Ito vermilion, each darker
 * and more opaque as the count grows; the hue pair stays apart under protanopia and
 * deuteranopia, and width carries the count too.
 */
const SEA: { light: Rgb; dark: Rgb } = { light: [86, 180, 233], dark: [0, 70, 140] };
const LAND: { light: Rgb; dark: Rgb } = { light: [240, 180, 120], dark: [190, 70, 0] };

export function flowColor(count: number, max: number, sea: boolean): Color {
  const t = max > 0 ? Math.sqrt(Math.min(1, count / max)) : 0;
  const { light, dark } = sea ? SEA : LAND;
  const mix = (i: 0 | 1 | 2) => Math.round(light[i] + (dark[i] - light[i]) * t);
  return [mix(0), mix(1), mix(2), Math.round(140 + 115 * t)];
}

/** Width in pixels (before the display scale): area-true, 1 px to 16 px. */
export function flowWidth(count: number, max: number): number {
  return max > 0 ? 1 + 15 * Math.sqrt(Math.min(1, count / max)) : 1;
}

export const FLOW_LEGEND = { sea: SEA.dark, land: LAND.dark } as const;
