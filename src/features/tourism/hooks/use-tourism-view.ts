import { useMemo } from 'react';
import { useUi } from '../../../state/hooks';
import { DAY_MS, jstDateOf, jstDayStartMs } from '../../../domain/jst';
import type { TourismData } from '../api/use-tourism';
import { presenceAt } from '../model/presence';
import { aggregateFlows, type FlowAggregate } from '../model/flows';
import { toArcs, type ArcDatum } from '../layers/arcs';
import { presenceMax } from '../layers/presence-layer';
import type {
  MunicipalityCode,
  TimeRange,
  Total,
  TourismFilter,
} from '../../../domain/tourism-days';

/** What the map and the summary show at the time cursor. */
export interface TourismAtCursor {
  filter: TourismFilter;
  /** Visitors present per municipality in the cursor's JST hour. */
  presence: ReadonlyMap<MunicipalityCode, Total>;
  /** The largest published presence at the cursor: the top of the colour ramp. */
  presenceMax: number;
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
  // Only the cursor's own day matters here: other days arriving (a quarter loads as 180 day
  // results) must not rebuild the map's layers, which costs a whole map frame each time.
  const date = jstDateOf(data.cursor);
  const presenceDay = data.main.presence.get(date);
  const flowDay = data.main.flows.get(date);
  const presence = useMemo(
    () => presenceAt(new Map(presenceDay ? [[date, presenceDay]] : []), data.cursor, filter),
    [presenceDay, date, data.cursor, filter],
  );
  const day = useMemo(() => {
    const fromMs = jstDayStartMs(date);
    return { fromMs, toMs: fromMs + DAY_MS };
  }, [date]);
  const flows = useMemo(
    () => aggregateFlows(new Map(flowDay ? [[date, flowDay]] : []), day, filter),
    [flowDay, date, day, filter],
  );
  const drawn = useMemo(() => toArcs(flows), [flows]);
  const suppressedFlows = useMemo(
    () => flows.reduce((n, f) => n + (f.count === null ? 1 : 0), 0),
    [flows],
  );
  return {
    filter,
    presence,
    presenceMax: presenceMax(presence),
    day,
    flows,
    arcs: drawn.arcs,
    arcMax: drawn.max,
    hiddenArcs: drawn.hidden,
    unplacedFlows: drawn.unplaced,
    suppressedFlows,
  };
}
