import { useEffect, useMemo, useRef } from 'react';
import { useStableJson } from '../../../app/use-stable';
import type { LevelInForce } from '../model/levels';
import { useQuery } from '@tanstack/react-query';
import { useServices, useUi } from '../../../app/context';
import { useShelterData } from '../../shelters/api/use-shelter-data';
import { joinOverlays } from '../model/join';
import { aggregate } from '../model/aggregates';
import { hazardContext } from '../model/hazard';
import { levelsInForce } from '../model/levels';
import { diffAlerts, type Snapshot } from '../model/alerts';
import {
  appendPoll,
  bucketTemporal,
  hourStart,
  seriesFromHistory,
  sumTemporalBuckets,
} from '../model/trends';
import { disasterEventsQuery, evacuationInfoQuery, shelterOverlaysQuery } from './live-feeds';
import { trendsQuery } from './trends';

/** The trend chart is hourly: asking the temporal API every few minutes is plenty. */
const TRENDS_POLL_MS = 5 * 60_000;

/**
 * Everything the operations view shows, composed from the polled feeds: the join, totals per
 * municipality and island group, levels in force, hazards, trends; and, as a side effect of
 * each new poll, the alerts and the poll history kept in the store.
 */
export function useOperations() {
  const { feeds, config, store } = useServices();
  const masters = useShelterData();
  const ms = (s: number) => s * 1000;
  const overlays = useQuery(
    shelterOverlaysQuery({ feeds, pollMs: ms(config.pollSeconds.shelters) }),
  );
  const infoPoll = { feeds, pollMs: ms(config.pollSeconds.evacuationInformation) };
  const info = useQuery(evacuationInfoQuery(infoPoll));
  const events = useQuery(disasterEventsQuery(infoPoll));
  const trendsSource = useQuery(trendsQuery(feeds, TRENDS_POLL_MS));
  const hazardOverride = useUi((s) => s.hazards);
  const history = useUi((s) => s.history);

  const hazard = useMemo(
    () =>
      hazardContext(
        events.data?.items ?? [],
        masters.sites.data?.items ?? [],
        hazardOverride ?? undefined,
      ),
    [events.data, masters.sites.data, hazardOverride],
  );
  const joined = useMemo(() => {
    if (!overlays.data || !masters.shelters.data) return undefined;
    return joinOverlays(masters.shelters.data.items, overlays.data.items, {
      bands: config.occupancyBands,
      overCapacityPercent: config.operations.overCapacityPercent,
      hazard,
    });
  }, [overlays.data, masters.shelters.data, config, hazard]);
  const totals = useMemo(
    () =>
      joined
        ? aggregate(joined.live, {
            ...(masters.boundaries.data && { boundaries: masters.boundaries.data }),
            islandSpareMarginPercent: config.operations.islandSpareMarginPercent,
            fullBandPercent: config.occupancyBands.full,
          })
        : undefined,
    [joined, masters.boundaries.data, config],
  );
  const levels = useStableJson(
    useMemo(
      () => [...levelsInForce(info.data?.items ?? [], info.dataUpdatedAt)],
      [info.data, info.dataUpdatedAt],
    ),
  );
  const levelMap = useMemo(() => new Map<string, LevelInForce>(levels), [levels]);
  const activeEvents = useMemo(
    () => (events.data?.items ?? []).filter((e) => e.status === 'active'),
    [events.data],
  );

  // Alerts and poll history: once per new poll result, never per render.
  const previous = useRef<Snapshot | undefined>(undefined);
  const pollAt = Math.max(overlays.dataUpdatedAt, info.dataUpdatedAt);
  useEffect(() => {
    if (!joined || !info.data || pollAt === 0) return;
    const snapshot: Snapshot = {
      at: pollAt,
      shelters: joined.live,
      evacuationInfo: info.data.items,
    };
    store.getState().addAlerts(diffAlerts(previous.current, snapshot, Date.now()));
    previous.current = snapshot;
  }, [joined, info.data, pollAt, store]);
  useEffect(() => {
    if (!totals || overlays.dataUpdatedAt === 0) return;
    const byMunicipality = Object.fromEntries(
      Object.entries(totals.byMunicipality).map(([code, t]) => [code, t.evacuees]),
    );
    const { history: h, setHistory } = store.getState();
    setHistory(appendPoll(h, { at: overlays.dataUpdatedAt, byMunicipality }));
  }, [totals, overlays.dataUpdatedAt, store]);

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

  return {
    masters,
    overlays,
    info,
    events,
    trendsSource,
    hazard,
    joined,
    totals,
    levels: levelMap,
    activeEvents,
    trends,
  };
}

export type OperationsData = ReturnType<typeof useOperations>;
