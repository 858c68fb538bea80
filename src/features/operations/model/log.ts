import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Alert } from './alerts';
import type { PollSample } from './trends';

/**
 * What the dashboard has noticed over time, derived from successive polls: the alerts (by
 * diffing one poll against the last), the operator's acknowledgements, and the poll history
 * the trend chart falls back on when the broker has no temporal API. Server-derived, so it
 * is kept apart from the UI store; not mirrored to the URL; bounded for a display that runs
 * for weeks. One per page, created by the app shell.
 */
export interface OperationsLogState {
  alerts: Alert[];
  acknowledged: string[];
  history: PollSample[];
  addAlerts(alerts: readonly Alert[]): void;
  acknowledge(ids: readonly string[]): void;
  setHistory(history: PollSample[]): void;
}

export type OperationsLog = StoreApi<OperationsLogState>;

export const MAX_ALERTS = 500;

export function createOperationsLog(): OperationsLog {
  return createStore<OperationsLogState>()((set) => ({
    alerts: [],
    acknowledged: [],
    history: [],
    addAlerts: (alerts) =>
      set((s) => {
        if (alerts.length === 0) return {};
        const known = new Set(s.alerts.map((a) => a.id));
        const fresh = alerts.filter((a) => !known.has(a.id));
        const merged = [...fresh, ...s.alerts].sort((a, b) => b.at - a.at).slice(0, MAX_ALERTS);
        const kept = new Set(merged.map((a) => a.id));
        return { alerts: merged, acknowledged: s.acknowledged.filter((id) => kept.has(id)) };
      }),
    acknowledge: (ids) => set((s) => ({ acknowledged: [...new Set([...s.acknowledged, ...ids])] })),
    setHistory: (history) => set({ history }),
  }));
}
