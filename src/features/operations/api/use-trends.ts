import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useServices } from '../../../services/context';
import { useStableJson } from '../../../ui/hooks/use-stable';
import { bucketTemporal, hourStart, seriesFromHistory, sumTemporalBuckets } from '../model/trends';
import { trendsQuery } from './trends';
import { useOperationsLog } from './log-context';
import { mastersSettled, type OperationsFeeds } from './use-live-feeds';
import type { OperationsPicture } from './use-operations-picture';

/** The trend chart is hourly: asking the temporal API every few minutes is plenty. */
const TRENDS_POLL_MS = 5 * 60_000;

/**
 * Evacuees per municipality per hour: from the broker's temporal API when it has one, else
 * from the dashboard's own poll history (the operations log). What the trend chart and the
 * briefing's trend read.
 */
export function useTrends(
  { overlays, masters }: Pick<OperationsFeeds, 'overlays' | 'masters'>,
  { joined }: Pick<OperationsPicture, 'joined'>,
) {
  const { feeds } = useServices();
  const trendsSource = useQuery({
    ...trendsQuery(feeds, TRENDS_POLL_MS),
    enabled: mastersSettled(masters),
  });
  const history = useOperationsLog((s) => s.history);
  const buckets = useMemo(
    () =>
      trendsSource.data?.kind === 'temporal'
        ? bucketTemporal(trendsSource.data.result.entities)
        : undefined,
    [trendsSource.data],
  );
  // Which municipality each overlay belongs to: rarely changes, so kept stable across polls.
  const owners = useStableJson(
    useMemo(
      () =>
        (joined?.live ?? []).map((l) => ({
          id: l.overlay.id,
          municipalityCode: l.overlay.municipalityCode,
        })),
      [joined],
    ),
  );
  // The window ends at the newest data (hour resolution), not at render time.
  const hourNow = hourStart(Math.max(trendsSource.dataUpdatedAt, overlays.dataUpdatedAt));
  const temporalSeries = useMemo(
    () => (buckets ? sumTemporalBuckets(buckets, owners, hourNow) : undefined),
    [buckets, owners, hourNow],
  );
  const historySeries = useMemo(
    () => (temporalSeries ? undefined : seriesFromHistory(history, hourNow)),
    [temporalSeries, history, hourNow],
  );
  const trends = useStableJson(
    useMemo(
      () =>
        temporalSeries
          ? { from: 'temporal' as const, series: temporalSeries }
          : { from: 'history' as const, series: historySeries ?? seriesFromHistory([], hourNow) },
      [temporalSeries, historySeries, hourNow],
    ),
  );
  return { trendsSource, trends };
}
