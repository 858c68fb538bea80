import type { Color } from '@deck.gl/core';
import type { OccupancyBand } from '../../domain/live';

/**
 * Occupancy bands in colour-universal-design hues (Okabe–Ito), ordered light to alarming so
 * they stay apart under protanopia and deuteranopia by lightness as well as hue. "Full" is
 * also drawn larger with a dark ring, so it never depends on colour alone.
 */
export const BAND_COLORS: Record<OccupancyBand, Color> = {
  vacant: [0, 158, 115, 255],
  somewhatCrowded: [240, 228, 66, 255],
  crowded: [230, 159, 0, 255],
  full: [213, 94, 0, 255],
  closed: [150, 150, 150, 200],
  unknown: [255, 255, 255, 255],
};

export const cssColor = ([r, g, b]: Color): string => `rgb(${r} ${g} ${b})`;
