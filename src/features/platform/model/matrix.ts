/**
 * The platform KPIs: per municipality and type, how many records and how new the newest one
 * is; and the totals the prefecture reports (pure).
 */
import { MUNICIPALITIES } from '../../../domain/municipalities';
import type { MunicipalityCode } from '../../../domain/types';
import {
  cadenceOf,
  cellFreshness,
  DEFAULT_CADENCES,
  type CadenceTable,
  type CellFreshness,
} from './cadence';
import { countOf } from './measure';
import type { AttributableType, KpiSnapshot, Measure, NewestSource } from './types';

export interface KpiCell {
  type: string;
  records: Measure;
  /** The newest record's time (epoch ms); undefined when unknown or there are no records. */
  newestAt: number | undefined;
  newestSource: NewestSource | undefined;
  freshness: CellFreshness;
}

export interface KpiRow {
  code: MunicipalityCode;
  /** One per column of `KpiMatrix.types`, in that order. */
  cells: readonly KpiCell[];
  /** The types with at least one record here. */
  publishing: readonly string[];
}

export interface KpiTotals {
  /** Municipalities with at least one record of any per-municipality type. */
  municipalitiesPublishing: number;
  /**
   * Datasets: (municipality, type) pairs with at least one record, over the types whose
   * records name their municipality. Prefecture-level types are counted apart.
   */
  datasets: number;
  /** Records in all the cells: what the 21 municipalities publish, per-municipality types only. */
  records: number;
  /** False when some cell has no count (refused, unreported, failed): the totals are lower bounds. */
  complete: boolean;
  /** Some cell shows the last good count because the latest attempt failed. */
  stale: boolean;
  /** Prefecture-level types with at least one record. */
  prefectureDatasets: number;
}

export interface KpiMatrix {
  /** Columns: the per-municipality types, contract types first. */
  types: readonly string[];
  /** The 21 municipalities, by code. */
  rows: readonly KpiRow[];
  totals: KpiTotals;
  /** Per type: records whose code is none of the 21 (or missing); undefined when not known. */
  unattributed: Readonly<Record<string, number | undefined>>;
  /** Per type: records over the 21 municipalities; `complete` false = a lower bound. */
  columnSums: Readonly<Record<string, { records: number; complete: boolean }>>;
}

const CONTRACT_ORDER = [
  'EvacuationSite',
  'DesignatedShelter',
  'EvacuationShelter',
  'EvacuationInformation',
];

/** Contract types in the contract's order, then any others by name. */
export function columnOrder(a: string, b: string): number {
  const rank = (t: string) => {
    const i = CONTRACT_ORDER.indexOf(t);
    return i < 0 ? CONTRACT_ORDER.length : i;
  };
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

const MISSING: Measure = { state: 'failed', error: 'not asked', failedAt: 0 };

function cellOf(
  type: AttributableType,
  code: MunicipalityCode,
  now: number,
  cadences: CadenceTable,
): KpiCell {
  const records = type.cells[code] ?? MISSING;
  const count = countOf(records);
  const scan = type.newest;
  const found = scan.state === 'ok' || scan.state === 'stale' ? scan : undefined;
  const newestAt = count === 0 ? undefined : found?.newest[code];
  return {
    type: type.name,
    records,
    newestAt,
    newestSource: found?.source,
    freshness: cellFreshness(count, newestAt, now, cadenceOf(type.name, cadences)),
  };
}

function unattributedOf(type: AttributableType): number | undefined {
  const total = countOf(type.total);
  if (total === undefined) return undefined;
  let sum = 0;
  for (const m of MUNICIPALITIES) {
    const count = countOf(type.cells[m.code] ?? MISSING);
    if (count === undefined) return undefined;
    sum += count;
  }
  // A total fetched at another moment than the cells can be smaller: never show a negative.
  return Math.max(0, total - sum);
}

/** `cadences`: the deployment's expected intervals (config `platformCadence` over the defaults). */
export function buildMatrix(
  snapshot: KpiSnapshot,
  now: number,
  cadences: CadenceTable = DEFAULT_CADENCES,
): KpiMatrix {
  const types = [...snapshot.attributable].sort((a, b) => columnOrder(a.name, b.name));
  const rows = [...MUNICIPALITIES]
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((m): KpiRow => {
      const cells = types.map((t) => cellOf(t, m.code, now, cadences));
      const publishing = cells.filter((c) => (countOf(c.records) ?? 0) > 0).map((c) => c.type);
      return { code: m.code, cells, publishing };
    });
  const cells = rows.flatMap((r) => r.cells);
  const totals: KpiTotals = {
    municipalitiesPublishing: rows.filter((r) => r.publishing.length > 0).length,
    datasets: rows.reduce((n, r) => n + r.publishing.length, 0),
    records: cells.reduce((n, c) => n + (countOf(c.records) ?? 0), 0),
    complete: cells.every((c) => countOf(c.records) !== undefined),
    stale: cells.some((c) => c.records.state === 'stale'),
    prefectureDatasets: snapshot.prefectureLevel.filter((p) => (countOf(p.total) ?? 0) > 0).length,
  };
  const unattributed = Object.fromEntries(types.map((t) => [t.name, unattributedOf(t)]));
  const columnSums = Object.fromEntries(
    types.map((t, i) => {
      const column = rows.map((r) => r.cells[i]?.records ?? MISSING);
      return [
        t.name,
        {
          records: column.reduce((n, m) => n + (countOf(m) ?? 0), 0),
          complete: column.every((m) => countOf(m) !== undefined),
        },
      ];
    }),
  );
  return { types: types.map((t) => t.name), rows, totals, unattributed, columnSums };
}
