import { GeoJsonLayer } from '@deck.gl/layers';
import type { Boundaries } from '../../../domain/boundaries';
import type { MunicipalityCode } from '../../../domain/types';
import { ratesOf, type RecordsRate } from '../model/density';
import type { KpiMatrix } from '../model/matrix';
import { RATE_RAMP, rateClass, rateColor } from './colors';

/** What the platform map shows: records per 10,000 residents (null: no count known there). */
export interface PlatformLayerData {
  rates: ReadonlyMap<MunicipalityCode, RecordsRate | null>;
  /** Municipalities per ramp step (0 = no records), for the legend. */
  classCounts: readonly number[];
  /** Municipalities with no count at all (hatched grey). */
  unknown: number;
  /** Some municipality's rate is a lower bound (a type's count is missing there). */
  partial: boolean;
}

export function platformLayerData(matrix: KpiMatrix): PlatformLayerData {
  const { rates } = ratesOf(matrix);
  const classCounts = RATE_RAMP.map(() => 0);
  let unknown = 0;
  let partial = false;
  for (const rate of rates.values()) {
    if (rate === null) {
      unknown += 1;
      continue;
    }
    const step = rateClass(rate);
    classCounts[step] = (classCounts[step] ?? 0) + 1;
    if (rate.partial) partial = true;
  }
  return { rates, classCounts, unknown, partial };
}

/** Municipalities shaded by the records they publish per 10,000 residents. */
export function platformLayer(boundaries: Boundaries, data: PlatformLayerData) {
  return new GeoJsonLayer<{ code: MunicipalityCode }>({
    id: 'platform-datasets', // the registry's id (src/app/layer-registry.ts), kept for permalinks
    data: boundaries.collection.features,
    filled: true,
    stroked: true,
    getLineColor: [255, 255, 255, 220],
    lineWidthUnits: 'pixels',
    getLineWidth: 1,
    getFillColor: (f) => rateColor(data.rates.get(f.properties.code) ?? null),
    updateTriggers: { getFillColor: [data] },
  });
}
