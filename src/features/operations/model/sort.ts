import type { AreaTotals } from './aggregates';
import type { LevelInForce } from './levels';

export const SORT_COLUMNS = [
  'name',
  'level',
  'openShelters',
  'evacuees',
  'households',
  'openCapacity',
  'spareCapacity',
  'reportedFull',
  'fullBand',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export interface MunicipalityRow {
  code: string;
  name: string;
  level: LevelInForce | undefined;
  totals: AreaTotals;
}

// Names sort in the official code order (全国地方公共団体コード), as Japanese government
// tables do: kanji have no collation that follows their reading.
const value = (r: MunicipalityRow, c: SortColumn): number | string =>
  c === 'name' ? r.code : c === 'level' ? (r.level?.level ?? 0) : r.totals[c];

/** Stable sort: ties fall back to the municipality code, so rows never jump between polls. */
export function sortRows(
  rows: readonly MunicipalityRow[],
  column: SortColumn,
  descending: boolean,
): MunicipalityRow[] {
  const dir = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const va = value(a, column),
      vb = value(b, column);
    const cmp =
      typeof va === 'string' && typeof vb === 'string'
        ? va.localeCompare(vb, 'ja')
        : Number(va) - Number(vb);
    return cmp !== 0 ? cmp * dir : a.code.localeCompare(b.code);
  });
}
