/**
 * Records per 10,000 residents: what the platform map shades. A raw count would only repeat
 * each municipality's size (Nagasaki City has 180 times Ojika's residents); per resident, a
 * town and a city compare, and a light one publishes little for the people it serves (pure).
 */
import { residentsOf } from '../../../domain/population';
import type { MunicipalityCode } from '../../../domain/types';
import { countOf } from './measure';
import type { KpiMatrix, KpiRow } from './matrix';

export interface RecordsRate {
  /** Records over the per-municipality types whose count is known. */
  records: number;
  residents: number;
  /** Records per 10,000 residents, rounded to one decimal: the number shown and classed. */
  per10k: number;
  /** Some type's count is missing: `per10k` is a lower bound. */
  partial: boolean;
}

export const per10kOf = (records: number, residents: number): number =>
  Math.round((records / residents) * 100_000) / 10;

/** A municipality's rate; null when no count of it is known or its residents are not. */
export function rowRate(row: KpiRow): RecordsRate | null {
  const residents = residentsOf(row.code);
  const counts = row.cells.map((c) => countOf(c.records));
  const known = counts.filter((n): n is number => n !== undefined);
  if (residents === undefined || known.length === 0) return null;
  const records = known.reduce((a, b) => a + b, 0);
  return {
    records,
    residents,
    per10k: per10kOf(records, residents),
    partial: known.length < counts.length,
  };
}

export interface RatesByMunicipality {
  rates: ReadonlyMap<MunicipalityCode, RecordsRate | null>;
  /** The prefecture: all the cells' records over all residents. */
  prefecture: RecordsRate | null;
}

export function ratesOf(matrix: KpiMatrix): RatesByMunicipality {
  const rates = new Map(matrix.rows.map((r) => [r.code, rowRate(r)] as const));
  const all = [...rates.values()];
  const known = all.filter((r): r is RecordsRate => r !== null);
  if (known.length === 0) return { rates, prefecture: null };
  const records = known.reduce((n, r) => n + r.records, 0);
  const residents = matrix.rows.reduce((n, r) => n + (residentsOf(r.code) ?? 0), 0);
  const partial = known.length < all.length || known.some((r) => r.partial);
  return {
    rates,
    prefecture: { records, residents, per10k: per10kOf(records, residents), partial },
  };
}
