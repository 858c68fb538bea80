import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../map/testing/accessor';
import type { Color, Layer, LayersList } from '@deck.gl/core';
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { FlowOrigin } from '../../../domain/tourism';
import type { LngLat } from '../../../domain/types';
import type { Lang } from '../../../i18n';
import type { LabelSide } from './anchors';
import type { ArcDatum, ArcKind } from './arcs';
import { flowLayer, originLabelLayer, originLabels, type OriginLabel } from './flow-layer';

const NAGASAKI: LngLat = [129.82819, 32.78402];
const FUKUOKA_OFFICE: LngLat = [130.42, 33.61];

function arc(
  origin: FlowOrigin,
  kind: ArcKind,
  count: number,
  source: LngLat = FUKUOKA_OFFICE,
  label: LabelSide = 'above',
  destination = '42201',
): ArcDatum {
  const pair = `${origin.kind}:${origin.code}>${destination}`;
  return {
    key: `${pair}|${kind}`,
    pair,
    source,
    target: NAGASAKI,
    count,
    kind,
    origin,
    destination,
    label,
  };
}
const pref = (code: string): FlowOrigin => ({ kind: 'prefecture', code });
const muni = (code: string): FlowOrigin => ({ kind: 'municipality', code });

describe('flowLayer', () => {
  const ARCS = [arc(pref('40'), 'land', 100), arc(muni('42202'), 'sea', 25, [129.7, 33.2])];

  describe('fixed props', () => {
    const layer = flowLayer(ARCS, 100, 1);
    it.each<[string, unknown, unknown]>([
      ['id', layer.id, 'tourism-flows'],
      ['pickable', layer.props.pickable, true],
      ['widthUnits', layer.props.widthUnits, 'pixels'],
      ['greatCircle', layer.props.greatCircle, false],
      ['parameters: no depth writes', layer.props.parameters, { depthWriteEnabled: false }],
    ])('%s', (_label, actual, expected) => {
      expect(actual).toEqual(expected);
    });

    it('draws the arcs it is given, as given', () => {
      expect(layer.props.data).toBe(ARCS);
    });

    it.each<[string, ArcDatum, [number, number]]>([
      ['from a prefecture office', ARCS[0]!, [130.42, 33.61]],
      ['from a municipality', ARCS[1]!, [129.7, 33.2]],
    ])('source %s', (_label, d, source) => {
      expect(evaluate(layer.props.getSourcePosition, d)).toEqual(source);
      expect(evaluate(layer.props.getTargetPosition, d)).toEqual([129.82819, 32.78402]);
    });
  });

  /*
   * Colour: t = √min(1, count / max) mixes the kind's light and dark hue, alpha 140 + 115 t.
   * Width: 1 + 15 t pixels, times the display scale.
   */
  it.each<[string, ArcKind, number, number, number, Color, number]>([
    // label, kind, count, max, scale, colour, width
    ['the biggest by sea: dark blue', 'sea', 100, 100, 1, [0, 70, 140, 255], 16],
    ['the biggest by air: dark purple', 'air', 100, 100, 1, [180, 90, 145, 255], 16],
    ['the biggest over land: dark vermilion', 'land', 100, 100, 1, [190, 70, 0, 255], 16],
    ['the biggest, mode unknown: dark grey', 'unknown', 100, 100, 1, [80, 80, 80, 255], 16],
    // t = 0.5: halfway, e.g. sea blue 233 + (140 − 233) / 2 = 186.5 → 187; alpha 197.5 → 198.
    ['a quarter of the biggest by sea', 'sea', 25, 100, 1, [43, 125, 187, 198], 8.5],
    ['a quarter of the biggest over land', 'land', 25, 100, 1, [215, 125, 60, 198], 8.5],
    ['a quarter, mode unknown', 'unknown', 25, 100, 1, [135, 135, 135, 198], 8.5],
    ['nothing by air: the light hue', 'air', 0, 100, 1, [225, 160, 200, 140], 1],
    ['above the max: as the max', 'sea', 400, 100, 1, [0, 70, 140, 255], 16],
    ['max 0: the light hue, 1 px', 'land', 5, 0, 1, [240, 180, 120, 140], 1],
    ['the biggest at scale 2', 'air', 100, 100, 2, [180, 90, 145, 255], 32],
    ['a quarter at scale 1.5', 'sea', 25, 100, 1.5, [43, 125, 187, 198], 12.75],
  ])('%s', (_label, kind, count, max, scale, color, width) => {
    const d = arc(pref('40'), kind, count);
    const layer = flowLayer([d], max, scale);
    expect(evaluate(layer.props.getSourceColor, d)).toEqual(color);
    expect(evaluate(layer.props.getTargetColor, d)).toEqual(color);
    expect(evaluate(layer.props.getWidth, d)).toBeCloseTo(width, 10);
  });

  it.each<[ArcKind, number]>([
    ['air', 0.9],
    ['sea', 0.6],
    ['land', 0.3],
    ['unknown', 0.3],
  ])('a %s arc is %d high: flights highest', (kind, height) => {
    const d = arc(pref('13'), kind, 10);
    expect(evaluate(flowLayer([d], 10, 1).props.getHeight, d)).toBe(height);
  });

  it.each<[number, number]>([
    [100, 1],
    [250, 2],
  ])('update triggers for max %d at scale %d', (max, scale) => {
    expect(flowLayer(ARCS, max, scale).props.updateTriggers).toEqual({
      getSourceColor: [max],
      getTargetColor: [max],
      getWidth: [max, scale],
    });
  });
});

const TOKYO_GATE: LngLat = [130.95, 33.55];
const OSAKA_GATE: LngLat = [130.95, 33.49];

describe('originLabels', () => {
  it.each<[string, ArcDatum[], Lang, OriginLabel[]]>([
    ['no arcs', [], 'ja', []],
    [
      'only flows from within Nagasaki: no names',
      [arc(muni('42202'), 'land', 10), arc(muni('42211'), 'sea', 5)],
      'ja',
      [],
    ],
    [
      'one prefecture in Japanese',
      [arc(pref('40'), 'land', 10)],
      'ja',
      [{ code: '40', position: FUKUOKA_OFFICE, side: 'above', text: '福岡県' }],
    ],
    [
      'one prefecture in English',
      [arc(pref('40'), 'land', 10)],
      'en',
      [{ code: '40', position: FUKUOKA_OFFICE, side: 'above', text: 'Fukuoka' }],
    ],
    [
      'one label per prefecture, from its first arc',
      [
        arc(pref('13'), 'air', 30, TOKYO_GATE, 'right'),
        arc(pref('13'), 'land', 10, [131.4, 33.55], 'above', '42202'),
      ],
      'ja',
      [{ code: '13', position: TOKYO_GATE, side: 'right', text: '東京都' }],
    ],
    [
      'sorted by prefecture code, municipalities left out',
      [
        arc(pref('40'), 'land', 10),
        arc(muni('42202'), 'land', 20),
        arc(pref('27'), 'air', 5, OSAKA_GATE, 'right'),
        arc(pref('13'), 'air', 7, TOKYO_GATE, 'right'),
      ],
      'en',
      [
        { code: '13', position: TOKYO_GATE, side: 'right', text: 'Tokyo' },
        { code: '27', position: OSAKA_GATE, side: 'right', text: 'Osaka' },
        { code: '40', position: FUKUOKA_OFFICE, side: 'above', text: 'Fukuoka' },
      ],
    ],
    [
      'an unknown prefecture code is named by its code',
      [arc(pref('48'), 'sea', 3, TOKYO_GATE, 'right')],
      'ja',
      [{ code: '48', position: TOKYO_GATE, side: 'right', text: '48' }],
    ],
  ])('%s', (_label, arcs, lang, expected) => {
    expect(originLabels(arcs, lang)).toEqual(expected);
  });
});

function flatten(layers: Layer | null | LayersList): Layer[] {
  if (!layers) return [];
  if (!Array.isArray(layers)) return [layers];
  return layers.flatMap((l) => (l ? flatten(l) : []));
}

describe('originLabelLayer', () => {
  const ARCS = [
    arc(pref('40'), 'land', 10),
    arc(pref('13'), 'air', 7, TOKYO_GATE, 'right'),
    arc(muni('42202'), 'land', 20),
  ];
  const ABOVE: OriginLabel = {
    code: '40',
    position: FUKUOKA_OFFICE,
    side: 'above',
    text: '福岡県',
  };
  const RIGHT: OriginLabel = { code: '13', position: TOKYO_GATE, side: 'right', text: '東京都' };

  it.each<[Lang, number, OriginLabel[]]>([
    ['ja', 1, [RIGHT, ABOVE]],
    [
      'en',
      2,
      [
        { ...RIGHT, text: 'Tokyo' },
        { ...ABOVE, text: 'Fukuoka' },
      ],
    ],
  ])('one composite layer with the labels in %s at scale %d', (lang, scale, labels) => {
    const layer = originLabelLayer(ARCS, lang, scale);
    expect(layer.id).toBe('tourism-origins');
    expect(layer.props.labels).toEqual(labels);
    expect(layer.props.scale).toBe(scale);
  });

  it('has no labels when no arc starts outside Nagasaki', () => {
    expect(originLabelLayer([arc(muni('42202'), 'land', 20)], 'ja', 1).props.labels).toEqual([]);
  });

  describe.each<[number]>([[1], [2]])('sub-layers at scale %d', (scale) => {
    const layer = originLabelLayer(ARCS, 'ja', scale);
    const sub = flatten(layer.renderLayers());
    const anchors = sub.find((l) => l instanceof ScatterplotLayer);
    const names = sub.find((l) => l instanceof TextLayer);

    it('renders a dot layer and a name layer, ids under the composite', () => {
      expect(sub.map((l) => l.id)).toEqual(['tourism-origins-anchors', 'tourism-origins-names']);
      expect(anchors).toBeInstanceOf(ScatterplotLayer);
      expect(names).toBeInstanceOf(TextLayer);
    });

    it.each<[string, () => unknown, unknown]>([
      ['dot radius 4 px × scale', () => anchors?.props.getRadius, 4 * scale],
      ['dot line width 1.5 px × scale', () => anchors?.props.getLineWidth, 1.5 * scale],
      ['dot fill', () => anchors?.props.getFillColor, [40, 40, 40, 255]],
      ['dot ring', () => anchors?.props.getLineColor, [255, 255, 255, 230]],
      ['name size 12 px × scale', () => names?.props.getSize, 12 * scale],
      ['name colour', () => names?.props.getColor, [40, 40, 40, 255]],
    ])('%s', (_label, read, expected) => {
      expect(read()).toEqual(expected);
    });

    it('both draw the labels', () => {
      expect(anchors?.props.data).toEqual([RIGHT, ABOVE]);
      expect(names?.props.data).toEqual([RIGHT, ABOVE]);
    });

    it.each<[string, OriginLabel, string, string, [number, number]]>([
      // label, datum, text anchor, baseline, pixel offset (gap 7 px × scale)
      ['right of a gateway anchor', RIGHT, 'start', 'center', [7 * scale, 0]],
      ['above an office', ABOVE, 'middle', 'bottom', [0, -7 * scale]],
    ])('a name %s', (_label, d, anchor, baseline, offset) => {
      if (!(names instanceof TextLayer)) throw new Error('no name layer');
      if (!(anchors instanceof ScatterplotLayer)) throw new Error('no dot layer');
      expect(evaluate(anchors.props.getPosition, d)).toEqual([d.position[0], d.position[1]]);
      expect(evaluate(names.props.getPosition, d)).toEqual([d.position[0], d.position[1]]);
      expect(evaluate(names.props.getText, d)).toBe(d.text);
      expect(evaluate(names.props.getTextAnchor, d)).toBe(anchor);
      expect(evaluate(names.props.getAlignmentBaseline, d)).toBe(baseline);
      expect(evaluate(names.props.getPixelOffset, d)).toEqual(offset);
    });
  });
});
