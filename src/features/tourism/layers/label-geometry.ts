/**
 * Screen geometry of the origin names, for the tests that check the layout (anchors.test.ts)
 * and the end-to-end check on the pixels (tests/e2e/tourism-map.e2e.test.ts): where a frame
 * puts a point (Web Mercator, as MapLibre's fitBounds frames bounds with padding) and the box a
 * name takes beside its anchor (flow-layer.ts).
 */
import type { Bounds } from '../../../domain/geo';
import type { LngLat } from '../../../domain/types';
import { ORIGIN_LABEL, type LabelSide } from './anchors';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const mercX = (lon: number) => (lon + 180) / 360;
const mercY = (lat: number) => {
  const s = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
};

/** Pixels of a `width`×`height` map that frames `bounds` with `padding` on every side. */
export function fitProjection(
  bounds: Bounds,
  width: number,
  height: number,
  padding: number,
): (p: LngLat) => [number, number] {
  const [w, s, e, n] = bounds;
  const world = Math.min(
    (width - 2 * padding) / (mercX(e) - mercX(w)),
    (height - 2 * padding) / (mercY(s) - mercY(n)),
  );
  const cx = (mercX(w) + mercX(e)) / 2;
  const cy = (mercY(s) + mercY(n)) / 2;
  return ([lon, lat]) => [
    width / 2 + (mercX(lon) - cx) * world,
    height / 2 + (mercY(lat) - cy) * world,
  ];
}

/**
 * A name's width in pixels at `size`, by a deliberate overestimate of Noto Sans: a full em per
 * CJK character, 0.62 em per Latin one (its widest capitals and lowercase average less).
 */
export function estimateTextWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.62;
  return em * size;
}

/**
 * The box a name takes: above its anchor (centred, `gap` px up) or right of it (vertically
 * centred, `gap` px right), grown by the text outline; `width` from `estimateTextWidth` or a
 * measurement.
 */
export function labelBox(at: [number, number], side: LabelSide, width: number, scale: number): Box {
  const size = ORIGIN_LABEL.size * scale;
  const gap = ORIGIN_LABEL.gap * scale;
  const halo = 2 * scale;
  const height = size * 1.2;
  const [x, y] = at;
  const box =
    side === 'right'
      ? { left: x + gap, top: y - height / 2, right: x + gap + width, bottom: y + height / 2 }
      : { left: x - width / 2, top: y - gap - height, right: x + width / 2, bottom: y - gap };
  return {
    left: box.left - halo,
    top: box.top - halo,
    right: box.right + halo,
    bottom: box.bottom + halo,
  };
}

export const boxesOverlap = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
