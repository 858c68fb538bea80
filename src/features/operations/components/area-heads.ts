import type { TFunction } from '../../../i18n';
import type { MessageKey } from '../../../i18n';
import type { AreaTotals } from '../model/aggregates';
import { fullWords } from './full-words';

export type AreaField =
  | 'openShelters'
  | 'evacuees'
  | 'households'
  | 'openCapacity'
  | 'spareCapacity'
  | 'reportedFull'
  | 'fullBand';

export interface AreaHead {
  id: AreaField;
  field: keyof AreaTotals & AreaField;
  /** On screen: short enough that the column is as wide as its numbers. */
  short: string;
  /** The full name: the heading's title, the sort button's name and the CSV heading. */
  long: string;
}

const COUNTS: ReadonlyArray<[AreaField, MessageKey, MessageKey]> = [
  ['openShelters', 'ops.col.open', 'totals.openShelters'],
  ['evacuees', 'ops.col.evacuees', 'totals.evacuees'],
  ['households', 'ops.col.households', 'totals.households'],
  ['openCapacity', 'ops.col.capacity', 'totals.capacity'],
  ['spareCapacity', 'ops.col.spare', 'totals.spare'],
];

/** The numeric columns of an area table, in order; households only where asked for. */
export function areaHeads(
  t: TFunction,
  fullPct: number | undefined,
  households: boolean,
): AreaHead[] {
  const full = fullWords(t, fullPct);
  return [
    ...COUNTS.filter(([id]) => households || id !== 'households').map(([id, short, long]) => ({
      id,
      field: id,
      short: t(short),
      long: t(long),
    })),
    {
      id: 'reportedFull',
      field: 'reportedFull',
      short: t('ops.col.reportedFull'),
      long: full.reportedFullLong,
    },
    { id: 'fullBand', field: 'fullBand', short: full.fullBand, long: full.fullBandLong },
  ];
}
