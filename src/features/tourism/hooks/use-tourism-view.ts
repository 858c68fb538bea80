import { useMemo } from 'react';
import { useUi } from '../../../app/context';
import { DAY_MS, jstDateOf, jstDayStartMs } from '../../../domain/jst';
import type { TourismData } from '../api/use-tourism';
import { presenceAt } from '../model/presence';
import { aggregateFlows, type FlowAggregate } from '../model/flows';
import { toArcs, type ArcDatum } from '../layers/arcs';
import type { MunicipalityCode, TimeRange, Total, TourismFilter } from '../model/types';

/** What the map and the summary show at the time cursor. */
export interface TourismAtCursor {
  filter: TourismFilter;
  /** Visitors present per municipality in the cursor's JST hour. */
  presence: ReadonlyMap<MunicipalityCode, Total>;
  /** The JST day containing the cursor, whose flows are drawn. */
  day: TimeRange;
  flows: readonly FlowAggregate[];
  arcs: readonly ArcDatum[];
  arcMax: number;
  hiddenArcs: number;
  unplacedFlows: number;
  suppressedFlows: number;
}

/**
 * Presence is recomputed per cursor hour (21 municipalities × a dozen origins: microseconds);
 * flows and arcs only when the cursor crosses into another day.
 */
export function useTourismAtCursor(data: TourismData): TourismAtCursor {
  const filter = useUi((s) => s.tourism.filter);
  const { presence: presenceDays, flows: flowDays } = data.main;
  const presence = useMemo(
    () => presenceAt(presenceDays, data.cursor, filter),
    [presenceDays, data.cursor, filter],
  );
  const date = jstDateOf(data.cursor);
  const day = useMemo(() => {
    const fromMs = jstDayStartMs(date);
    return { fromMs, toMs: fromMs + DAY_MS };
  }, [date]);
  const flows = useMemo(() => aggregateFlows(flowDays, day, filter), [flowDays, day, filter]);
  const drawn = useMemo(() => toArcs(flows), [flows]);
  const suppressedFlows = useMemo(
    () => flows.reduce((n, f) => n + (f.count === null ? 1 : 0), 0),
    [flows],
  );
  return {
    filter,
    presence,
    day,
    flows,
    arcs: drawn.arcs,
    arcMax: drawn.max,
    hiddenArcs: drawn.hidden,
    unplacedFlows: drawn.unplaced,
    suppressedFlows,
  };
}
