// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { municipalityLabels } from './label-layer';
import { usePlacedLabels } from './use-placed-labels';

const camera = { longitude: 129.6, latitude: 33.2, zoom: 7.4, width: 1200, height: 900 };
const candidates = municipalityLabels('ja');

describe('usePlacedLabels', () => {
  it('keeps the same placed names across renders with the same camera (no rebuild per poll)', () => {
    const { result, rerender } = renderHook(() => usePlacedLabels(candidates, camera, 1));
    const first = result.current;
    expect(first.length).toBeGreaterThan(0);
    rerender();
    rerender();
    expect(result.current).toBe(first);
  });

  it('places them again when the camera moves', () => {
    const { result, rerender } = renderHook(({ c }) => usePlacedLabels(candidates, c, 1), {
      initialProps: { c: camera },
    });
    const first = result.current;
    rerender({ c: { ...camera, zoom: 9 } });
    expect(result.current).not.toBe(first);
  });
});
