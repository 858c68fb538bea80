import { useCallback, useMemo } from 'react';
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useServices } from '../../../services/context';
import { useUi } from '../../../state/hooks';
import { useNow } from '../../../ui/hooks/use-now';
import { addDays, daysBetween, jstDateOf } from '../../../domain/jst';
import type { FlowDayResult, PresenceDayResult } from '../../../api/worker/run-tourism';
import { combineDays, daysSettled, type DaysState } from './combine';
import { useThrottledWhileBusy } from '../hooks/use-throttled';
import { flowDayQuery, presenceDayQuery } from '../../../services/queries/tourism-days';
import {
  comparePeriod,
  compareOffsetMs,
  cursorIn,
  defaultPeriod,
  rangeOf,
  type CompareWith,
  type Period,
} from '../model/period';
import type { TimeRange } from '../../../domain/tourism-days';

export interface TourismData {
  period: Period;
  range: TimeRange;
  cursor: number;
  /** The second period, laid onto the first by `offsetMs`; null when not comparing. */
  compare: { period: Period; range: TimeRange; offsetMs: number } | null;
  main: DaysState;
  other: DaysState | null;
}

type DayResult = UseQueryResult<PresenceDayResult | FlowDayResult>;

/** While days are still arriving, the view refreshes this often. */
const LOADING_REFRESH_MS = 1_000;

/**
 * The tourism view's server state: the period and comparison from the URL (default: the last
 * week up to yesterday), one cached query per JST day and feed.
 */
export function useTourism(enabled: boolean): TourismData {
  const url = useUi((s) => s.tourism);
  return useTourismDays({ range: url.range, vs: url.vs, cursor: url.cursor, enabled });
}

/**
 * One cached query per JST day and feed, for a period (null: the last week up to yesterday)
 * and the one compared with it. A day fetched once is shared by every view that asks for it.
 * Derived maps are built in `combine`, not copied into state.
 */
export function useTourismDays(args: {
  range: Period | null;
  vs: CompareWith;
  cursor: number | null;
  enabled: boolean;
}): TourismData {
  const { feeds, config } = useServices();
  const { enabled } = args;
  // Days roll over at JST midnight; a minute's resolution is plenty to notice it.
  const now = useNow(60_000);
  const today = jstDateOf(now);
  const period = useMemo(
    () => args.range ?? defaultPeriod(Date.parse(`${today}T12:00:00+09:00`)),
    [args.range, today],
  );
  const other = useMemo(() => comparePeriod(period, args.vs), [period, args.vs]);
  const mainDays = useMemo(() => daysBetween(period.from, period.to), [period]);
  const otherDays = useMemo(() => (other ? daysBetween(other.from, other.to) : []), [other]);
  const input = useMemo(
    () => ({ feeds, openFrom: addDays(today, -1), pollMs: config.pollSeconds.tourism * 1000 }),
    [feeds, today, config.pollSeconds.tourism],
  );
  const queries = useMemo(
    () => [
      ...mainDays.map((d) => ({ ...presenceDayQuery(d, input), enabled })),
      ...mainDays.map((d) => ({ ...flowDayQuery(d, input), enabled })),
      ...otherDays.map((d) => ({ ...presenceDayQuery(d, input), enabled })),
      ...otherDays.map((d) => ({ ...flowDayQuery(d, input), enabled })),
    ],
    [mainDays, otherDays, input, enabled],
  );
  const n = mainDays.length;
  const m = otherDays.length;
  const combine = useCallback(
    (results: DayResult[]) => ({
      main: combineDays(results.slice(0, n), results.slice(n, 2 * n)),
      other: m
        ? combineDays(results.slice(2 * n, 2 * n + m), results.slice(2 * n + m, 2 * n + 2 * m))
        : null,
    }),
    [n, m],
  );
  const combined = useQueries({ queries, combine });
  const busy = (d: DaysState | null) => d !== null && !daysSettled(d);
  const main = useThrottledWhileBusy(
    combined.main,
    busy(combined.main),
    LOADING_REFRESH_MS,
    `${period.from}..${period.to}`,
  );
  const otherState = useThrottledWhileBusy(
    combined.other,
    busy(combined.other),
    LOADING_REFRESH_MS,
    other ? `${other.from}..${other.to}` : '',
  );
  const range = useMemo(() => rangeOf(period), [period]);
  const compare = useMemo(
    () =>
      other
        ? { period: other, range: rangeOf(other), offsetMs: compareOffsetMs(period, other) }
        : null,
    [other, period],
  );
  return {
    period,
    range,
    cursor: cursorIn(args.cursor, range),
    compare,
    main,
    other: otherState,
  };
}
