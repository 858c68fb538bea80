/**
 * The EEI shelter report as CSV, in EEI v1.1 item order with the Japanese item names, so a
 * municipality can pass it on without retyping. One row per shelter that reported any EEI
 * field, and per open shelter (an open shelter without EEI shows as a row of empty cells).
 *
 * Cells: a field not reported is empty — never 否 or 0; a yes/no is 可 / 否; a list is its items
 * one per line inside the cell, なし for a reported empty list (the boundary removes line breaks from each item, so the split
 * is exact); 居住環境 is five columns.
 */
import { tableCsv, type CsvCell } from '../../../domain/csv';
import { LIVING_CONDITION_KEYS, type ShelterEei } from '../../../domain/eei';
import { getMunicipality } from '../../../domain/municipalities';
import { formatJstDateTime } from '../../../domain/jst';
import type { MessageKey } from '../../../i18n';
import { isOpenShelter, type LiveShelter } from './join';

/** Items of a list inside one cell. */
export const LIST_SEPARATOR = '\n';

/** The header keys in order: the shelter, then the EEI items (contract §7 order). */
export const EEI_CSV_HEADERS = [
  'eei.csv.municipalityCode',
  'eei.csv.municipalityName',
  'eei.csv.shelterId',
  'eei.csv.shelterName',
  'eei.csv.status',
  'eei.csv.evacueeTotal',
  'eei.csv.observedAt',
  'eei.item.evacueeMale',
  'eei.item.evacueeFemale',
  'eei.item.openingReason',
  'eei.item.capacityStatus',
  'eei.item.staffNeeded',
  'eei.item.drinkingWater',
  'eei.item.toiletCount',
  'eei.item.suppliesNeeded',
  ...LIVING_CONDITION_KEYS.map((k) => `eei.living.${k}.long` as const),
  'eei.item.petsAccepted',
  'eei.item.carSleepersAllowed',
  'eei.item.parkingSpaces',
] as const satisfies readonly MessageKey[];

export interface EeiCsvWords {
  /** Header words, in the language of the file (Japanese for a municipality). */
  header: (key: (typeof EEI_CSV_HEADERS)[number]) => string;
  municipality: (code: string) => string;
  status: (s: LiveShelter) => string;
  yes: string;
  no: string;
  /** A reported empty list (支援が必要な物資: none needed). */
  none: string;
}

const yesNo = (v: boolean | undefined, w: EeiCsvWords): CsvCell =>
  v === undefined ? null : v ? w.yes : w.no;

function eeiCells(e: ShelterEei, w: EeiCsvWords): CsvCell[] {
  return [
    e.evacueeMale,
    e.evacueeFemale,
    e.openingReason,
    e.capacityStatus,
    e.staffNeeded,
    e.drinkingWater,
    e.toiletCount,
    e.suppliesNeeded === undefined
      ? null
      : e.suppliesNeeded.length === 0
        ? w.none
        : e.suppliesNeeded.join(LIST_SEPARATOR),
    ...LIVING_CONDITION_KEYS.map((k) => e.livingConditions?.[k]),
    yesNo(e.petsAccepted, w),
    yesNo(e.carSleepersAllowed, w),
    e.parkingSpaces,
  ];
}

/** The shelters the report lists: any EEI reported, or open; by municipality, then key. */
export function eeiReportShelters(live: readonly LiveShelter[]): LiveShelter[] {
  return live
    .filter((s) => s.overlay.eei !== undefined || isOpenShelter(s))
    .sort((a, b) =>
      a.municipalityCode !== b.municipalityCode
        ? a.municipalityCode < b.municipalityCode
          ? -1
          : 1
        : a.key < b.key
          ? -1
          : a.key > b.key
            ? 1
            : 0,
    );
}

/** The header row and one row per listed shelter, as CSV cells. */
export function eeiCsvTable(
  live: readonly LiveShelter[],
  w: EeiCsvWords,
): { headers: string[]; rows: CsvCell[][] } {
  const rows = eeiReportShelters(live).map((s): CsvCell[] => {
    const o = s.overlay;
    const m = getMunicipality(s.municipalityCode);
    return [
      m?.code6 ?? s.municipalityCode,
      w.municipality(s.municipalityCode),
      o.nationalShelterId ?? o.externalShelterId ?? s.key,
      s.master?.name,
      w.status(s),
      o.evacueeTotal,
      o.observedAt === undefined ? null : formatJstDateTime(o.observedAt),
      ...eeiCells(o.eei ?? {}, w),
    ];
  });
  return { headers: EEI_CSV_HEADERS.map((k) => w.header(k)), rows };
}

/** The report as an RFC 4180 CSV with a BOM (src/domain/csv.ts). */
export const eeiCsv = (live: readonly LiveShelter[], w: EeiCsvWords): string => {
  const { headers, rows } = eeiCsvTable(live, w);
  return tableCsv(headers, rows);
};
