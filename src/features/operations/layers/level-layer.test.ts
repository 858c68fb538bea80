import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../map/testing/accessor';
import { squareBoundaries } from '../../../domain/testing/boundaries';
import type { Color } from '@deck.gl/core';
import type { Boundaries } from '../../../domain/boundaries';
import type { AlertLevel } from '../../../domain/live';
import type { MunicipalityCode } from '../../../domain/types';
import type { LevelInForce } from '../model/levels';
import { LEVEL_ALPHA, levelFill, levelLayer } from './level-layer';

/** Three municipalities, one of them in two parts, through the app's own parser. */
const BOUNDARIES: Boundaries = squareBoundaries([
  { code: '42201', squares: [[129.8, 32.7]] },
  {
    code: '42202',
    squares: [
      [129.7, 33.1],
      [129.5, 33.2],
    ],
    island: [false, true],
  },
  { code: '42209', squares: [[129.3, 34.4]] },
]);

const inForce = (level: AlertLevel): LevelInForce => ({
  level,
  label: `警戒レベル${level}`,
  issuedAt: 1_700_000_000_000,
  infoId: `urn:ngsi-ld:EvacuationInformation:${level}`,
});

/** The Cabinet Office screen colours (levels.ts comment) with the layer's alpha, 225. */
const TRANSPARENT: Color = [0, 0, 0, 0];
const LEVEL_5: Color = [12, 0, 12, 225];
const LEVEL_4: Color = [170, 0, 170, 225];
const LEVEL_3: Color = [255, 40, 0, 225];

describe('LEVEL_ALPHA', () => {
  it('is nearly opaque', () => {
    expect(LEVEL_ALPHA).toBe(225);
  });
});

describe('levelFill', () => {
  it.each<[string, LevelInForce | undefined, Color]>([
    ['no level in force: transparent', undefined, TRANSPARENT],
    ['level 3: red', inForce(3), LEVEL_3],
    ['level 4: purple', inForce(4), LEVEL_4],
    ['level 5: near black', inForce(5), LEVEL_5],
  ])('%s', (_label, level, color) => {
    expect(levelFill(level)).toEqual(color);
  });

  it.each<[string, LevelInForce]>([
    ['another label', { ...inForce(4), label: '避難指示' }],
    ['another issue time', { ...inForce(4), issuedAt: 0 }],
  ])('depends only on the level (%s)', (_label, level) => {
    expect(levelFill(level)).toEqual(LEVEL_4);
  });
});

describe('levelLayer', () => {
  const codesOf = (b: Boundaries) => b.collection.features.map((f) => f.properties.code);

  it('has one feature per municipality, the boundaries as given', () => {
    const layer = levelLayer(BOUNDARIES, new Map());
    expect(layer.props.data).toBe(BOUNDARIES.collection.features);
    expect(codesOf(BOUNDARIES)).toEqual(['42201', '42202', '42209']);
  });

  describe('fixed props', () => {
    const layer = levelLayer(BOUNDARIES, new Map());
    it.each<[string, unknown, unknown]>([
      ['id', layer.id, 'alert-levels'],
      ['filled', layer.props.filled, true],
      ['stroked', layer.props.stroked, false],
      ['pickable', layer.props.pickable, false],
    ])('%s', (_label, actual, expected) => {
      expect(actual).toEqual(expected);
    });
  });

  it.each<[string, Array<[MunicipalityCode, AlertLevel]>, Record<MunicipalityCode, Color>]>([
    [
      'nothing in force: all transparent',
      [],
      { '42201': TRANSPARENT, '42202': TRANSPARENT, '42209': TRANSPARENT },
    ],
    [
      'one municipality at level 4',
      [['42202', 4]],
      { '42201': TRANSPARENT, '42202': LEVEL_4, '42209': TRANSPARENT },
    ],
    [
      'each its own level',
      [
        ['42201', 5],
        ['42202', 3],
        ['42209', 4],
      ],
      { '42201': LEVEL_5, '42202': LEVEL_3, '42209': LEVEL_4 },
    ],
    [
      'a level for a municipality not drawn changes nothing else',
      [
        ['42213', 5],
        ['42209', 3],
      ],
      { '42201': TRANSPARENT, '42202': TRANSPARENT, '42209': LEVEL_3 },
    ],
  ])('fill per code: %s', (_label, entries, expected) => {
    const levels = new Map(entries.map(([code, level]) => [code, inForce(level)]));
    const layer = levelLayer(BOUNDARIES, levels);
    const got = Object.fromEntries(
      BOUNDARIES.collection.features.map((f) => [
        f.properties.code,
        evaluate(layer.props.getFillColor, f),
      ]),
    );
    expect(got).toEqual(expected);
    expect(layer.props.updateTriggers).toEqual({ getFillColor: [levels] });
  });

  it.each<[string, string | undefined]>([
    ['under the basemap borders', 'municipal-borders'],
    ['another layer', 'water'],
    ['none given', undefined],
  ])('passes beforeId through (%s)', (_label, beforeId) => {
    const layer = levelLayer(BOUNDARIES, new Map(), beforeId);
    expect(Reflect.get(layer.props, 'beforeId')).toBe(beforeId);
  });
});
