/**
 * Retry policy helpers for the query layer (the transport itself never retries a failed
 * request, so that cancellation, backoff and user feedback are decided in one place).
 */
import {
  HttpError,
  InvalidResponseError,
  NetworkError,
  ProblemDetailsError,
  TimeoutError,
} from './errors';

/**
 * Parses `Retry-After` (delta-seconds or an HTTP date) into milliseconds from `now`.
 * Undefined when absent or unreadable; never negative.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Date.parse also accepts bare numbers and odd strings; an HTTP date always names a weekday.
  if (!/^[A-Za-z]{3},/.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Statuses worth retrying: transient server or gateway trouble, rate limits, request timeouts. */
function retryableStatus(status: number): boolean {
  // 501/505 say the server cannot do this at all (e.g. no temporal API); retrying won't help.
  if (status === 501 || status === 505) return false;
  return status >= 500 || status === 429 || status === 408;
}

/**
 * Whether a failed request may succeed if repeated: timeouts, network failures, 5xx, 429,
 * and bodies cut short in transit. Other 4xx, wrong-shape bodies and aborts are final.
 */
export function isRetryable(error: unknown): boolean {
  if (error instanceof TimeoutError || error instanceof NetworkError) return true;
  if (error instanceof HttpError || error instanceof ProblemDetailsError)
    return retryableStatus(error.status);
  if (error instanceof InvalidResponseError) return error.reason === 'truncated';
  return false;
}

export interface RetryDelayOptions {
  /** Ceiling of the first backoff window; doubles per attempt. Default 1 s. */
  baseMs?: number;
  /** Largest backoff window. Default 30 s. */
  maxMs?: number;
  /** Largest wait honoured from `Retry-After`, so a bad header cannot park a panel for hours. Default 5 min. */
  maxRetryAfterMs?: number;
  /** Injectable for tests; must return [0, 1). */
  random?: () => number;
}

function retryAfterOf(error: unknown): number | undefined {
  return error instanceof HttpError || error instanceof ProblemDetailsError
    ? error.retryAfterMs
    : undefined;
}

/**
 * Delay before retry number `attempt` (0 for the first retry, as TanStack Query's
 * `retryDelay(failureCount, error)` passes it). Exponential backoff with full jitter, so
 * many dashboards recovering from one outage do not hit the broker in lockstep; when the
 * server sent `Retry-After`, that wins (capped by `maxRetryAfterMs`).
 */
export function retryDelayMs(
  attempt: number,
  error: unknown,
  options: RetryDelayOptions = {},
): number {
  const {
    baseMs = 1000,
    maxMs = 30_000,
    maxRetryAfterMs = 300_000,
    random = Math.random,
  } = options;
  const retryAfter = retryAfterOf(error);
  if (retryAfter !== undefined) return Math.min(retryAfter, maxRetryAfterMs);
  const safeAttempt = Number.isFinite(attempt) ? Math.min(Math.max(0, Math.floor(attempt)), 30) : 0;
  const window = Math.min(maxMs, baseMs * 2 ** safeAttempt);
  const r = random();
  const unit = Number.isFinite(r) ? Math.min(Math.max(r, 0), 1) : 0;
  return Math.floor(unit * window);
}

/**
 * When a polled feed should ask next: its poll interval, or later when the last failure
 * carried `Retry-After` (capped like `retryDelayMs`), so the server's wait holds across polls
 * too and not only between the retries of one poll.
 */
export function nextPollMs(
  pollMs: number,
  lastError: unknown,
  options: Pick<RetryDelayOptions, 'maxRetryAfterMs'> = {},
): number {
  const { maxRetryAfterMs = 300_000 } = options;
  const retryAfter = retryAfterOf(lastError);
  return retryAfter === undefined
    ? pollMs
    : Math.max(pollMs, Math.min(retryAfter, maxRetryAfterMs));
}
