import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../map/testing/accessor';
import { squareBoundaries } from '../../../domain/testing/boundaries';
import type { Color } from '@deck.gl/core';
import type { Boundaries } from '../../../domain/boundaries';
import type { MunicipalityCode, Total } from '../../../domain/tourism-days';
import { presenceLayer, presenceMax } from './presence-layer';

const BOUNDARIES: Boundaries = squareBoundaries(
  ['42201', '42202', '42383'].map((code, i) => ({ code, squares: [[129 + i * 0.3, 32.7]] })),
);

const published = (value: number, suppressed = 0): Total => ({ value, suppressed });
const nothing = (suppressed = 0): Total => ({ value: null, suppressed });

/** The YlGnBu-like ramp of colors.ts, steps 0…6, at the fill's alpha (200). */
const STEP: Color[] = [
  [255, 255, 204, 200],
  [199, 233, 180, 200],
  [127, 205, 187, 200],
  [65, 182, 196, 200],
  [29, 145, 192, 200],
  [34, 94, 168, 200],
  [12, 44, 132, 200],
];
const NO_DATA: Color = [190, 190, 190, 90];

describe('presenceMax', () => {
  it.each<[string, Array<[MunicipalityCode, Total]>, number]>([
    ['empty', [], 0],
    [
      'nothing published',
      [
        ['42201', nothing()],
        ['42202', nothing(4)],
      ],
      0,
    ],
    ['all zero', [['42201', published(0)]], 0],
    ['one count', [['42201', published(42)]], 42],
    [
      'the largest of several, nulls skipped',
      [
        ['42201', published(5)],
        ['42202', nothing(2)],
        ['42383', published(12)],
      ],
      12,
    ],
    [
      'four orders of magnitude',
      [
        ['42383', published(3)],
        ['42201', published(96_170, 1)],
      ],
      96_170,
    ],
    [
      'the suppressed cells do not count',
      [
        ['42201', published(10, 50)],
        ['42202', published(11)],
      ],
      11,
    ],
  ])('%s', (_label, entries, max) => {
    expect(presenceMax(new Map(entries))).toBe(max);
  });
});

describe('presenceLayer', () => {
  describe('fixed props', () => {
    const layer = presenceLayer(BOUNDARIES, new Map([['42201', published(100)]]));
    it.each<[string, unknown, unknown]>([
      ['id', layer.id, 'tourism-presence'],
      ['filled', layer.props.filled, true],
      ['stroked', layer.props.stroked, true],
      ['pickable', layer.props.pickable, true],
      ['line colour', layer.props.getLineColor, [255, 255, 255, 200]],
      ['line width', layer.props.getLineWidth, 1],
      ['line width units', layer.props.lineWidthUnits, 'pixels'],
    ])('%s', (_label, actual, expected) => {
      expect(actual).toEqual(expected);
    });

    it('draws one feature per municipality of the boundaries', () => {
      expect(layer.props.data).toBe(BOUNDARIES.collection.features);
    });
  });

  /*
   * With a largest count of 10 000 the breaks are (1 + 10 000)^(k/7) − 1 for k = 1…6, to two
   * significant digits: 2.73 → 3, 12.9 → 13, 50.8 → 51, 192 → 190, 719 → 720, 2682 → 2700.
   * A count at or above break k is step k.
   */
  describe('fill by presence, largest count 10 000', () => {
    it.each<[string, Total | undefined, Color]>([
      ['no record at all', undefined, NO_DATA],
      ['nothing published', nothing(), NO_DATA],
      ['all suppressed: never the zero colour', nothing(3), NO_DATA],
      ['zero', published(0), STEP[0]!],
      ['2: below the first break', published(2), STEP[0]!],
      ['3: the first break', published(3), STEP[1]!],
      ['12', published(12), STEP[1]!],
      ['13', published(13), STEP[2]!],
      ['150', published(150), STEP[3]!],
      ['190', published(190), STEP[4]!],
      ['719', published(719), STEP[4]!],
      ['720', published(720), STEP[5]!],
      ['2699', published(2699), STEP[5]!],
      ['2700', published(2700), STEP[6]!],
      ['10 000: the top', published(10_000), STEP[6]!],
      ['partly suppressed: by its published value', published(150, 4), STEP[3]!],
    ])('%s', (_label, probe, color) => {
      const presence = new Map<MunicipalityCode, Total>([['42201', published(10_000)]]);
      if (probe) presence.set('42202', probe);
      const layer = presenceLayer(BOUNDARIES, presence);
      const feature = BOUNDARIES.collection.features[1]!;
      expect(feature.properties.code).toBe('42202');
      expect(evaluate(layer.props.getFillColor, feature)).toEqual(color);
    });
  });

  /* Largest count 3: (4)^(k/7) − 1 rounds to 0, 0, 1, 1…; kept strictly increasing from 1 and
   * none above 3, the breaks are 1, 2, 3. */
  it.each<[string, Total, Color]>([
    ['0', published(0), STEP[0]!],
    ['1', published(1), STEP[1]!],
    ['2', published(2), STEP[2]!],
    ['3: the top', published(3), STEP[3]!],
  ])('fill with a largest count of 3: %s', (_label, probe, color) => {
    const presence = new Map<MunicipalityCode, Total>([
      ['42201', published(3)],
      ['42202', probe],
    ]);
    const layer = presenceLayer(BOUNDARIES, presence);
    expect(evaluate(layer.props.getFillColor, BOUNDARIES.collection.features[1]!)).toEqual(color);
  });

  it.each<[string, Array<[MunicipalityCode, Total]>, Color[]]>([
    ['no presence at all', [], [NO_DATA, NO_DATA, NO_DATA]],
    ['nothing published anywhere', [['42201', nothing(5)]], [NO_DATA, NO_DATA, NO_DATA]],
    [
      'only zeros published: no breaks, all step 0',
      [
        ['42201', published(0)],
        ['42383', published(0)],
      ],
      [STEP[0]!, NO_DATA, STEP[0]!],
    ],
    [
      'the largest on screen takes the top of the ramp',
      [
        ['42201', published(10_000)],
        ['42202', published(0)],
        ['42383', published(40)],
      ],
      [STEP[6]!, STEP[0]!, STEP[2]!],
    ],
  ])('every municipality: %s', (_label, entries, colors) => {
    const layer = presenceLayer(BOUNDARIES, new Map(entries));
    expect(
      BOUNDARIES.collection.features.map((f) => evaluate(layer.props.getFillColor, f)),
    ).toEqual(colors);
  });

  it.each<[string, Array<[MunicipalityCode, Total]>, string]>([
    ['largest 10 000', [['42201', published(10_000)]], '3,13,51,190,720,2700'],
    ['largest 3', [['42201', published(3)]], '1,2,3'],
    ['nothing published', [['42201', nothing()]], ''],
  ])('update triggers carry the presence and the breaks (%s)', (_label, entries, breaks) => {
    const presence = new Map(entries);
    const layer = presenceLayer(BOUNDARIES, presence);
    expect(layer.props.updateTriggers).toEqual({ getFillColor: [presence, breaks] });
  });
});
