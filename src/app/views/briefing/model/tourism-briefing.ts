/**
 * What a briefing says about visitors: this week against the same week a year earlier (52
 * weeks back, so weekdays line up), where visitors come from, and the biggest flows into and
 * out of the area. Pure, over the tourism view's packed days; suppressed counts stay lower
 * bounds (`Total.suppressed`), never zeros.
 */
import type { FlowDays, FlowAggregate } from '../../../../features/tourism/model/flows';
import { aggregateFlows, arrivals } from '../../../../features/tourism/model/flows';
import { originBreakdown } from '../../../../features/tourism/model/origins';
import {
  averagePresence,
  presenceSeries,
  type PresenceDays,
} from '../../../../features/tourism/model/presence';
import { addTotal, emptyTotal, relativeChange } from '../../../../features/tourism/model/total';
import {
  ALL_FILTER,
  type OriginKey,
  type TimeRange,
  type Total,
} from '../../../../domain/tourism-days';
import type { BriefingArea } from './ops-briefing';

export interface TourismWeek {
  presence: PresenceDays;
  flows: FlowDays;
  range: TimeRange;
}

/** Where visitors came from, as the average number of them present per hour. */
export interface OriginPresence {
  origin: OriginKey;
  /**
   * The origin's visitors present, averaged over the hours the area published (the hours of
   * `average`), so the origins add up to `average`; "at least" with suppressed cells.
   */
  perHour: Total;
  /** Of all listed origins' published presence; null when this one published none. */
  share: number | null;
}

export interface TourismBriefing {
  /** Mean visitors present per hour (published hours only); null without data. */
  average: number | null;
  compareAverage: number | null;
  /** Relative change of the average (0.12 = +12 %); null unless both have data. */
  averageChange: number | null;
  /**
   * Visitors arriving: into the municipality from anywhere; for the prefecture, from other
   * prefectures (a trip between two Nagasaki municipalities is not a visit to the prefecture).
   */
  arrivals: Total;
  compareArrivals: Total | null;
  arrivalsChange: number | null;
  topOrigins: OriginPresence[];
  /** Into the area, biggest first (prefecture: from other prefectures). */
  flowsIn: FlowAggregate[];
  /** Out of the municipality to another one (prefecture: between its municipalities). */
  flowsOut: FlowAggregate[];
}

function arrivalsOf(week: TourismWeek, area: BriefingArea): Total {
  if (area !== null) return arrivals(week.flows, week.range, ALL_FILTER).get(area) ?? emptyTotal();
  const total = emptyTotal();
  for (const f of aggregateFlows(week.flows, week.range, ALL_FILTER)) {
    if (f.origin.kind === 'prefecture')
      addTotal(total, { value: f.count, suppressed: f.suppressed });
  }
  return total;
}

const seriesOf = (week: TourismWeek, area: BriefingArea) =>
  presenceSeries(week.presence, week.range, area === null ? 'prefecture' : [area], ALL_FILTER);

const averageOf = (week: TourismWeek, area: BriefingArea) => averagePresence(seriesOf(week, area));

/** Origins by visitors present per hour: person-hours over the area's published hours. */
function originsPerHour(week: TourismWeek, area: BriefingArea, limit: number): OriginPresence[] {
  const hours = seriesOf(week, area).filter((p) => p.total.value !== null).length;
  return originBreakdown(
    week.presence,
    week.range,
    ALL_FILTER,
    area === null ? 'prefecture' : [area],
  )
    .slice(0, limit)
    .map(({ origin, total, share }) => ({
      origin,
      perHour: {
        value: total.value === null || hours === 0 ? null : total.value / hours,
        suppressed: total.suppressed,
      },
      share,
    }));
}

export function tourismBriefing(
  area: BriefingArea,
  week: TourismWeek,
  compared: TourismWeek | null,
  limit = 5,
): TourismBriefing {
  const flows = aggregateFlows(week.flows, week.range, ALL_FILTER);
  const average = averageOf(week, area);
  const compareAverage = compared ? averageOf(compared, area) : null;
  const arrived = arrivalsOf(week, area);
  const before = compared ? arrivalsOf(compared, area) : null;
  const flowsIn = flows.filter((f) =>
    area === null ? f.origin.kind === 'prefecture' : f.destination === area,
  );
  const flowsOut = flows.filter((f) =>
    area === null
      ? f.origin.kind === 'municipality'
      : f.origin.kind === 'municipality' && f.origin.code === area && f.destination !== area,
  );
  return {
    average,
    compareAverage,
    averageChange: relativeChange(average, compareAverage),
    arrivals: arrived,
    compareArrivals: before,
    arrivalsChange: before ? relativeChange(arrived.value, before.value) : null,
    topOrigins: originsPerHour(week, area, limit),
    flowsIn: flowsIn.slice(0, limit),
    flowsOut: flowsOut.slice(0, limit),
  };
}
