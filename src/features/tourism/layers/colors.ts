import type { Color } from '@deck.gl/core';
import type { ArcKind } from './arcs';

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

/** Two significant digits: 3 → 3, 193 → 190, 2682 → 2700. */
function twoDigits(x: number): number {
  if (x < 10) return Math.round(x);
  const unit = 10 ** (Math.floor(Math.log10(x)) - 1);
  return Math.round(x / unit) * unit;
}

/**
 * The lower bounds of ramp steps 1…6 for the largest count on screen: equal steps of
 * log(1 + count), rounded to two significant digits so the legend can print them, at least 1,
 * strictly increasing and none above `max`. A count below the first break is step 0; at or
 * above break k it is step k. Empty when nothing was published (max 0).
 */
export function presenceBreaks(max: number): number[] {
  if (max <= 0) return [];
  const out: number[] = [];
  for (let k = 1; k < PRESENCE_RAMP.length; k++) {
    const raw = (1 + max) ** (k / PRESENCE_RAMP.length) - 1;
    const prev = out[out.length - 1] ?? 0;
    const next = Math.max(prev + 1, twoDigits(raw));
    // A tiny largest count (under 7) has fewer steps than the ramp: no break above it.
    if (next > max) break;
    out.push(next);
  }
  return out;
}

/** Step of the ramp for a count, given the breaks (`presenceBreaks`). */
export function presenceStep(value: number, breaks: readonly number[]): number {
  let step = 0;
  while (step < breaks.length && value >= breaks[step]!) step++;
  return step;
}

export function presenceColor(value: number | null, breaks: readonly number[], alpha = 200): Color {
  if (value === null) return NO_DATA;
  const [r, g, b] = PRESENCE_RAMP[presenceStep(value, breaks)]!;
  return [r, g, b, alpha];
}

/**
 * Flows by how visitors travelled: by sea (ferry) in Okabe–Ito blue, by air in Okabe–Ito
 * reddish purple, over land (road, rail) in Okabe–Ito vermilion, mode not given in grey; each
 * darker and more opaque as the count grows. The hues stay apart under protanopia,
 * deuteranopia and tritanopia (src/ui/color/palettes.test.ts), and width carries the count
 * too.
 */
const FLOW_HUES: Record<ArcKind, { light: Rgb; dark: Rgb }> = {
  sea: { light: [86, 180, 233], dark: [0, 70, 140] },
  air: { light: [225, 160, 200], dark: [180, 90, 145] },
  land: { light: [240, 180, 120], dark: [190, 70, 0] },
  unknown: { light: [190, 190, 190], dark: [80, 80, 80] },
};

export function flowColor(count: number, max: number, kind: ArcKind): Color {
  const t = max > 0 ? Math.sqrt(Math.min(1, count / max)) : 0;
  const { light, dark } = FLOW_HUES[kind];
  const mix = (i: 0 | 1 | 2) => Math.round(light[i] + (dark[i] - light[i]) * t);
  return [mix(0), mix(1), mix(2), Math.round(140 + 115 * t)];
}

/** Width in pixels (before the display scale): area-true, 1 px to 16 px. */
export function flowWidth(count: number, max: number): number {
  return max > 0 ? 1 + 15 * Math.sqrt(Math.min(1, count / max)) : 1;
}

/** The legend's swatch per kind: the colour of the biggest flow. */
export const FLOW_LEGEND: Record<ArcKind, Rgb> = {
  sea: FLOW_HUES.sea.dark,
  air: FLOW_HUES.air.dark,
  land: FLOW_HUES.land.dark,
  unknown: FLOW_HUES.unknown.dark,
};
