import type { Color } from '@deck.gl/core';
import type { ServiceStatus } from '../../domain/lifelines';

/**
 * Service statuses in colour-universal-design hues (Okabe–Ito): running in blue, delayed in
 * yellow, partly cancelled in orange, suspended in vermillion, finished for the day in grey,
 * unknown in white on the lines' dark casing (as an unknown occupancy band is white). The
 * legend and the list name every status in words as well.
 */
export const STATUS_COLORS: Record<ServiceStatus, Color> = {
  normal: [0, 114, 178, 255],
  delayed: [240, 228, 66, 255],
  partiallyCancelled: [230, 159, 0, 255],
  suspended: [213, 94, 0, 255],
  ended: [140, 140, 140, 255],
  unknown: [255, 255, 255, 255],
};

/** Statuses in the legend's order, and bottom to top on the map (the worst drawn last). */
export const STATUS_ORDER: readonly ServiceStatus[] = [
  'normal',
  'ended',
  'delayed',
  'partiallyCancelled',
  'unknown',
  'suspended',
];
