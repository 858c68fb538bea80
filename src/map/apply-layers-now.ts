/**
 * What `applyLayersNow` reaches for: the overlay's own Deck (private in MapLibreOverlay) and
 * its layer manager (protected in Deck). Either may be missing: before deck.gl has its device,
 * or under a deck.gl whose internals differ.
 */
interface OverlayInternals {
  _deck?: { layerManager?: { updateLayers(): void } | null } | undefined;
}

/**
 * deck.gl takes layers handed to it (`setProps`) in its own next animation frame. Interleaved
 * with maplibre, maplibre may draw first in that frame, with the layers deck.gl had before:
 * new layers (the first markers) then wait for the next frame, 0.1–0.4 s on the CPU. This
 * applies them at once, so maplibre's next frame draws them. deck.gl has no public way to do
 * so; where its internals are not there (not yet, or another version), nothing happens and the
 * layers come a frame later, as they would anyway.
 */
export function applyLayersNow(overlay: object): void {
  (overlay as OverlayInternals)._deck?.layerManager?.updateLayers();
}
