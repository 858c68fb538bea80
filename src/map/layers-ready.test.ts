import { describe, expect, it } from 'vitest';
import type { LayersList } from '@deck.gl/core';
import { ScatterplotLayer } from '@deck.gl/layers';
import { layersReady } from './layers-ready';

// An initialized layer needs a Deck and WebGL, which the unit tests never create: the frames
// in which the markers are first drawn are measured in the browser (the markers-visible bench).
const handed = () => new ScatterplotLayer({ id: 'markers', data: [] });

describe('layersReady', () => {
  it.each<[string, LayersList, boolean]>([
    ['nothing handed over', [], true],
    ['only empty slots', [null, false, undefined], true],
    ['a layer deck.gl has not initialized yet', [handed()], false],
    ['one nested in a group', [null, [handed()]], false],
  ])('%s: %s', (_what, layers, ready) => {
    expect(layersReady(layers)).toBe(ready);
  });
});
