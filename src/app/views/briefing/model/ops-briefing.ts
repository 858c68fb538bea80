/**
 * What a briefing says about disaster operations in one municipality, or the prefecture:
 * shelters, evacuees and their change over the last hour, room left, levels in force, the
 * trend since the event began. Pure: built from what the operations view already computed.
 */
import { spareOf } from '../../../../domain/live';
import type { DisasterEvent, EvacuationInfo } from '../../../../domain/live';
import type { MunicipalityCode } from '../../../../domain/types';
import type {
  AreaTotals,
  OperationsTotals,
} from '../../../../features/operations/model/aggregates';
import { emptyTotals } from '../../../../features/operations/model/aggregates';
import type { LiveShelter } from '../../../../features/operations/model/join';
import { inForce } from '../../../../features/operations/model/levels';
import {
  HOUR_MS,
  hourStart,
  type HourlySeries,
} from '../../../../features/operations/model/trends';

/** null: the whole prefecture. */
export type BriefingArea = MunicipalityCode | null;

export interface TrendPoint {
  t: number;
  /** Evacuees (hourly maximum) in the area; null where nothing was observed. */
  evacuees: number | null;
}

export interface SpareShelter {
  key: string;
  name: string;
  municipalityCode: MunicipalityCode;
  evacuees: number;
  capacity: number;
  spare: number;
}

export interface OpsBriefing {
  /** The area's totals, with the two full counts: `reportedFull` and `fullBand`. */
  totals: AreaTotals;
  /** The `full` threshold (percent) `totals.fullBand` was counted at, when known. */
  fullBandPercent?: number;
  /** Evacuees in the previous whole hour (its highest count); null without data. */
  evacueesHourAgo: number | null;
  /** totals.evacuees − evacueesHourAgo; null without a value an hour ago. */
  change: number | null;
  /** In force now, highest level first, then latest issued. */
  levels: EvacuationInfo[];
  /** Hourly, from the event's start when it lies in the window, else the whole window. */
  trend: TrendPoint[];
  /** Start of the active event, if any. */
  eventStart: number | null;
  /** The event began before the trend's first hour: the chart cannot reach back to it. */
  trendStartsAfterEvent: boolean;
  /** Open shelters with the most room, at most `spareLimit`. */
  spare: SpareShelter[];
}

export interface OpsBriefingInput {
  area: BriefingArea;
  now: number;
  totals: OperationsTotals | undefined;
  live: readonly LiveShelter[];
  info: readonly EvacuationInfo[];
  series: HourlySeries;
  event: DisasterEvent | undefined;
  spareLimit?: number;
}

const inArea = (area: BriefingArea, code: MunicipalityCode) => area === null || area === code;

/** Σ over the area's municipalities per hour; null when none of them has a value. */
export function areaSeries(series: HourlySeries, area: BriefingArea): TrendPoint[] {
  const rows = Object.entries(series.byMunicipality)
    .filter(([code]) => inArea(area, code))
    .map(([, row]) => row);
  return series.hours.map((t, i) => {
    let sum: number | null = null;
    for (const row of rows) {
      const v = row[i];
      if (v !== null && v !== undefined) sum = (sum ?? 0) + v;
    }
    return { t, evacuees: sum };
  });
}

const byLevelThenIssued = (a: EvacuationInfo, b: EvacuationInfo) =>
  b.level - a.level || b.issuedAt - a.issuedAt || (a.id < b.id ? -1 : 1);

export function spareShelters(
  live: readonly LiveShelter[],
  area: BriefingArea,
  limit: number,
): SpareShelter[] {
  const out: SpareShelter[] = [];
  for (const s of live) {
    if (!inArea(area, s.municipalityCode)) continue;
    const { capacity } = s;
    const people = s.overlay.evacueeTotal;
    const spare = spareOf(s.overlay.openingStatus, capacity, people);
    // Room left means capacity and headcount are both known.
    if (!spare || capacity === undefined || people === undefined) continue;
    out.push({
      key: s.key,
      name: s.master?.name ?? s.overlay.externalShelterId ?? s.overlay.id,
      municipalityCode: s.municipalityCode,
      evacuees: people,
      capacity,
      spare,
    });
  }
  return out.sort((a, b) => b.spare - a.spare || (a.key < b.key ? -1 : 1)).slice(0, limit);
}

export function opsBriefing(input: OpsBriefingInput): OpsBriefing {
  const { area, now } = input;
  const totals =
    (area === null ? input.totals?.prefecture : input.totals?.byMunicipality[area]) ??
    emptyTotals();
  const points = areaSeries(input.series, area);
  const previousHour = hourStart(now) - HOUR_MS;
  const evacueesHourAgo = points.find((p) => p.t === previousHour)?.evacuees ?? null;
  const eventStart = input.event?.start ?? null;
  const first = points[0]?.t;
  const fromEvent =
    eventStart === null ? points : points.filter((p) => p.t >= hourStart(eventStart));
  const fullBandPercent = input.totals?.fullBandPercent;
  return {
    totals,
    ...(fullBandPercent !== undefined && { fullBandPercent }),
    evacueesHourAgo,
    change: evacueesHourAgo === null ? null : totals.evacuees - evacueesHourAgo,
    levels: input.info
      .filter((i) => inForce(i, now) && inArea(area, i.municipalityCode))
      .sort(byLevelThenIssued),
    trend: fromEvent,
    eventStart,
    trendStartsAfterEvent: eventStart !== null && first !== undefined && eventStart < first,
    spare: spareShelters(input.live, area, input.spareLimit ?? 5),
  };
}
