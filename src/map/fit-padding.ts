/**
 * Where a preset is framed: the part of the map that the panels drawn over it (legend, preset
 * buttons, the tourism time bar) leave free. Each overlay takes away a strip of the map along
 * one of its nearest edges, across or down; of all the ways to choose, the one that lets the
 * framed bounds be drawn largest wins (a tall prefecture gives up width, not height).
 */
import type { Bounds } from '../domain/geo';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The frame never shrinks below this share of the map in either direction; when overlays allow
 * no such choice, they are ignored and only the margin is kept.
 */
const MIN_FREE_SHARE = 0.4;

/** Width over height of the bounds as drawn (Web Mercator). */
export function mercatorAspect([w, s, e, n]: Bounds): number {
  const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const height = (y(n) - y(s)) * (180 / Math.PI);
  return height > 0 ? (e - w) / height : 1;
}

interface Strip {
  side: keyof Padding;
  size: number;
}

/** The two strips an overlay could take: across to the nearer side, or down to the nearer end. */
function stripsOf(o: Box, width: number, height: number): [Strip, Strip] | undefined {
  const box = {
    left: Math.max(0, o.left),
    top: Math.max(0, o.top),
    right: Math.min(width, o.right),
    bottom: Math.min(height, o.bottom),
  };
  if (box.right <= box.left || box.bottom <= box.top) return undefined;
  const leftSide = (box.left + box.right) / 2 < width / 2;
  const topSide = (box.top + box.bottom) / 2 < height / 2;
  return [
    leftSide ? { side: 'left', size: box.right } : { side: 'right', size: width - box.left },
    topSide ? { side: 'top', size: box.bottom } : { side: 'bottom', size: height - box.top },
  ];
}

export function fitPadding(
  size: { width: number; height: number },
  overlays: readonly Box[],
  margin: number,
  /** Width over height of what is framed (mercatorAspect); 1 when unknown. */
  aspect = 1,
): Padding {
  const { width, height } = size;
  const options = overlays
    .map((o) => stripsOf(o, width, height))
    .filter((s): s is [Strip, Strip] => s !== undefined);
  let best: { pad: Padding; scale: number; lost: number } | undefined;
  // At most a handful of overlays: every combination is cheap to try.
  for (let mask = 0; mask < 1 << options.length; mask++) {
    const pad: Padding = { top: margin, right: margin, bottom: margin, left: margin };
    options.forEach((pair, i) => {
      const s = pair[(mask >> i) & 1]!;
      pad[s.side] = Math.max(pad[s.side], s.size + margin);
    });
    // A choice that leaves too little of the map is no choice.
    if (width - pad.left - pad.right < MIN_FREE_SHARE * width) continue;
    if (height - pad.top - pad.bottom < MIN_FREE_SHARE * height) continue;
    const freeW = width - pad.left - pad.right;
    const freeH = height - pad.top - pad.bottom;
    const scale = Math.min(freeW / aspect, freeH);
    const lost = width * height - freeW * freeH;
    if (
      !best ||
      scale > best.scale + 1e-9 ||
      (Math.abs(scale - best.scale) <= 1e-9 && lost < best.lost)
    )
      best = { pad, scale, lost };
  }
  const pad = best?.pad ?? { top: margin, right: margin, bottom: margin, left: margin };
  return centred(size, pad, aspect);
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);

/**
 * The framed box at the scale the padding allows, moved as close to the map's centre as the
 * padding lets it: a tall frame sits in the middle of a wide map, not pushed against a strip
 * that only had to keep it off an overlay.
 */
function centred(size: { width: number; height: number }, pad: Padding, aspect: number): Padding {
  const { width, height } = size;
  const scale = Math.min((width - pad.left - pad.right) / aspect, height - pad.top - pad.bottom);
  const w = scale * aspect;
  const h = scale;
  const left = clamp((width - w) / 2, pad.left, width - pad.right - w);
  const top = clamp((height - h) / 2, pad.top, height - pad.bottom - h);
  return { top, right: width - left - w, bottom: height - top - h, left };
}
