/**
 * Markers shrink as the view takes in more land, so that the level shading under them stays
 * visible at the prefecture and island presets (a thousand open shelters at full size carpet
 * the mainland). Full size from a municipality's zoom in. The zoom is taken at the desk's
 * scale: a 4K wall sees the same area one zoom level higher, with markers twice as large in
 * pixels, and should cover the same share of the land as the desk does.
 */
const FULL_SIZE_ZOOM = 11;
const MIN_FACTOR = 0.3;

export function markerZoomFactor(zoom: number, viewportScale: number): number {
  if (!Number.isFinite(zoom)) return 1;
  const deskZoom = zoom - Math.log2(Math.max(1, viewportScale));
  return Math.min(1, Math.max(MIN_FACTOR, 2 ** ((deskZoom - FULL_SIZE_ZOOM) / 2)));
}
