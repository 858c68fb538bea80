import { describe, expect, it } from 'vitest';
import { squareBoundaries } from '../../../../domain/testing/boundaries';
import type { Color } from '@deck.gl/core';
import type { Boundaries } from '../../../../domain/boundaries';
import { areaOutlineLayers } from './area-outline';

const BOUNDARIES: Boundaries = squareBoundaries([
  { code: '42201', squares: [[129.8, 32.7]] },
  {
    code: '42211',
    squares: [
      [128.7, 32.6],
      [128.9, 32.8],
    ],
    island: [true, true],
  },
  { code: '42307', squares: [[129.85, 32.8]] },
]);
const FEATURES = BOUNDARIES.collection.features;

const HALO: Color = [255, 255, 255, 230];
const SLATE: Color = [38, 50, 56, 255];

describe('areaOutlineLayers', () => {
  it.each<[string, string, number | undefined]>([
    ['a mainland city', '42201', 0],
    ['an island city in two parts', '42211', 1],
    ['a town', '42307', 2],
    ['a municipality missing from the boundaries: nothing to outline', '42383', undefined],
    ['not a municipality code', '99999', undefined],
  ])('outlines only the briefed municipality: %s', (_label, area, index) => {
    const expected = index === undefined ? [] : [FEATURES[index]];
    const layers = areaOutlineLayers(BOUNDARIES, area);
    expect(layers).toHaveLength(2);
    for (const layer of layers) expect(layer.props.data).toEqual(expected);
    if (index !== undefined) expect(layers[0]?.props.data).toStrictEqual([FEATURES[index]]);
  });

  // Halo first (drawn under), then the line over it.
  it.each<[number, string, Color, number]>([
    [0, 'briefing-area-halo', HALO, 6],
    [1, 'briefing-area', SLATE, 3],
  ])('layer %d is %s: colour %j, %d px', (i, id, color, width) => {
    const layer = areaOutlineLayers(BOUNDARIES, '42201')[i];
    expect(layer?.id).toBe(id);
    expect(layer?.props.getLineColor).toEqual(color);
    expect(layer?.props.getLineWidth).toBe(width);
  });

  it.each<[string, (l: ReturnType<typeof areaOutlineLayers>[number]) => unknown, unknown]>([
    ['not filled', (l) => l.props.filled, false],
    ['stroked', (l) => l.props.stroked, true],
    ['not pickable', (l) => l.props.pickable, false],
    ['widths in pixels', (l) => l.props.lineWidthUnits, 'pixels'],
  ])('both layers: %s', (_label, read, expected) => {
    for (const layer of areaOutlineLayers(BOUNDARIES, '42211')) expect(read(layer)).toBe(expected);
  });

  it('the feature drawn is the one in the boundaries, not a copy', () => {
    const [halo, line] = areaOutlineLayers(BOUNDARIES, '42307');
    const first = (data: unknown) => (Array.isArray(data) ? (data[0] as unknown) : undefined);
    expect(first(halo?.props.data)).toBe(FEATURES[2]);
    expect(first(line?.props.data)).toBe(FEATURES[2]);
  });
});
