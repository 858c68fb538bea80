/// <reference lib="webworker" />
import { createNgsiClient, type NgsiClient } from '../ngsi/client';
import { createProxyFetch, proxyFetchOver } from './proxy-fetch';
import { runFeed } from './run-feed';
import { createMasterKeeper, type MasterKeeper } from './run-master';
import { runTemporal } from './run-temporal';
import { runFlowDay, runPresenceDay } from './run-tourism';
import { toWire, type FromWorker, type ToWorker } from './protocol';

/**
 * Fetches (itself, through the page, or from the embedded mock: see the init message),
 * parses, validates and normalises feeds off the main thread: a poll of thousands of entities
 * is tens of milliseconds of work that would otherwise be a long task on the wall display's
 * main thread.
 */
// TypeScript cannot load the DOM and WebWorker libraries into one program; this file runs
// only as a dedicated worker, so its global scope is that.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => scope.postMessage(message);
const proxy = createProxyFetch(post);
const running = new Map<number, AbortController>();
let client: NgsiClient | undefined;
let masters: MasterKeeper | undefined;

type Job = Extract<ToWorker, { kind: 'run' | 'master' | 'kept' | 'temporal' | 'tourism' }>;

function work(
  m: Job,
  client: NgsiClient,
  masters: MasterKeeper,
  signal: AbortSignal,
): Promise<unknown> {
  switch (m.kind) {
    case 'run':
      return runFeed(client, m.feed, m.query, signal);
    case 'master':
      return masters.run(m.feed, m.full, signal);
    case 'kept':
      return masters.kept(m.feed);
    case 'temporal':
      return runTemporal(client, m.job, signal);
    case 'tourism':
      return m.job.feed === 'presence'
        ? runPresenceDay(client, m.job.date, signal)
        : runFlowDay(client, m.job.date, signal);
  }
}

function start(m: Job): void {
  if (!client || !masters) {
    post({ kind: 'failed', id: m.id, error: { kind: 'other', message: 'worker not initialised' } });
    return;
  }
  const controller = new AbortController();
  running.set(m.id, controller);
  work(m, client, masters, controller.signal)
    .then((result) => post({ kind: 'done', id: m.id, result }))
    .catch((error: unknown) =>
      post({ kind: 'failed', id: m.id, error: toWire(error, controller.signal.aborted) }),
    )
    .finally(() => running.delete(m.id));
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const m = event.data;
  switch (m.kind) {
    case 'init': {
      const { direct, keptScope, ...settings } = m.settings;
      // Mock mode: the mock's worker answers on its port, without the page's main thread.
      const via = m.mockPort ? proxyFetchOver(m.mockPort) : direct ? undefined : proxy.fetch;
      client = createNgsiClient(via ? { ...settings, fetch: via } : settings);
      // The worker script's address names the build that normalised a kept set (its hash
      // changes with the parsers): a set kept by another build is not this one's.
      masters = createMasterKeeper(
        client,
        keptScope === undefined ? undefined : `${keptScope} ${scope.location.href}`,
      );
      return;
    }
    case 'fetched':
    case 'fetch-failed':
      proxy.settle(m);
      return;
    case 'abort':
      running.get(m.id)?.abort();
      return;
    case 'run':
    case 'master':
    case 'kept':
    case 'temporal':
    case 'tourism':
      start(m);
  }
};
