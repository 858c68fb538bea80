import { useMemo } from 'react';
import { estimateWidth } from '../ui/chart/axis';
import { LABEL_FONT, LABEL_PX, LABEL_WEIGHT } from './label-layer';
import {
  placeLabels,
  projector,
  type CameraView,
  type LabelCandidate,
  type PlacedLabel,
  type ScreenBox,
} from './label-placement';

/** Halo and gap around each name, px at the desk. */
const LABEL_PADDING = 4;

function measurer(px: number): (text: string) => number {
  const ctx =
    typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!ctx) return (s) => estimateWidth(s, px);
  ctx.font = `${LABEL_WEIGHT} ${px}px ${LABEL_FONT}`;
  return (s) => ctx.measureText(s).width;
}

/** One empty list for every call without obstacles: a new `[]` per render would place the
 * names again, and rebuild their layer, on every render (every poll). */
const NO_OBSTACLES: readonly ScreenBox[] = [];

/** The names that fit at the camera where it last settled (none before the map has loaded). */
export function usePlacedLabels(
  candidates: readonly LabelCandidate[],
  camera: CameraView | undefined,
  scale: number,
  obstacles: readonly ScreenBox[] = NO_OBSTACLES,
): PlacedLabel[] {
  return useMemo(() => {
    if (!camera || camera.width === 0) return [];
    const fontPx = LABEL_PX * scale;
    return placeLabels(candidates, {
      project: projector(camera),
      measure: measurer(fontPx),
      fontPx,
      padding: LABEL_PADDING * scale,
      size: { width: camera.width, height: camera.height },
      obstacles,
    });
  }, [candidates, camera, scale, obstacles]);
}
