import { parseBoundaries, type Boundaries } from '../boundaries';
import type { MunicipalityCode } from '../types';

/** A closed square ring (5 positions) of side 0.1° with its south-west corner at [lon, lat]. */
export const squareRing = (lon: number, lat: number): number[][] => [
  [lon, lat],
  [lon + 0.1, lat],
  [lon + 0.1, lat + 0.1],
  [lon, lat + 0.1],
  [lon, lat],
];

export interface TestMunicipality {
  code: MunicipalityCode;
  /** One square polygon per corner given. */
  squares: ReadonlyArray<readonly [number, number]>;
  island?: boolean[];
}

/** Small hand-made boundaries of square parts, through the app's own parser. */
export function squareBoundaries(municipalities: readonly TestMunicipality[]): Boundaries {
  return parseBoundaries({
    type: 'FeatureCollection',
    features: municipalities.map(({ code, squares, island }) => ({
      type: 'Feature',
      properties: { code, ...(island && { island }) },
      geometry: {
        type: 'MultiPolygon',
        coordinates: squares.map(([lon, lat]) => [squareRing(lon, lat)]),
      },
    })),
  });
}
