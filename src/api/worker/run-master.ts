import type { NgsiClient } from '../ngsi/client';
import type { FeedTypes } from './feeds';
import { fingerprintOf, readKept, writeKept } from './kept-store';
import type { MasterName } from './master-feeds';
import { runFeed, type FeedResult } from './run-feed';

/** A master set as read whole (the shelter masters: rarely changed, kept between visits). */
export interface MasterResult<T> extends FeedResult<T> {
  /** Identifies the set: an unchanged answer is not sent to the page again. */
  fingerprint: string;
}

/** A master poll's answer: the set, or "the same as the one you hold". */
export type MasterAnswer<T> =
  { kind: 'fresh'; data: MasterResult<T> } | { kind: 'unchanged'; fingerprint: string };

export interface KeptMaster<T> {
  data: MasterResult<T>;
  /** When the broker last answered with it (epoch ms): the age the page shows. */
  savedAt: number;
}

export interface MasterKeeper {
  kept<N extends MasterName>(name: N): Promise<KeptMaster<FeedTypes[N]> | null>;
  run<N extends MasterName>(
    name: N,
    full: boolean,
    signal?: AbortSignal,
  ): Promise<MasterAnswer<FeedTypes[N]>>;
}

/**
 * Reads the masters for one page, remembering which set the page holds (`held`): a poll that
 * finds the same set answers "unchanged" instead of cloning thousands of entities across to
 * it. With a `scope`, each fresh set is kept (IndexedDB) and a kept set of the same scope is
 * offered at start; without one, nothing is kept.
 */
export function createMasterKeeper(client: NgsiClient, scope: string | undefined): MasterKeeper {
  const held = new Map<MasterName, string>();
  return {
    async kept<N extends MasterName>(name: N) {
      if (scope === undefined) return null;
      const record = await readKept<MasterResult<FeedTypes[N]>>(name, scope);
      // The broker answered first: the page holds fresher data than the kept set.
      if (!record || held.has(name)) return null;
      held.set(name, record.fingerprint);
      return { data: record.result, savedAt: record.savedAt };
    },
    async run<N extends MasterName>(name: N, full: boolean, signal?: AbortSignal) {
      const result = await runFeed(client, name, {}, signal);
      const fingerprint = fingerprintOf(result);
      const data: MasterResult<FeedTypes[N]> = { ...result, fingerprint };
      if (scope !== undefined)
        void writeKept(name, { scope, fingerprint, savedAt: Date.now(), result: data });
      if (!full && held.get(name) === fingerprint) return { kind: 'unchanged', fingerprint };
      held.set(name, fingerprint);
      return { kind: 'fresh', data };
    },
  };
}
