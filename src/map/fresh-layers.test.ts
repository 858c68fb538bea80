import { describe, expect, it } from 'vitest';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { LayersList } from '@deck.gl/core';
import { freshLayers } from './fresh-layers';

const a = new ScatterplotLayer({ id: 'a', data: [{ p: [129.9, 32.7] }], radiusMinPixels: 3 });
const b = new ScatterplotLayer({ id: 'b', data: [], visible: false });

describe('freshLayers', () => {
  it.each<[string, LayersList]>([
    ['a flat list', [a, b]],
    ['a nested list', [a, [b]]],
    ['gaps kept where they were', [null, a, false, [undefined, b]]],
    ['nothing', []],
  ])('gives new instances with the same props in the same shape (%s)', (_label, input) => {
    const output = freshLayers(input);
    const walk = (x: LayersList, y: LayersList) => {
      expect(y).toHaveLength(x.length);
      x.forEach((item, i) => {
        const other = y[i];
        if (Array.isArray(item)) {
          expect(Array.isArray(other)).toBe(true);
          walk(item, other as LayersList);
        } else if (item instanceof ScatterplotLayer) {
          expect(other).toBeInstanceOf(ScatterplotLayer);
          expect(other).not.toBe(item);
          const clone = other as ScatterplotLayer;
          expect(clone.id).toBe(item.id);
          expect(clone.props.data).toBe(item.props.data);
          expect(clone.props.visible).toBe(item.props.visible);
          expect(clone.props.radiusMinPixels).toBe(item.props.radiusMinPixels);
          expect(clone.internalState).toBeNull();
        } else {
          expect(other).toBe(item);
        }
      });
    };
    walk(input, output);
  });
});
