/**
 * Which place names to draw at the current camera so that no two overlap: each candidate is
 * measured, projected to the screen, and placed in priority order unless its box would hit
 * one already placed (or an obstacle such as another layer's labels). What cannot be placed
 * is left out at this zoom and appears when the camera comes closer.
 */
import { WebMercatorViewport } from '@deck.gl/core';

export interface LabelCandidate {
  id: string;
  text: string;
  position: readonly [number, number];
  /** Lower is placed first. */
  priority: number;
}

export interface ScreenBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel extends LabelCandidate {
  box: ScreenBox;
}

export interface CameraView {
  longitude: number;
  latitude: number;
  zoom: number;
  width: number;
  height: number;
}

export const overlaps = (a: ScreenBox, b: ScreenBox): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** A screen projection for a camera (Web Mercator, north up, no pitch: as the map is drawn). */
export function projector(view: CameraView): (p: readonly [number, number]) => [number, number] {
  const vp = new WebMercatorViewport({ ...view, pitch: 0, bearing: 0 });
  return (p) => {
    const [x, y] = vp.project([p[0], p[1]]);
    return [x!, y!];
  };
}

export function placeLabels(
  candidates: readonly LabelCandidate[],
  opts: {
    project: (p: readonly [number, number]) => [number, number];
    /** Text width in px at the label font. */
    measure: (text: string) => number;
    /** Font size in px (the box height before padding). */
    fontPx: number;
    /** Room kept around each label, px (the halo and a gap). */
    padding: number;
    size: { width: number; height: number };
    obstacles?: readonly ScreenBox[];
  },
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const taken: ScreenBox[] = [...(opts.obstacles ?? [])];
  const ordered = [...candidates].sort((a, b) => a.priority - b.priority || (a.id < b.id ? -1 : 1));
  for (const c of ordered) {
    const [x, y] = opts.project(c.position);
    const width = opts.measure(c.text) + 2 * opts.padding;
    const height = opts.fontPx * 1.2 + 2 * opts.padding;
    const box = { x: x - width / 2, y: y - height / 2, width, height };
    const inside =
      box.x >= 0 &&
      box.y >= 0 &&
      box.x + box.width <= opts.size.width &&
      box.y + box.height <= opts.size.height;
    if (!inside || taken.some((t) => overlaps(t, box))) continue;
    taken.push(box);
    placed.push({ ...c, box });
  }
  return placed;
}
