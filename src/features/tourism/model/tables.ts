/**
 * Tables for the tourism charts and the CSV files, on the shared table model: each builder
 * takes the model's figures and the words to head the columns with (the model knows no
 * language), and gives rows in the order the screen shows them.
 */
import { custom, total, type ExportTable, type ExportValue } from '../../../domain/export-table';
import type { StayDay } from './flows';
import type { OriginShare } from './origins';
import { isDomesticOrigin } from '../../../domain/origin-key';
import { TOURISM_ISLANDS, type IslandShare, type TourismIsland } from './islands';
import { shareOf } from './total';
import type { OriginKey } from '../../../domain/tourism-days';

/** A share as a percentage with one decimal (0.1234 → 12.3), as the charts show it. */
export const percent = (share: number | null): number | null =>
  share === null ? null : Math.round(share * 1000) / 10;

export interface StayLabels {
  date: string;
  dayTrip: string;
  overnight: string;
}

/** Arrivals per JST day: day trips and overnight stays, each with its suppressed records. */
export function stayTable(days: readonly StayDay[], labels: StayLabels): ExportTable {
  return {
    columns: [
      { id: 'date_jst', label: labels.date },
      { id: 'day_trip', label: labels.dayTrip, numeric: true },
      { id: 'day_trip_suppressed_records' },
      { id: 'overnight', label: labels.overnight, numeric: true },
      { id: 'overnight_suppressed_records' },
    ],
    rows: days.map((d) => ({
      key: d.date,
      cells: [
        d.date,
        total(d.dayTrip),
        d.dayTrip.suppressed,
        total(d.overnight),
        d.overnight.suppressed,
      ],
    })),
  };
}

export interface OriginLabels {
  origin: string;
  group: string;
  domestic: string;
  inbound: string;
  personHours: string;
  share: string;
}

/** Person-hours per origin in the order of the breakdown (largest first), with shares. */
export function originTable(
  shares: readonly OriginShare[],
  nameOf: (origin: OriginKey) => string,
  labels: OriginLabels,
): ExportTable {
  return {
    columns: [
      { id: 'origin', label: labels.origin },
      { id: 'origin_key' },
      { id: 'group', label: labels.group },
      { id: 'person_hours', label: labels.personHours, numeric: true },
      { id: 'person_hours_suppressed_cells' },
      { id: 'share_percent', label: labels.share, numeric: true },
    ],
    rows: shares.map((s) => {
      const domestic = isDomesticOrigin(s.origin);
      return {
        key: s.origin,
        cells: [
          nameOf(s.origin),
          s.origin,
          custom(domestic ? labels.domestic : labels.inbound, domestic ? 'domestic' : 'inbound'),
          total(s.total),
          s.total.suppressed,
          percent(s.share),
        ],
      };
    }),
  };
}

export interface IslandLabels {
  island: string;
  personHours: string;
  share: string;
  /** The row summing all five. */
  all: string;
  name: (island: TourismIsland) => string;
}

/**
 * Person-hours on each island and their share of the prefecture's, then the five together.
 * A share needs both numbers published; otherwise it is empty, never 0.
 */
export function islandTable(share: IslandShare, labels: IslandLabels): ExportTable {
  const row = (
    key: string,
    name: string,
    t: IslandShare['all'],
  ): { key: string; cells: ExportValue[] } => ({
    key,
    cells: [name, key, total(t), t.suppressed, percent(shareOf(t.value, share.all.value))],
  });
  return {
    columns: [
      { id: 'island', label: labels.island },
      { id: 'island_key' },
      { id: 'person_hours', label: labels.personHours, numeric: true },
      { id: 'person_hours_suppressed_cells' },
      { id: 'share_of_prefecture_percent', label: labels.share, numeric: true },
    ],
    rows: [
      ...TOURISM_ISLANDS.map((i) => row(i, labels.name(i), share.byIsland[i])),
      row('all', labels.all, share.islands),
    ],
  };
}
