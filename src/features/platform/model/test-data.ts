/** Small snapshots for the model's tests. */
import { MUNICIPALITIES } from '../../../domain/municipalities';
import type { AttributableType, KpiSnapshot, Measure, NewestScan } from './types';

export const AT = Date.parse('2026-09-01T00:00:00Z');

export const ok = (value: number, at = AT): Measure => ({ state: 'ok', value, at });
export const failed = (error = 'HTTP 503', failedAt = AT): Measure => ({
  state: 'failed',
  error,
  failedAt,
});

/** Every municipality at `fill`, except those named. */
export function cells(
  fill: Measure,
  except: Readonly<Record<string, Measure>> = {},
): Record<string, Measure> {
  return Object.fromEntries(MUNICIPALITIES.map((m) => [m.code, except[m.code] ?? fill]));
}

export function scan(
  newest: Record<string, number>,
  source: 'modifiedAt' | 'observedAt' = 'modifiedAt',
): NewestScan {
  return { state: 'ok', source, newest, truncated: false, at: AT };
}

export function type(
  name: string,
  cellMap: Record<string, Measure>,
  options: { total?: Measure; newest?: NewestScan } = {},
): AttributableType {
  return {
    name,
    attribution: 'attributeNames',
    total: options.total ?? failed(),
    cells: cellMap,
    newest: options.newest ?? scan({}),
  };
}

export function snapshot(
  attributable: AttributableType[],
  prefectureLevel: KpiSnapshot['prefectureLevel'] = [],
): KpiSnapshot {
  return { at: AT, attributable, prefectureLevel };
}
