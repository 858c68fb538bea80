import { useEffect, useRef } from 'react';
import { diffAlerts, type Snapshot } from '../model/alerts';
import { diffLifelines, type LifelineSnapshot } from '../model/lifeline-alerts';
import { appendPoll } from '../model/trends';
import { useOperationsLogStore } from './log-context';
import type { OperationsFeeds } from './use-live-feeds';
import type { OperationsPicture } from './use-operations-picture';

/**
 * Writes each new poll into the operations log: the alerts found by diffing it against the
 * previous one, and its evacuees per municipality for the trend chart's fallback. Once per new
 * poll result, never per render.
 */
export function useRecordPolls(
  { overlays, info, lifelines }: Pick<OperationsFeeds, 'overlays' | 'info' | 'lifelines'>,
  { joined, totals }: Pick<OperationsPicture, 'joined' | 'totals'>,
): void {
  const log = useOperationsLogStore();
  const previous = useRef<Snapshot | undefined>(undefined);
  const pollAt = Math.max(overlays.dataUpdatedAt, info.dataUpdatedAt);
  useEffect(() => {
    if (!joined || !info.data || pollAt === 0) return;
    const snapshot: Snapshot = {
      at: pollAt,
      shelters: joined.live,
      evacuationInfo: info.data.items,
    };
    log.getState().addAlerts(diffAlerts(previous.current, snapshot, Date.now()));
    previous.current = snapshot;
  }, [joined, info.data, pollAt, log]);
  const previousLifelines = useRef<LifelineSnapshot | undefined>(undefined);
  const lifelinesAt = lifelines.dataUpdatedAt;
  useEffect(() => {
    if (!lifelines.data || lifelinesAt === 0) return;
    const snapshot: LifelineSnapshot = { at: lifelinesAt, services: lifelines.data.items };
    log.getState().addAlerts(diffLifelines(previousLifelines.current, snapshot, Date.now()));
    previousLifelines.current = snapshot;
  }, [lifelines.data, lifelinesAt, log]);
  useEffect(() => {
    if (!totals || overlays.dataUpdatedAt === 0) return;
    const byMunicipality = Object.fromEntries(
      Object.entries(totals.byMunicipality).map(([code, t]) => [code, t.evacuees]),
    );
    const { history, setHistory } = log.getState();
    setHistory(appendPoll(history, { at: overlays.dataUpdatedAt, byMunicipality }));
  }, [totals, overlays.dataUpdatedAt, log]);
}
