import { describe, expect, it } from 'vitest';
import { applyLayersNow } from './apply-layers-now';

describe('applying handed layers at once', () => {
  it('asks the overlay’s deck.gl to take in its layers now', () => {
    let updates = 0;
    const overlay = { _deck: { layerManager: { updateLayers: () => (updates += 1) } } };
    applyLayersNow(overlay);
    expect(updates).toBe(1);
  });

  it.each<[string, object]>([
    ['deck.gl not created yet', {}],
    ['deck.gl without its layer manager yet', { _deck: { layerManager: null } }],
    ['deck.gl removed from the map', { _deck: undefined }],
  ])('does nothing, without failing, with %s', (_, overlay) => {
    expect(() => applyLayersNow(overlay)).not.toThrow();
  });
});
