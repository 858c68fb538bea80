import { TextLayer } from '@deck.gl/layers';
import { MUNICIPALITIES } from '../domain/municipalities';
import type { Lang } from '../i18n';
import type { LabelCandidate, PlacedLabel } from './label-placement';

/** Label type size at the desk, px; multiplied by the viewport scale on a wall. */
export const LABEL_PX = 13;
export const LABEL_FONT = "'Noto Sans CJK JP', 'Noto Sans JP', sans-serif";
export const LABEL_WEIGHT = 600;

/**
 * Municipality names, drawn by deck.gl so the offline basemap needs no glyph server. Only the
 * names placed without overlap at this camera (label-placement.ts) are given.
 */
export function labelLayer(labels: readonly PlacedLabel[], scale: number) {
  return new TextLayer<PlacedLabel>({
    id: 'municipality-labels',
    data: labels,
    getPosition: (d) => [d.position[0], d.position[1]],
    getText: (d) => d.text,
    getSize: LABEL_PX * scale,
    getColor: [30, 30, 30, 255],
    fontFamily: LABEL_FONT,
    fontWeight: LABEL_WEIGHT,
    characterSet: 'auto',
    outlineWidth: 3,
    outlineColor: [255, 255, 255, 235],
    fontSettings: { sdf: true },
    updateTriggers: { getSize: [scale] },
  });
}

/** Every municipality's name at its label point; cities before towns when space is short. */
export function municipalityLabels(lang: Lang): LabelCandidate[] {
  return MUNICIPALITIES.map((m, i) => ({
    id: m.code,
    position: m.label,
    text: lang === 'ja' ? m.nameJa : m.nameEn,
    priority: (m.type === 'city' ? 0 : 100) + i,
  }));
}
