import { TextLayer } from '@deck.gl/layers';
import { MUNICIPALITIES } from '../domain/municipalities';
import type { Lang } from '../i18n';

export interface LabelDatum {
  position: readonly [number, number];
  text: string;
}

/** Municipality names, drawn by deck.gl so the offline basemap needs no glyph server. */
export function labelLayer(labels: readonly LabelDatum[], scale: number) {
  return new TextLayer<LabelDatum>({
    id: 'municipality-labels',
    data: labels,
    getPosition: (d) => [d.position[0], d.position[1]],
    getText: (d) => d.text,
    getSize: 13 * scale,
    getColor: [50, 50, 50, 255],
    fontFamily: "'Noto Sans CJK JP', 'Noto Sans JP', sans-serif",
    fontWeight: 600,
    characterSet: 'auto',
    outlineWidth: 3,
    outlineColor: [255, 255, 255, 220],
    fontSettings: { sdf: true },
    updateTriggers: { getSize: [scale] },
  });
}

export function municipalityLabels(lang: Lang): LabelDatum[] {
  return MUNICIPALITIES.map((m) => ({
    position: m.label,
    text: lang === 'ja' ? m.nameJa : m.nameEn,
  }));
}
