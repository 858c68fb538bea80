import { Layer, type LayersList } from '@deck.gl/core';

/**
 * Whether deck.gl has initialized every layer of the list. A layer handed over is initialized
 * in deck.gl's next frame of its own, and first drawn in the frame after; a frame that begins
 * with every layer ready draws them all.
 */
export function layersReady(layers: LayersList): boolean {
  return layers.every((item) =>
    Array.isArray(item) ? layersReady(item) : !(item instanceof Layer) || item.isLoaded,
  );
}
