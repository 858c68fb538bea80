/** Periodic history compaction of one tenant (see history-window.ts for the rule). */
import { DEFAULT_TENANT, type Broker } from '../broker';
import {
  defaultCompactEveryMs,
  defaultHistoryWindow,
  historyFilter,
  type HistoryWindow,
} from './history-window';

export interface Compactor {
  /** Compacts when `everyMs` has passed since the last run; returns instances dropped. */
  maybeRun(now: number, speed: number): number;
  /** After a speed change the window moves: the next run re-thins everything. */
  forget(): void;
}

export interface CompactorOptions {
  /** Default: from the speed (defaultCompactEveryMs). */
  everyMs?: number;
  /** Default: from the speed (defaultHistoryWindow). */
  window?: HistoryWindow;
}

export function createCompactor(
  broker: Broker,
  tenant: string | undefined,
  startedAt: number,
  options: CompactorOptions,
): Compactor {
  let lastRun = startedAt;
  let thinnedBefore: number | undefined;
  return {
    maybeRun(now, speed) {
      if (now - lastRun < (options.everyMs ?? defaultCompactEveryMs(speed))) return 0;
      lastRun = now;
      const window = options.window ?? defaultHistoryWindow(speed);
      const filter = historyFilter(now, window, thinnedBefore);
      thinnedBefore = now - window.fullResolutionMs;
      return broker.compactHistory(filter, tenant ?? DEFAULT_TENANT);
    },
    forget() {
      thinnedBefore = undefined;
    },
  };
}
