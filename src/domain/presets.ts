import { getMunicipality, MUNICIPALITIES } from './municipalities';
import { unionBounds, type Bounds } from './geo';
import type { MunicipalityCode } from './types';

export const PRESET_IDS = [
  'prefecture',
  'tsushima',
  'iki',
  'goto',
  'nagasaki',
  'shimabara',
  'sasebo',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/**
 * Each camera preset frames a set of municipalities; bounds come from their frames (the land
 * parts that hold a designated facility: no uninhabited outlier widens a view into sea).
 */
const PRESET_MUNICIPALITIES: Record<
  Exclude<PresetId, 'prefecture'>,
  readonly MunicipalityCode[]
> = {
  tsushima: ['42209'],
  iki: ['42210'],
  goto: ['42211', '42411', '42383'],
  nagasaki: ['42201', '42307', '42308'],
  shimabara: ['42203', '42213', '42214'],
  sasebo: ['42202', '42207', '42208', '42391'],
};

/** The prefecture: every municipality's frame, Fukue to northern Tsushima and Shimabara. */
const PREFECTURE_BOUNDS: Bounds = unionBounds(MUNICIPALITIES.map((m) => m.frame));

export function presetBounds(id: PresetId): Bounds {
  if (id === 'prefecture') return PREFECTURE_BOUNDS;
  return unionBounds(
    PRESET_MUNICIPALITIES[id].map((code) => {
      const m = getMunicipality(code);
      if (!m) throw new Error(`preset ${id}: unknown municipality ${code}`);
      return m.frame;
    }),
  );
}

export const isPresetId = (v: string): v is PresetId =>
  (PRESET_IDS as readonly string[]).includes(v);

/** The camera's frame: a briefing frames its municipality (or the prefecture), other views a preset. */
export function frameFor(
  briefing: boolean,
  preset: PresetId,
  area: MunicipalityCode | null,
): { key: string; bounds: Bounds } {
  if (!briefing) return { key: `preset:${preset}`, bounds: presetBounds(preset) };
  const m = area === null ? undefined : getMunicipality(area);
  return m
    ? { key: `area:${m.code}`, bounds: m.frame }
    : { key: 'area:prefecture', bounds: PREFECTURE_BOUNDS };
}
