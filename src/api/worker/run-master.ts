import type { NgsiClient } from '../ngsi/client';
import { readKept, writeKept } from './kept-store';
import { createFingerprint } from './fingerprint';
import { fingerprintColumns, toColumns } from './designation-columns';
import type { MasterName } from './master-feeds';
import { runFeed, type FeedResult } from './run-feed';
import {
  PACKED_FORM,
  type KeptPacked,
  type PackedAnswer,
  type PackedMaster,
} from './packed-master';

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
  kept(name: MasterName): Promise<KeptPacked | null>;
  run(name: MasterName, full: boolean, signal?: AbortSignal): Promise<PackedAnswer>;
}

/**
 * Reads the masters for one page, remembering which set the page holds (`held`): a poll that
 * finds the same set answers "unchanged" instead of cloning thousands of entities across to
 * it. With a `scope`, each fresh set is kept (IndexedDB) and a kept set of the same scope is
 * offered at start; without one, nothing is kept. Sets leave packed (unpackMaster).
 */
export function createMasterKeeper(client: NgsiClient, scope: string | undefined): MasterKeeper {
  const held = new Map<MasterName, string>();
  const keptScope = scope === undefined ? undefined : `${scope} ${PACKED_FORM}`;
  return {
    async kept(name) {
      if (keptScope === undefined) return null;
      const record = await readKept<PackedMaster>(name, keptScope);
      // The broker answered first: the page holds fresher data than the kept set.
      if (!record || held.has(name)) return null;
      held.set(name, record.fingerprint);
      return { data: record.result, savedAt: record.savedAt };
    },
    async run(name, full, signal) {
      const { items, ...rest } = await runFeed(client, name, {}, signal);
      const columns = toColumns(items);
      const fingerprint = fingerprintColumns(columns, createFingerprint())
        .text(JSON.stringify(rest))
        .digest();
      const data: PackedMaster = { ...rest, fingerprint, columns };
      // Kept after the answer has gone to the page: storing clones the set, off its path.
      if (keptScope !== undefined) {
        const record = { scope: keptScope, fingerprint, savedAt: Date.now(), result: data };
        setTimeout(() => void writeKept(name, record), 0);
      }
      if (!full && held.get(name) === fingerprint) return { kind: 'unchanged', fingerprint };
      held.set(name, fingerprint);
      return { kind: 'fresh', data };
    },
  };
}
