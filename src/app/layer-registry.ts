import type { Layer } from '@deck.gl/core';
import type { MessageKey } from '../i18n';
import type { Boundaries } from '../domain/boundaries';
import type { MunicipalityCode } from '../domain/types';
import type { Facility } from '../features/shelters/model/facilities';
import { facilityLayer } from '../features/shelters/layers/facility-layer';
import type { LiveShelter } from '../features/operations/model/join';
import type { LevelInForce } from '../features/operations/model/levels';
import { liveShelterLayer } from '../features/operations/layers/live-shelter-layer';
import { levelLayer } from '../features/operations/layers/level-layer';
import { labelLayer, type LabelDatum } from '../map/label-layer';

/** Everything a layer may be built from; each field memoised by the caller. */
export interface LayerContext {
  boundaries: Boundaries | undefined;
  facilities: readonly Facility[];
  /** Placed live shelters in draw order; empty when there is no live overlay. */
  live: readonly LiveShelter[];
  levels: ReadonlyMap<MunicipalityCode, LevelInForce>;
  designated: ((f: Facility) => boolean | undefined) | undefined;
  labels: readonly LabelDatum[];
  selectedKey: string | null;
  scale: number;
}

export interface LayerDef {
  id: string;
  label: MessageKey;
  build(ctx: LayerContext): Layer | null;
}

/**
 * The map's layers, bottom to top, read by the map (to build them) and by the legend (to
 * switch them): one list, so the two can never disagree.
 */
export const LAYER_REGISTRY: readonly LayerDef[] = [
  {
    id: 'alert-levels',
    label: 'layer.alertLevels',
    build: (c) => (c.boundaries && c.levels.size > 0 ? levelLayer(c.boundaries, c.levels) : null),
  },
  {
    id: 'facilities',
    label: 'layer.facilities',
    build: (c) =>
      facilityLayer({
        facilities: c.facilities,
        selectedKey: c.selectedKey,
        scale: c.scale,
        ...(c.live.length > 0 && { context: { designated: c.designated ?? (() => undefined) } }),
      }),
  },
  {
    id: 'live-shelters',
    label: 'layer.liveShelters',
    build: (c) => (c.live.length > 0 ? liveShelterLayer(c.live, c.selectedKey, c.scale) : null),
  },
  { id: 'labels', label: 'layer.labels', build: (c) => labelLayer(c.labels, c.scale) },
];

export function buildLayers(ctx: LayerContext, off: readonly string[]): Layer[] {
  return LAYER_REGISTRY.filter((d) => !off.includes(d.id)).flatMap((d) => d.build(ctx) ?? []);
}
