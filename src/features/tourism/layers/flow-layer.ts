import { ArcLayer, TextLayer } from '@deck.gl/layers';
import type { Lang } from '../../../i18n';
import { prefectureName } from '../../../domain/prefectures';
import type { ArcDatum } from './arcs';
import { flowColor, flowWidth } from './colors';

/** From-to flows as arcs, width and colour by count; sea crossings in their own hue. */
export function flowLayer(arcs: readonly ArcDatum[], max: number, scale: number) {
  return new ArcLayer<ArcDatum>({
    id: 'tourism-flows',
    data: arcs,
    pickable: true,
    getSourcePosition: (d) => [d.source[0], d.source[1]],
    getTargetPosition: (d) => [d.target[0], d.target[1]],
    getSourceColor: (d) => flowColor(d.count, max, d.sea),
    getTargetColor: (d) => flowColor(d.count, max, d.sea),
    getWidth: (d) => flowWidth(d.count, max) * scale,
    widthUnits: 'pixels',
    getHeight: (d) => (d.sea ? 0.6 : 0.3),
    greatCircle: false,
    updateTriggers: {
      getSourceColor: [max],
      getTargetColor: [max],
      getWidth: [max, scale],
    },
  });
}

interface OriginLabel {
  position: [number, number];
  text: string;
}

/** Names of the prefectures outside that flows come from, at the arcs' start. */
export function originLabelLayer(arcs: readonly ArcDatum[], lang: Lang, scale: number) {
  const seen = new Map<string, OriginLabel>();
  for (const a of arcs) {
    if (a.origin.kind !== 'prefecture' || seen.has(a.origin.code)) continue;
    seen.set(a.origin.code, {
      position: [a.source[0], a.source[1]],
      text: prefectureName(a.origin.code, lang),
    });
  }
  return new TextLayer<OriginLabel>({
    id: 'tourism-origin-labels',
    data: [...seen.values()],
    getPosition: (d) => d.position,
    getText: (d) => d.text,
    getSize: 12 * scale,
    getColor: [40, 40, 40, 255],
    fontFamily: "'Noto Sans CJK JP', 'Noto Sans JP', sans-serif",
    characterSet: 'auto',
    outlineWidth: 3,
    outlineColor: [255, 255, 255, 220],
    fontSettings: { sdf: true },
    getPixelOffset: [0, -10 * scale],
    updateTriggers: { getSize: [scale], getPixelOffset: [scale] },
  });
}
