import { CompositeLayer, type DefaultProps } from '@deck.gl/core';
import { ArcLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { Lang } from '../../../i18n';
import { prefectureName } from '../../../domain/prefectures';
import type { LngLat } from '../../../domain/types';
import { ORIGIN_LABEL, type LabelSide } from './anchors';
import type { ArcDatum, ArcKind } from './arcs';
import { flowColor, flowWidth } from './colors';

/** Arc height by kind: flights arc highest, so a pair served by ferry and air shows both. */
const HEIGHT: Record<ArcKind, number> = { air: 0.9, sea: 0.6, land: 0.3, unknown: 0.3 };

/** From-to flows as arcs, width and colour by count, hue by how visitors travelled. */
export function flowLayer(arcs: readonly ArcDatum[], max: number, scale: number) {
  return new ArcLayer<ArcDatum>({
    id: 'tourism-flows',
    data: arcs,
    pickable: true,
    getSourcePosition: (d) => [d.source[0], d.source[1]],
    getTargetPosition: (d) => [d.target[0], d.target[1]],
    getSourceColor: (d) => flowColor(d.count, max, d.kind),
    getTargetColor: (d) => flowColor(d.count, max, d.kind),
    getWidth: (d) => flowWidth(d.count, max) * scale,
    widthUnits: 'pixels',
    getHeight: (d) => HEIGHT[d.kind],
    greatCircle: false,
    // Arcs rise off the ground: writing depth, they would hide the names and dots drawn after
    // them (origin names, municipality names). Drawn order alone decides what is on top.
    parameters: { depthWriteEnabled: false },
    updateTriggers: {
      getSourceColor: [max],
      getTargetColor: [max],
      getWidth: [max, scale],
    },
  });
}

export interface OriginLabel {
  code: string;
  position: LngLat;
  side: LabelSide;
  text: string;
}

/** One label per prefecture outside that a drawn arc starts from, at the arc's start. */
export function originLabels(arcs: readonly ArcDatum[], lang: Lang): OriginLabel[] {
  const seen = new Map<string, OriginLabel>();
  for (const a of arcs) {
    if (a.origin.kind !== 'prefecture' || seen.has(a.origin.code)) continue;
    seen.set(a.origin.code, {
      code: a.origin.code,
      position: a.source,
      side: a.label,
      text: prefectureName(a.origin.code, lang),
    });
  }
  return [...seen.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
}

interface OriginLayerProps {
  labels: readonly OriginLabel[];
  scale: number;
}

/**
 * Names of the prefectures outside that flows come from: a dot where the arcs start (on land)
 * and the name beside it, above an office (Fukuoka, Saga, Kumamoto), right of a gateway anchor.
 * One composite, so the layer registry gets one layer for both.
 */
class OriginLayer extends CompositeLayer<OriginLayerProps> {
  static override layerName = 'OriginLayer';
  static override defaultProps: DefaultProps<OriginLayerProps> = {
    labels: { type: 'array', value: [], compare: true },
    scale: 1,
  };

  override renderLayers() {
    const { labels, scale } = this.props;
    return [
      new ScatterplotLayer<OriginLabel>(
        this.getSubLayerProps({
          id: 'anchors',
          data: labels,
          getPosition: (d: OriginLabel) => [d.position[0], d.position[1]],
          getRadius: 4 * scale,
          radiusUnits: 'pixels',
          getFillColor: [40, 40, 40, 255],
          stroked: true,
          getLineColor: [255, 255, 255, 230],
          getLineWidth: 1.5 * scale,
          lineWidthUnits: 'pixels',
          updateTriggers: { getRadius: [scale], getLineWidth: [scale] },
        }),
      ),
      new TextLayer<OriginLabel>(
        this.getSubLayerProps({
          id: 'names',
          data: labels,
          getPosition: (d: OriginLabel) => [d.position[0], d.position[1]],
          getText: (d: OriginLabel) => d.text,
          getSize: ORIGIN_LABEL.size * scale,
          getColor: [40, 40, 40, 255],
          fontFamily: "'Noto Sans CJK JP', 'Noto Sans JP', sans-serif",
          characterSet: 'auto',
          outlineWidth: 3,
          outlineColor: [255, 255, 255, 220],
          fontSettings: { sdf: true },
          getTextAnchor: (d: OriginLabel) => (d.side === 'right' ? 'start' : 'middle'),
          getAlignmentBaseline: (d: OriginLabel) => (d.side === 'right' ? 'center' : 'bottom'),
          getPixelOffset: (d: OriginLabel) =>
            d.side === 'right' ? [ORIGIN_LABEL.gap * scale, 0] : [0, -ORIGIN_LABEL.gap * scale],
          updateTriggers: { getSize: [scale], getPixelOffset: [scale] },
        }),
      ),
    ];
  }
}

export function originLabelLayer(arcs: readonly ArcDatum[], lang: Lang, scale: number) {
  return new OriginLayer({ id: 'tourism-origins', labels: originLabels(arcs, lang), scale });
}
