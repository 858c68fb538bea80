/**
 * The operations tables as the shared table model (src/domain/export-table.ts): the rows the
 * screen shows, in its order, for the table and its CSV alike. Words come from the caller;
 * the model knows no language.
 */
import { custom, flag, type ExportTable, type ExportValue } from '../../../domain/export-table';
import type { MunicipalityCode } from '../../../domain/types';
import type { AreaTotals, OperationsTotals } from './aggregates';
import type { Alert } from './alerts';
import { jstWallClock } from '../../../domain/jst';
import { ISLAND_GROUPS, type IslandGroup } from './islands';
import type { MunicipalityRow } from './sort';
import type { HourlySeries } from './trends';

/** `2026-08-10 13:05:09`: JST to the second. */
export function jstSecond(ms: number): string {
  return jstWallClock(ms).replace('T', ' ');
}

/** `2026-08-10 13:00`: the JST minute. */
export const jstMinute = (ms: number): string => jstSecond(ms).slice(0, 16);

export interface AreaWords {
  openShelters: string;
  evacuees: string;
  households: string;
  capacity: string;
  spare: string;
  /** Shelters reporting full. */
  reportedFull: string;
  /** Open shelters at or above the full threshold (the label names the threshold). */
  fullBand: string;
}

/**
 * The count columns' words from a lookup by the totals' field names (the screen's long
 * headings), for both area tables.
 */
export const areaWords = (
  word: (
    field: keyof Pick<
      AreaTotals,
      'openShelters' | 'evacuees' | 'openCapacity' | 'spareCapacity' | 'reportedFull' | 'fullBand'
    >,
  ) => string,
): Omit<AreaWords, 'households'> => ({
  openShelters: word('openShelters'),
  evacuees: word('evacuees'),
  capacity: word('openCapacity'),
  spare: word('spareCapacity'),
  reportedFull: word('reportedFull'),
  fullBand: word('fullBand'),
});

/** The count columns of the area tables, in order (the island table leaves out households). */
export const AREA_COUNT_COLUMNS = [
  'open_shelters',
  'evacuees',
  'households',
  'open_capacity',
  'spare_capacity',
  'reported_full',
  'full_band',
] as const;

const areaColumns = (words: Omit<AreaWords, 'households'>, households?: string) => {
  const label: Record<(typeof AREA_COUNT_COLUMNS)[number], string | undefined> = {
    open_shelters: words.openShelters,
    evacuees: words.evacuees,
    households,
    open_capacity: words.capacity,
    spare_capacity: words.spare,
    reported_full: words.reportedFull,
    full_band: words.fullBand,
  };
  return AREA_COUNT_COLUMNS.flatMap((id) => {
    const text = label[id];
    return text === undefined ? [] : [{ id, label: text, numeric: true }];
  });
};

const areaCells = (a: AreaTotals, households: boolean): ExportValue[] => [
  a.openShelters,
  a.evacuees,
  ...(households ? [a.households] : []),
  a.openCapacity,
  a.spareCapacity,
  a.reportedFull,
  a.fullBand,
];

/** The municipality table in its current sort order; the level as on screen, and its number. */
export function municipalityTable(
  rows: readonly MunicipalityRow[],
  words: AreaWords & {
    municipality: string;
    level: string;
    levelText: (level: number) => string;
    none: string;
  },
): ExportTable {
  return {
    columns: [
      { id: 'municipality', label: words.municipality },
      { id: 'municipality_code' },
      { id: 'evacuation_level', label: words.level },
      ...areaColumns(words, words.households),
    ],
    rows: rows.map((r) => ({
      key: r.code,
      cells: [
        r.name,
        r.code,
        r.level ? custom(words.levelText(r.level.level), r.level.level) : custom(words.none, null),
        ...areaCells(r.totals, true),
      ],
    })),
  };
}

/**
 * Island groups in their fixed order, then the shelters of split municipalities whose side of
 * the sea is unknown when there are any (as the screen shows them); the low-spare flag too.
 */
export function islandGroupTable(
  totals: OperationsTotals,
  words: Omit<AreaWords, 'households'> & {
    group: string;
    name: (group: IslandGroup | 'unplaced') => string;
    lowSpare: string;
  },
): ExportTable {
  const u = totals.unplaced;
  const groups: Array<IslandGroup | 'unplaced'> = [
    ...ISLAND_GROUPS,
    ...(u.openShelters > 0 || u.evacuees > 0 ? ['unplaced' as const] : []),
  ];
  return {
    columns: [
      { id: 'island_group', label: words.group },
      { id: 'island_group_key' },
      ...areaColumns(words),
      { id: 'spare_low', label: words.lowSpare },
    ],
    rows: groups.map((g) => {
      const a = g === 'unplaced' ? u : totals.byIslandGroup[g];
      const low = g === 'unplaced' ? null : flag(totals.byIslandGroup[g].spareLow);
      return { key: g, cells: [words.name(g), g, ...areaCells(a, false), low] };
    }),
  };
}

/**
 * Hourly evacuees of the municipalities drawn, oldest hour first (as the chart's axis), one
 * column per municipality headed by its name; no observation stays empty, never 0.
 */
export function trendsTable(
  series: HourlySeries,
  codes: readonly MunicipalityCode[],
  words: { time: string; name: (code: MunicipalityCode) => string },
): ExportTable {
  return {
    columns: [
      { id: 'time_jst', label: words.time },
      ...codes.map((c) => ({ id: words.name(c), label: words.name(c), numeric: true })),
    ],
    rows: series.hours.map((hour, i) => ({
      key: String(hour),
      cells: [jstMinute(hour), ...codes.map((c) => series.byMunicipality[c]?.[i] ?? null)],
    })),
  };
}

/** Alerts as listed (newest first): JST time, kind, municipality, and the alert's sentence. */
export function alertTable(
  alerts: readonly Alert[],
  words: {
    time: string;
    kind: string;
    municipality: string;
    text: string;
    kindName: (kind: Alert['kind']) => string;
    name: (code: MunicipalityCode) => string;
    sentence: (alert: Alert) => string;
  },
): ExportTable {
  return {
    columns: [
      { id: 'time_jst', label: words.time },
      { id: 'kind', label: words.kind },
      { id: 'municipality', label: words.municipality },
      { id: 'municipality_code' },
      { id: 'text', label: words.text, wrap: true },
      { id: 'shelter_key' },
    ],
    rows: alerts.map((a) => ({
      key: a.id,
      cells: [
        jstSecond(a.at),
        custom(words.kindName(a.kind), a.kind),
        words.name(a.municipalityCode),
        a.municipalityCode,
        words.sentence(a),
        'shelterKey' in a ? a.shelterKey : null,
      ],
    })),
  };
}
