import {
  HttpError,
  InvalidResponseError,
  NetworkError,
  ProblemDetailsError,
  TimeoutError,
  isNgsiError,
  type InvalidResponseReason,
} from '../ngsi/errors';
import type { NgsiErrorName } from '../ngsi/problem-details';
import type { NgsiSettings } from '../ngsi/settings';
import type { FeedName } from './feeds';
import type { FeedQuery } from './run-feed';
import type { TemporalJob } from './run-temporal';
import type { TourismJob } from './run-tourism';
import type { MasterName } from './master-feeds';

/** Settings that can cross into a worker (no functions). */
export type WorkerSettings = Omit<NgsiSettings, 'fetch'> & {
  /**
   * The worker makes its requests itself. Otherwise the page makes them for it (proxy-fetch):
   * a signed-in session's token lives there, and without a port to the embedded mock's worker
   * (the init message's `mockPort`) the mock's service worker answers only the page.
   */
  direct?: boolean;
  /** Keep the masters between visits under this scope (run-master.ts); absent: keep nothing. */
  keptScope?: string;
};

/**
 * A request asked for over messages, and its answer: the worker asks the page (which fetches
 * with its service worker and session), or, in mock mode, the embedded mock's own worker.
 */
export type FetchAsk =
  | {
      kind: 'fetch';
      fetchId: number;
      url: string;
      method: string;
      headers: [string, string][];
      /** Text only: the dashboard sends no other bodies. */
      body?: string;
    }
  | { kind: 'fetch-abort'; fetchId: number };

export type FetchAnswer =
  | {
      kind: 'fetched';
      fetchId: number;
      status: number;
      statusText: string;
      headers: [string, string][];
      body: string;
    }
  | { kind: 'fetch-failed'; fetchId: number; message: string; aborted: boolean };

export type ToWorker =
  | {
      kind: 'init';
      settings: WorkerSettings;
      /**
       * Mock mode: the embedded mock's worker answers this worker's requests on this port,
       * without the page (see mocks/worker). Absent: `settings.direct` decides.
       */
      mockPort?: MessagePort;
    }
  | { kind: 'run'; id: number; feed: FeedName; query: FeedQuery }
  | { kind: 'master'; id: number; feed: MasterName; full: boolean }
  | { kind: 'kept'; id: number; feed: MasterName }
  | { kind: 'temporal'; id: number; job: TemporalJob }
  | { kind: 'tourism'; id: number; job: TourismJob }
  | { kind: 'abort'; id: number }
  | FetchAnswer;

export type FromWorker =
  | FetchAsk
  | { kind: 'done'; id: number; result: unknown }
  | { kind: 'failed'; id: number; error: WireError };

/** A transport error as plain data: classes do not survive structured cloning. */
export type WireError =
  | {
      kind: 'problem';
      target: string;
      status: number;
      problemType: string;
      ngsiError: NgsiErrorName | undefined;
      title: string | undefined;
      detail: string | undefined;
      retryAfterMs: number | undefined;
    }
  | {
      kind: 'http';
      target: string;
      status: number;
      statusText: string;
      retryAfterMs: number | undefined;
      excerpt: string;
    }
  | { kind: 'network'; target: string; message: string }
  | { kind: 'timeout'; target: string; timeoutMs: number }
  | {
      kind: 'invalid-response';
      target: string;
      status: number;
      reason: InvalidResponseReason;
      excerpt: string;
      message: string;
    }
  | { kind: 'abort'; message: string }
  | { kind: 'other'; message: string };

export function toWire(error: unknown, aborted: boolean): WireError {
  if (aborted) return { kind: 'abort', message: 'aborted' };
  if (!isNgsiError(error))
    return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
  switch (error.kind) {
    case 'problem':
      return {
        kind: 'problem',
        target: error.target,
        status: error.status,
        problemType: error.problemType,
        ngsiError: error.ngsiError,
        title: error.title,
        detail: error.detail,
        retryAfterMs: error.retryAfterMs,
      };
    case 'http':
      return {
        kind: 'http',
        target: error.target,
        status: error.status,
        statusText: error.statusText,
        retryAfterMs: error.retryAfterMs,
        excerpt: error.excerpt,
      };
    case 'network':
      return { kind: 'network', target: error.target, message: error.message };
    case 'timeout':
      return { kind: 'timeout', target: error.target, timeoutMs: error.timeoutMs };
    case 'invalid-response':
      return {
        kind: 'invalid-response',
        target: error.target,
        status: error.status,
        reason: error.reason,
        excerpt: error.excerpt,
        message: error.message,
      };
  }
}

/** Rebuilds the typed error on the main thread, so retry rules and messages see the same class. */
export function fromWire(wire: WireError): Error {
  switch (wire.kind) {
    case 'problem':
      return new ProblemDetailsError(wire);
    case 'http':
      return new HttpError(wire);
    case 'network':
      return new NetworkError({ target: wire.target, cause: undefined, message: wire.message });
    case 'timeout':
      return new TimeoutError(wire);
    case 'invalid-response':
      return new InvalidResponseError({
        ...wire,
        description: wire.message.replace(/^invalid response \([^)]*\): /, ''),
      });
    case 'abort':
      return new DOMException(wire.message, 'AbortError');
    case 'other':
      return new Error(wire.message);
  }
}
