import { Layer, type LayersList } from '@deck.gl/core';

/**
 * The same layers as new, uninitialized instances. A deck.gl layer belongs to the Deck that
 * initialized it: its buffers live in that Deck's WebGL context, and once that Deck is
 * finalized the layer cannot be initialized again (deck.gl asserts). A map rebuilt after a
 * context loss is therefore handed clones, never the instances the lost map drew.
 */
export function freshLayers(layers: LayersList): LayersList {
  return layers.map((item) => {
    if (Array.isArray(item)) return freshLayers(item);
    return item instanceof Layer ? item.clone({}) : item;
  });
}
