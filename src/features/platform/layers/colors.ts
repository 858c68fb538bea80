import type { Color } from '@deck.gl/core';
import type { RecordsRate } from '../model/density';

type Rgb = readonly [number, number, number];

/**
 * Upper-open class breaks of records per 10,000 residents: each class doubles the one before.
 * Fixed, not fitted to the data, so a colour means the same number on every poll and every day;
 * doubling suits a rate that spans an order of magnitude (12 to 139 on the GSI masters).
 */
export const RATE_BREAKS: readonly number[] = [20, 40, 80];

/**
 * A sequential yellow-orange-brown ramp read by lightness alone (so under every colour-vision
 * deficiency; see src/ui/color/palettes.test.ts), warm so that no step passes for the blue sea
 * or the beige land around the prefecture: step 0 is "no records" (a real count), then one
 * step per class. Drawn opaque, so the map shows exactly the legend's swatches.
 */
export const RATE_RAMP: readonly Rgb[] = [
  [255, 247, 188],
  [254, 217, 142],
  [254, 153, 41],
  [217, 95, 14],
  [153, 52, 4],
];

/** No count known: hatched grey in the legend, never the colour of "no records". */
export const UNKNOWN_FILL: Color = [190, 190, 190, 90];

/** The ramp step: 0 for no records, else 1 + the number of breaks the rate reaches. */
export function rateClass(rate: Pick<RecordsRate, 'records' | 'per10k'>): number {
  if (rate.records <= 0) return 0;
  return 1 + RATE_BREAKS.filter((b) => rate.per10k >= b).length;
}

export function rateColor(rate: Pick<RecordsRate, 'records' | 'per10k'> | null): Color {
  if (rate === null) return UNKNOWN_FILL;
  const [r, g, b] = RATE_RAMP[rateClass(rate)] ?? [0, 0, 0];
  return [r, g, b, 255];
}

/** A class's bounds for its legend entry: [from, to) per 10,000 residents; to undefined = open. */
export function classBounds(step: number): { from: number; to: number | undefined } {
  return { from: RATE_BREAKS[step - 2] ?? 0, to: RATE_BREAKS[step - 1] };
}

export const cssRgb = (c: Color): string => {
  const [r, g, b, a = 255] = c;
  return `rgb(${r} ${g} ${b} / ${Math.round((a / 255) * 100)}%)`;
};
