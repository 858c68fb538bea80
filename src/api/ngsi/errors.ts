/**
 * Typed failures of the NGSI-LD transport. Every rejection of an `NgsiClient` method is one
 * of these, or the caller's own abort reason (see `isAbortError`), so the query layer can
 * branch on `error.kind` without string matching. Messages never contain request headers.
 */
import type { NgsiErrorName } from './problem-details';

interface ErrorBaseInit {
  /** Path and query below the API base, e.g. `/entities?type=X&limit=500`: no host, no headers. */
  target: string;
}

abstract class NgsiErrorBase extends Error {
  abstract readonly kind: string;
  readonly target: string;
  constructor(message: string, init: ErrorBaseInit, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.target = init.target;
  }
}

export interface ProblemDetailsInit extends ErrorBaseInit {
  status: number;
  /** The `type` URI exactly as sent. */
  problemType: string;
  /** The NGSI-LD error name when `problemType` is one the spec defines. */
  ngsiError: NgsiErrorName | undefined;
  title: string | undefined;
  detail: string | undefined;
  retryAfterMs: number | undefined;
}

/** The server answered with an RFC 7807 ProblemDetails body. */
export class ProblemDetailsError extends NgsiErrorBase {
  readonly kind = 'problem' as const;
  override readonly name = 'ProblemDetailsError';
  readonly status: number;
  readonly problemType: string;
  readonly ngsiError: NgsiErrorName | undefined;
  readonly title: string | undefined;
  readonly detail: string | undefined;
  readonly retryAfterMs: number | undefined;
  constructor(init: ProblemDetailsInit) {
    super(
      `${init.status} ${init.ngsiError ?? init.problemType}${init.title === undefined ? '' : `: ${init.title}`}`,
      init,
    );
    this.status = init.status;
    this.problemType = init.problemType;
    this.ngsiError = init.ngsiError;
    this.title = init.title;
    this.detail = init.detail;
    this.retryAfterMs = init.retryAfterMs;
  }
}

export interface HttpErrorInit extends ErrorBaseInit {
  status: number;
  statusText: string;
  retryAfterMs: number | undefined;
  /** A short, single-line start of the body, for diagnostics only. */
  excerpt: string;
}

/** A non-2xx answer without a ProblemDetails body (gateway HTML page, empty 503, bare 401). */
export class HttpError extends NgsiErrorBase {
  readonly kind = 'http' as const;
  override readonly name = 'HttpError';
  readonly status: number;
  readonly statusText: string;
  readonly retryAfterMs: number | undefined;
  readonly excerpt: string;
  constructor(init: HttpErrorInit) {
    super(`HTTP ${init.status}${init.statusText === '' ? '' : ` ${init.statusText}`}`, init);
    this.status = init.status;
    this.statusText = init.statusText;
    this.retryAfterMs = init.retryAfterMs;
    this.excerpt = init.excerpt;
  }
}

/** fetch itself failed: connection refused, DNS, offline, or blocked by CORS. */
export class NetworkError extends NgsiErrorBase {
  readonly kind = 'network' as const;
  override readonly name = 'NetworkError';
  constructor(init: ErrorBaseInit & { cause: unknown; message?: string }) {
    super(
      init.message ?? 'network request failed (offline, refused, or blocked by CORS)',
      init,
      init.cause,
    );
  }
}

/** The request, including reading its body, took longer than the client's own timeout. */
export class TimeoutError extends NgsiErrorBase {
  readonly kind = 'timeout' as const;
  override readonly name = 'TimeoutError';
  readonly timeoutMs: number;
  constructor(init: ErrorBaseInit & { timeoutMs: number }) {
    super(`no complete answer within ${init.timeoutMs} ms`, init);
    this.timeoutMs = init.timeoutMs;
  }
}

/** `truncated`: JSON that stops early (a cut connection); `wrong-shape`: e.g. object for array. */
export type InvalidResponseReason = 'not-json' | 'truncated' | 'wrong-shape';

export interface InvalidResponseInit extends ErrorBaseInit {
  status: number;
  reason: InvalidResponseReason;
  /** A short, single-line start of the body, never the whole body. */
  excerpt: string;
  description: string;
}

/** A 2xx answer whose body is not the JSON the NGSI-LD API promises. */
export class InvalidResponseError extends NgsiErrorBase {
  readonly kind = 'invalid-response' as const;
  override readonly name = 'InvalidResponseError';
  readonly status: number;
  readonly reason: InvalidResponseReason;
  readonly excerpt: string;
  constructor(init: InvalidResponseInit) {
    super(`invalid response (${init.reason}): ${init.description}`, init);
    this.status = init.status;
    this.reason = init.reason;
    this.excerpt = init.excerpt;
  }
}

export type NgsiClientError =
  ProblemDetailsError | HttpError | NetworkError | TimeoutError | InvalidResponseError;
export type NgsiErrorKind = NgsiClientError['kind'];

export function isNgsiError(error: unknown): error is NgsiClientError {
  return (
    error instanceof ProblemDetailsError ||
    error instanceof HttpError ||
    error instanceof NetworkError ||
    error instanceof TimeoutError ||
    error instanceof InvalidResponseError
  );
}

/**
 * True for a cancellation by the caller (e.g. TanStack Query cancelling a stale fetch). The
 * client rethrows the caller's abort reason untouched; it must not be shown as a failure.
 */
export function isAbortError(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError'
  );
}

/** HTTP status carried by an error, if any. */
export function statusOf(error: unknown): number | undefined {
  return error instanceof ProblemDetailsError ||
    error instanceof HttpError ||
    error instanceof InvalidResponseError
    ? error.status
    : undefined;
}
