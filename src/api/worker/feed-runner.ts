import type { NgsiSettings } from '../ngsi/settings';
import type { FeedName, FeedTypes } from './feeds';
import { fromWire, type FromWorker, type ToWorker, type WorkerSettings } from './protocol';
import type { FeedQuery, FeedResult } from './run-feed';
import type { MasterName } from './master-feeds';
import type { KeptMaster, MasterAnswer } from './run-master';
import { unpackAnswer, unpackKept, type KeptPacked, type PackedAnswer } from './packed-master';
import type { TemporalJob, TemporalResult } from './run-temporal';
import type { FlowDayResult, PresenceDayResult } from './run-tourism';
import { createAskAnswerer } from './proxy-fetch';

export interface FeedRunner {
  run<N extends FeedName>(
    name: N,
    query: FeedQuery,
    signal?: AbortSignal,
  ): Promise<FeedResult<FeedTypes[N]>>;
  /**
   * A master feed read whole. `full`: send the set even if it is the one the page already
   * holds (otherwise that answer is `unchanged`).
   */
  master<N extends MasterName>(
    name: N,
    full: boolean,
    signal?: AbortSignal,
  ): Promise<MasterAnswer<FeedTypes[N]>>;
  /** The master set kept from an earlier visit in the same scope, if any (see run-master.ts). */
  kept<N extends MasterName>(name: N): Promise<KeptMaster<FeedTypes[N]> | null>;
  temporal(job: TemporalJob, signal?: AbortSignal): Promise<TemporalResult>;
  /** One JST day of hourly presence, fetched, validated and packed. */
  presenceDay(date: string, signal?: AbortSignal): Promise<PresenceDayResult>;
  /** Flows starting on one JST day, fetched, validated, overlaps resolved. */
  flowDay(date: string, signal?: AbortSignal): Promise<FlowDayResult>;
  dispose(): void;
}

/**
 * Same work on the calling thread: for tests in jsdom and browsers without module workers. Its
 * code (every parser and its schemas) is loaded only then: a page with workers never fetches it.
 */
function createLazyInlineFeedRunner(settings: NgsiSettings, keptScope?: string): FeedRunner {
  const loading = import('./inline-runner').then((m) =>
    m.createInlineFeedRunner(settings, keptScope),
  );
  return {
    run: (name, query, signal) => loading.then((r) => r.run(name, query, signal)),
    master: (name, full, signal) => loading.then((r) => r.master(name, full, signal)),
    kept: (name) => loading.then((r) => r.kept(name)),
    temporal: (job, signal) => loading.then((r) => r.temporal(job, signal)),
    presenceDay: (date, signal) => loading.then((r) => r.presenceDay(date, signal)),
    flowDay: (date, signal) => loading.then((r) => r.flowDay(date, signal)),
    dispose: () => undefined,
  };
}

/**
 * Runs feeds in a module worker. The page only fetches bytes for it (see proxy-fetch.ts)
 * and receives normalised entities; parsing and validation never touch the main thread.
 */
export function createWorkerFeedRunner(
  settings: WorkerSettings,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  mockPort?: MessagePort,
): FeedRunner {
  const worker = new Worker(new URL('./feed.worker.ts', import.meta.url), {
    type: 'module',
    name: 'ngsi-feeds',
  });
  const post = (m: ToWorker) => worker.postMessage(m);
  const calls = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  // The requests the worker asks the page to make for it (proxy-fetch.ts).
  const asks = createAskAnswerer(
    (url, init) => fetchImpl(url, { ...init, cache: 'no-store' }),
    post,
  );
  let nextId = 1;

  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const m = event.data;
    if (m.kind === 'fetch' || m.kind === 'fetch-abort') asks.handle(m);
    else {
      const call = calls.get(m.id);
      calls.delete(m.id);
      if (m.kind === 'done') call?.resolve(m.result);
      else call?.reject(fromWire(m.error));
    }
  };
  // Relative API bases are the page's, not the worker script's (in /assets/).
  const init: ToWorker = {
    kind: 'init',
    settings: { ...settings, pageHref: settings.pageHref ?? location.href },
    ...(mockPort && { mockPort }),
  };
  worker.postMessage(init, mockPort ? [mockPort] : []);

  /**
   * Sends one job and resolves with what the worker computed. The worker runs the very
   * function named by the job, so the result has its shape by construction; validating it
   * again here would cost what the worker saves.
   */
  function call<T>(signal: AbortSignal | undefined, message: (id: number) => ToWorker): Promise<T> {
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      signal?.addEventListener('abort', () => post({ kind: 'abort', id }), { once: true });
      calls.set(id, { resolve: (v) => resolve(v as T), reject });
      post(message(id));
    });
  }

  return {
    run: <N extends FeedName>(name: N, query: FeedQuery, signal?: AbortSignal) =>
      call<FeedResult<FeedTypes[N]>>(signal, (id) => ({ kind: 'run', id, feed: name, query })),
    // The masters cross packed as columns (designation-columns.ts) and are unpacked here.
    master: <N extends MasterName>(name: N, full: boolean, signal?: AbortSignal) =>
      call<PackedAnswer>(signal, (id) => ({ kind: 'master', id, feed: name, full })).then(
        (packed): MasterAnswer<FeedTypes[N]> => unpackAnswer<N>(packed),
      ),
    kept: <N extends MasterName>(name: N) =>
      call<KeptPacked | null>(undefined, (id) => ({ kind: 'kept', id, feed: name })).then(
        (packed): KeptMaster<FeedTypes[N]> | null => unpackKept<N>(packed),
      ),
    temporal: (job: TemporalJob, signal?: AbortSignal) =>
      call<TemporalResult>(signal, (id) => ({ kind: 'temporal', id, job })),
    presenceDay: (date: string, signal?: AbortSignal) =>
      call<PresenceDayResult>(signal, (id) => ({
        kind: 'tourism',
        id,
        job: { feed: 'presence', date },
      })),
    flowDay: (date: string, signal?: AbortSignal) =>
      call<FlowDayResult>(signal, (id) => ({ kind: 'tourism', id, job: { feed: 'flows', date } })),
    dispose() {
      worker.terminate();
      asks.abortAll();
    },
  };
}

/**
 * `fetchImpl`: how the page makes the requests (e.g. with a sign-in token). `mockPort`: in mock
 * mode, where the mock's worker answers the feed worker directly (the inline runner, without
 * workers, fetches through the page's service worker instead).
 */
export function createFeedRunner(
  settings: WorkerSettings,
  fetchImpl?: typeof fetch,
  mockPort?: MessagePort,
): FeedRunner {
  if (typeof Worker !== 'undefined') return createWorkerFeedRunner(settings, fetchImpl, mockPort);
  return createLazyInlineFeedRunner(
    fetchImpl === undefined ? settings : { ...settings, fetch: fetchImpl },
    settings.keptScope,
  );
}
