import { describe, expect, it } from 'vitest';
import { sameFit, sameView, type Fit } from './same-camera';

const view = { longitude: 129.8, latitude: 32.9, zoom: 7.5, width: 1200, height: 900 };
const fit: Fit = {
  bounds: [128.6, 32.5, 130.4, 34.7],
  padding: { top: 60, right: 24, bottom: 80, left: 24 },
  width: 1200,
  height: 900,
};

describe('sameView', () => {
  it.each([
    ['the same camera', {}, true],
    ['a rounding error', { zoom: 7.5 + 1e-9, longitude: 129.8 + 1e-12 }, true],
    ['zoomed', { zoom: 7.6 }, false],
    ['panned', { longitude: 129.81 }, false],
    ['resized', { width: 1199 }, false],
  ])('%s', (_, patch, same) => {
    expect(sameView(view, { ...view, ...patch })).toBe(same);
  });
});

describe('sameFit', () => {
  it.each([
    ['the same framing', {}, true],
    ['padding within half a pixel', { padding: { ...fit.padding, bottom: 80.3 } }, true],
    ['an overlay grew', { padding: { ...fit.padding, bottom: 120 } }, false],
    ['other bounds', { bounds: [128.6, 32.5, 130.4, 34.6] as const }, false],
    ['the map resized', { height: 880 }, false],
  ])('%s', (_, patch, same) => {
    expect(sameFit(fit, { ...fit, ...patch })).toBe(same);
  });
});
