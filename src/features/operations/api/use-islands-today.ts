import { useMemo } from 'react';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useServices } from '../../../services/context';
import { flowDayQuery, presenceDayQuery } from '../../../services/queries/tourism-days';
import { jstDateOf } from '../../../domain/jst';
import { LIFELINE_GROUPS } from '../../../domain/island-groups';
import { strandedEstimate, type StrandedEstimate } from '../model/stranded';
import type { OperationsFeeds } from './use-live-feeds';

/** Today's presence is published hourly: look at least this often, whatever the tourism poll. */
const TODAY_POLL_MAX_MS = 10 * 60_000;

/** The poll intervals of the feeds the estimate reads, for their freshness marks. */
export const islandsPollMs = (poll: { lifelines: number; tourism: number }) => ({
  lifelines: poll.lifelines * 1000,
  tourism: Math.min(poll.tourism * 1000, TODAY_POLL_MAX_MS),
});

export interface IslandsToday {
  at: number;
  estimates: readonly StrandedEstimate[];
  /** The feeds the estimate reads, for their ages and failures. */
  sources: {
    lifelines: OperationsFeeds['lifelines'];
    presence: UseQueryResult<unknown>;
    flows: UseQueryResult<unknown>;
  };
  /** When the oldest of those feeds was last read (0: one has never answered). */
  oldestUpdatedAt: number;
}

/**
 * Visitors who cannot leave each wholly-island group at `at` (now on the wall, the time cursor
 * on the tourism screen): the ferry and air services, and the presence and day-trip arrivals of
 * `at`'s JST day — the same cached per-day queries as the tourism view.
 */
export function useIslandsToday(
  at: number,
  lifelines: OperationsFeeds['lifelines'],
  /**
   * Whether to fetch the day's presence and flows now. The operations view asks once the
   * shelter masters are in: a day of presence is thousands of records, and the first map must
   * not wait behind them.
   */
  enabled = true,
): IslandsToday {
  const { feeds, config } = useServices();
  const date = jstDateOf(at);
  const input = {
    feeds,
    openFrom: date,
    pollMs: islandsPollMs(config.pollSeconds).tourism,
  };
  const presence = useQuery({ ...presenceDayQuery(date, input), enabled });
  const flows = useQuery({ ...flowDayQuery(date, input), enabled });
  const estimates = useMemo(
    () =>
      LIFELINE_GROUPS.map((g) =>
        strandedEstimate(g, {
          at,
          presence: presence.data?.day,
          services: lifelines.data?.items,
          flows: flows.data?.day.flows ?? [],
        }),
      ),
    [at, presence.data, flows.data, lifelines.data],
  );
  const oldestUpdatedAt = Math.min(
    lifelines.dataUpdatedAt,
    presence.dataUpdatedAt,
    flows.dataUpdatedAt,
  );
  return { at, estimates, sources: { lifelines, presence, flows }, oldestUpdatedAt };
}
