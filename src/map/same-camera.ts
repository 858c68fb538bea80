/**
 * Whether the camera or a framing changed: reporting the same camera again, or framing the
 * same bounds in the same free area again, costs a frame and a rebuild of the names and
 * markers for nothing (on CPU rendering, most of a poll's cost).
 */
import type { Bounds } from '../domain/geo';
import type { CameraView } from './label-placement';
import type { Padding } from './fit-padding';

/** The same camera to well under a pixel. */
export function sameView(a: CameraView, b: CameraView): boolean {
  return (
    a.width === b.width &&
    a.height === b.height &&
    Math.abs(a.zoom - b.zoom) < 1e-6 &&
    Math.abs(a.longitude - b.longitude) < 1e-9 &&
    Math.abs(a.latitude - b.latitude) < 1e-9
  );
}

export interface Fit {
  bounds: Bounds;
  padding: Padding;
  width: number;
  height: number;
}

/** The same bounds framed in the same free area (padding to half a pixel). */
export function sameFit(a: Fit, b: Fit): boolean {
  const sides = ['top', 'right', 'bottom', 'left'] as const;
  return (
    a.width === b.width &&
    a.height === b.height &&
    a.bounds.every((v, i) => v === b.bounds[i]) &&
    sides.every((s) => Math.abs(a.padding[s] - b.padding[s]) < 0.5)
  );
}
