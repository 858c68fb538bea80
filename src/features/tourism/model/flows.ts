/** From-to flows over a time range: per origin and destination, per day by stay, per arrival. */
import { daysBetween, jstDateOf } from '../../../domain/jst';
import type { FlowObservation, FlowOrigin, TRANSPORT_MODES } from '../../../domain/tourism';
import { TOURISM_MUNICIPALITIES } from '../../../domain/tourism-index';
import { flowMatches } from './filter';
import { isIslandCrossing } from './islands';
import { addCount, emptyTotal } from './total';
import type {
  FlowDay,
  MunicipalityCode,
  TimeRange,
  Total,
  TourismFilter,
} from '../../../domain/tourism-days';

export type FlowDays = ReadonlyMap<string, FlowDay>;
export type TransportMode = (typeof TRANSPORT_MODES)[number];

/** JST dates of the days overlapping the range. */
export function datesIn(range: TimeRange): string[] {
  if (range.toMs <= range.fromMs) return [];
  return daysBetween(jstDateOf(range.fromMs), jstDateOf(range.toMs - 1));
}

/** Calls `visit` for each flow the filter keeps whose period starts in the range. */
export function forEachFlow(
  days: FlowDays,
  range: TimeRange,
  filter: TourismFilter,
  visit: (flow: FlowObservation, date: string) => void,
): void {
  for (const date of datesIn(range)) {
    const day = days.get(date);
    if (!day) continue;
    for (const f of day.flows) {
      if (f.fromMs >= range.fromMs && f.fromMs < range.toMs && flowMatches(f, filter)) {
        visit(f, date);
      }
    }
  }
}

export interface FlowAggregate {
  origin: FlowOrigin;
  destination: MunicipalityCode;
  /** Sum of the published counts; null when every flow was suppressed. */
  count: number | null;
  /** Flows whose count was suppressed (so the true count is at least `count`). */
  suppressed: number;
  /**
   * Geography only: one end is an island and the other lies elsewhere (another island, the
   * mainland, another prefecture). Such visitors came by sea or by air.
   */
  islandCrossing: boolean;
  /**
   * Some of the pair's records came by ferry (their `transportMode`), wherever the two ends
   * are: a flight to an island is no sea crossing.
   */
  seaCrossing: boolean;
  /** Published counts per transport mode (flows without a mode are in `count` only). */
  modes: Partial<Record<TransportMode, number>>;
  /** Records per transport mode, suppressed ones included: the modes the pair uses at all. */
  modeRecords: Partial<Record<TransportMode, number>>;
}

const byCount = (a: FlowAggregate, b: FlowAggregate) =>
  (b.count ?? -1) - (a.count ?? -1) ||
  b.suppressed - a.suppressed ||
  (a.origin.code < b.origin.code ? -1 : a.origin.code > b.origin.code ? 1 : 0) ||
  (a.destination < b.destination ? -1 : a.destination > b.destination ? 1 : 0);

/** Per (origin, destination), sorted by count (suppressed-only pairs last). */
export function aggregateFlows(
  days: FlowDays,
  range: TimeRange,
  filter: TourismFilter,
): FlowAggregate[] {
  const pairs = new Map<string, FlowAggregate>();
  forEachFlow(days, range, filter, (f) => {
    const key = `${f.origin.kind}:${f.origin.code}>${f.destinationCode}`;
    let agg = pairs.get(key);
    if (!agg) {
      agg = {
        origin: f.origin,
        destination: f.destinationCode,
        count: null,
        suppressed: 0,
        islandCrossing: isIslandCrossing(f.origin, f.destinationCode),
        seaCrossing: false,
        modes: {},
        modeRecords: {},
      };
      pairs.set(key, agg);
    }
    if (f.mode) {
      agg.modeRecords[f.mode] = (agg.modeRecords[f.mode] ?? 0) + 1;
      if (f.mode === 'ferry') agg.seaCrossing = true;
    }
    if (f.count === null) agg.suppressed++;
    else {
      agg.count = (agg.count ?? 0) + f.count;
      if (f.mode) agg.modes[f.mode] = (agg.modes[f.mode] ?? 0) + f.count;
    }
  });
  return [...pairs.values()].sort(byCount);
}

export interface StayDay {
  date: string;
  dayTrip: Total;
  overnight: Total;
}

/** Per JST day overlapping the range: visitors on day trips against those staying over. */
export function stayBreakdown(days: FlowDays, range: TimeRange, filter: TourismFilter): StayDay[] {
  const rows = new Map<string, StayDay>(
    datesIn(range).map((date) => [date, { date, dayTrip: emptyTotal(), overnight: emptyTotal() }]),
  );
  forEachFlow(days, range, filter, (f, date) => addCount(rows.get(date)![f.stay], f.count));
  return [...rows.values()];
}

/** Per destination (all 21): visitors arriving in the range. */
export function arrivals(
  days: FlowDays,
  range: TimeRange,
  filter: TourismFilter,
): Map<MunicipalityCode, Total> {
  const out = new Map<MunicipalityCode, Total>(
    TOURISM_MUNICIPALITIES.map((code) => [code, emptyTotal()]),
  );
  forEachFlow(days, range, filter, (f) => {
    const t = out.get(f.destinationCode);
    if (t) addCount(t, f.count);
  });
  return out;
}
