import { createNgsiClient } from '../ngsi/client';
import type { NgsiSettings } from '../ngsi/settings';
import type { FeedRunner } from './feed-runner';
import { runFeed } from './run-feed';
import { createMasterKeeper } from './run-master';
import { runTemporal } from './run-temporal';
import { runFlowDay, runPresenceDay } from './run-tourism';

/** The feeds' work on the calling thread (see createFeedRunner): what the worker runs, called directly. */
export function createInlineFeedRunner(settings: NgsiSettings, keptScope?: string): FeedRunner {
  const client = createNgsiClient(settings);
  const masters = createMasterKeeper(client, keptScope);
  return {
    run: (name, query, signal) => runFeed(client, name, query, signal),
    master: (name, full, signal) => masters.run(name, full, signal),
    kept: (name) => masters.kept(name),
    temporal: (job, signal) => runTemporal(client, job, signal),
    presenceDay: (date, signal) => runPresenceDay(client, date, signal),
    flowDay: (date, signal) => runFlowDay(client, date, signal),
    dispose: () => undefined,
  };
}
