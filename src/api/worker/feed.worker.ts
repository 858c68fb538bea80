/// <reference lib="webworker" />
import '../../config/zod-setup';
import { createNgsiClient, type NgsiClient } from '../ngsi/client';
import { createProxyFetch } from './proxy-fetch';
import { runFeed } from './run-feed';
import { runTemporal } from './run-temporal';
import { runFlowDay, runPresenceDay } from './run-tourism';
import { toWire, type FromWorker, type ToWorker } from './protocol';

/**
 * Fetches (through the page), parses, validates and normalises feeds off the main thread:
 * a poll of thousands of entities is tens of milliseconds of work that would otherwise be
 * a long task on the wall display's main thread.
 */
// TypeScript cannot load the DOM and WebWorker libraries into one program; this file runs
// only as a dedicated worker, so its global scope is that.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => scope.postMessage(message);
const proxy = createProxyFetch(post);
const running = new Map<number, AbortController>();
let client: NgsiClient | undefined;

function start(m: Extract<ToWorker, { kind: 'run' | 'temporal' | 'tourism' }>): void {
  if (!client) {
    post({ kind: 'failed', id: m.id, error: { kind: 'other', message: 'worker not initialised' } });
    return;
  }
  const controller = new AbortController();
  running.set(m.id, controller);
  const work: Promise<unknown> =
    m.kind === 'run'
      ? runFeed(client, m.feed, m.query, controller.signal)
      : m.kind === 'temporal'
        ? runTemporal(client, m.job, controller.signal)
        : m.job.feed === 'presence'
          ? runPresenceDay(client, m.job.date, controller.signal)
          : runFlowDay(client, m.job.date, controller.signal);
  work
    .then((result) => post({ kind: 'done', id: m.id, result }))
    .catch((error: unknown) =>
      post({ kind: 'failed', id: m.id, error: toWire(error, controller.signal.aborted) }),
    )
    .finally(() => running.delete(m.id));
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const m = event.data;
  switch (m.kind) {
    case 'init':
      client = createNgsiClient({ ...m.settings, fetch: proxy.fetch });
      return;
    case 'fetched':
    case 'fetch-failed':
      proxy.settle(m);
      return;
    case 'abort':
      running.get(m.id)?.abort();
      return;
    case 'run':
    case 'temporal':
    case 'tourism':
      start(m);
  }
};
