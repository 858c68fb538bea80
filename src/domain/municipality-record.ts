export interface MunicipalityRecord {
  /** 5-digit code (N03_007), the internal key. */
  code: string;
  /** 6-digit code with JIS X 0402 check digit. */
  code6: string;
  nameJa: string;
  nameEn: string;
  type: 'city' | 'town';
  /** A point inside the largest part, for labels. */
  label: readonly [number, number];
  /** [minLon, minLat, maxLon, maxLat] of the simplified geometry. */
  bbox: readonly [number, number, number, number];
  /**
   * What a map of the municipality frames: the bounding box of the parts that hold at least
   * one designated facility (scripts/frames.ts). The bbox without uninhabited outliers.
   */
  frame: readonly [number, number, number, number];
}
