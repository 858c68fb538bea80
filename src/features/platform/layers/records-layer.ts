import { GeoJsonLayer } from '@deck.gl/layers';
import type { Boundaries } from '../../../domain/boundaries';
import type { MunicipalityCode } from '../../../domain/types';
import { countOf } from '../model/measure';
import type { KpiMatrix } from '../model/matrix';
import { datasetColor } from './colors';

/** What the platform map shows: datasets per municipality (null: no count known at all). */
export interface PlatformLayerData {
  datasets: ReadonlyMap<MunicipalityCode, number | null>;
  /** The most a municipality can publish: one dataset per type counted per municipality. */
  maxTypes: number;
  /** Some municipality's number is a lower bound (a count is missing). */
  partial: boolean;
}

export function platformLayerData(matrix: KpiMatrix): PlatformLayerData {
  const datasets = new Map<MunicipalityCode, number | null>();
  let partial = false;
  for (const row of matrix.rows) {
    const known = row.cells.filter((c) => countOf(c.records) !== undefined);
    if (known.length < row.cells.length) partial = true;
    datasets.set(
      row.code,
      known.length === 0 && row.cells.length > 0 ? null : row.publishing.length,
    );
  }
  return { datasets, maxTypes: matrix.types.length, partial };
}

/** Municipalities shaded by how many datasets they publish on the platform. */
export function datasetsLayer(boundaries: Boundaries, data: PlatformLayerData) {
  return new GeoJsonLayer<{ code: MunicipalityCode }>({
    id: 'platform-datasets',
    data: boundaries.collection.features,
    filled: true,
    stroked: true,
    getLineColor: [255, 255, 255, 200],
    lineWidthUnits: 'pixels',
    getLineWidth: 1,
    getFillColor: (f) => datasetColor(data.datasets.get(f.properties.code) ?? null, data.maxTypes),
    updateTriggers: { getFillColor: [data] },
  });
}
