import { createNgsiClient } from '../ngsi/client';
import type { NgsiSettings } from '../ngsi/settings';
import type { FeedRunner } from './feed-runner';
import { runFeed } from './run-feed';
import { createMasterKeeper } from './run-master';
import { unpackAnswer, unpackKept } from './packed-master';
import type { MasterName } from './master-feeds';
import { runTemporal } from './run-temporal';
import { runFlowDay, runPresenceDay } from './run-tourism';

/** The feeds' work on the calling thread (see createFeedRunner): what the worker runs, called directly. */
export function createInlineFeedRunner(settings: NgsiSettings, keptScope?: string): FeedRunner {
  const client = createNgsiClient(settings);
  const masters = createMasterKeeper(client, keptScope);
  return {
    run: (name, query, signal) => runFeed(client, name, query, signal),
    master: <N extends MasterName>(name: N, full: boolean, signal?: AbortSignal) =>
      masters.run(name, full, signal).then((packed) => unpackAnswer<N>(packed)),
    kept: <N extends MasterName>(name: N) =>
      masters.kept(name).then((packed) => unpackKept<N>(packed)),
    temporal: (job, signal) => runTemporal(client, job, signal),
    presenceDay: (date, signal) => runPresenceDay(client, date, signal),
    flowDay: (date, signal) => runFlowDay(client, date, signal),
    dispose: () => undefined,
  };
}
