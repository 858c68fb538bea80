import { ERROR_STATUS, problemDetails } from './problem';

/**
 * Fault injection: the next N matching requests get a canned bad answer instead of (or on top
 * of) the broker's, so tests can drive the client through gateway errors, timeouts and
 * garbage. Pure state; the handlers apply it.
 */
export interface FaultSpec {
  /** Answer with this status instead of the broker's answer. Omit to serve the real answer. */
  status?: number;
  /** Raw body text of the canned answer (HTML, half a JSON document, nothing…). */
  body?: string;
  contentType?: string;
  headers?: Record<string, string>;
  /** Wait this long before answering (a timeout, from the client's point of view). */
  delayMs?: number;
  /** Serve the real answer, cut after this many characters (truncated JSON). */
  truncateAt?: number;
  /** How many requests this fault answers; default 1. `Infinity` keeps it until cleared. */
  times?: number;
  /**
   * Serve the real answer with every entity of a list padded by an extra Property, so the
   * body is about this many times its real size (an oversized payload). Ignored for other answers.
   */
  inflate?: number;
  /** Only requests whose path contains this string, e.g. `/temporal/`. */
  pathIncludes?: string;
  /** Only requests whose query string contains this text, e.g. `type=EvacuationShelter`. */
  queryIncludes?: string;
}

export class FaultQueue {
  private queue: { spec: FaultSpec; left: number }[] = [];

  add(spec: FaultSpec): void {
    this.queue.push({ spec, left: spec.times ?? 1 });
  }

  /**
   * The fault for a request to `path` with query string `query`, if any, counting it as used.
   * First added, first used.
   */
  take(path: string, query = ''): FaultSpec | undefined {
    const entry = this.queue.find(
      (f) =>
        f.left > 0 &&
        (f.spec.pathIncludes === undefined || path.includes(f.spec.pathIncludes)) &&
        (f.spec.queryIncludes === undefined || query.includes(f.spec.queryIncludes)),
    );
    if (!entry) return undefined;
    entry.left -= 1;
    this.queue = this.queue.filter((f) => f.left > 0);
    return entry.spec;
  }

  pending(): number {
    return this.queue.length;
  }

  clear(): void {
    this.queue = [];
  }
}

const HTML_502 =
  '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>';

/** The faults seen in the wild in front of NGSI-LD brokers (contract §1, Errors). */
export const FAULTS = {
  /** A gateway's HTML error page. */
  html502: (): FaultSpec => ({
    status: 502,
    body: HTML_502,
    contentType: 'text/html; charset=utf-8',
  }),
  /** Maintenance or overload with no body and a Retry-After. */
  empty503: (retryAfterSeconds = 30): FaultSpec => ({
    status: 503,
    body: '',
    headers: { 'Retry-After': String(retryAfterSeconds) },
  }),
  /** An API gateway rejecting the credentials, with a body that is not ProblemDetails. */
  unauthorized401: (): FaultSpec => ({
    status: 401,
    body: '{"message":"Unauthorized"}',
    contentType: 'application/json',
    headers: { 'WWW-Authenticate': 'Bearer' },
  }),
  forbidden403: (): FaultSpec => ({
    status: 403,
    body: '{"message":"Forbidden"}',
    contentType: 'application/json',
  }),
  tooManyRequests429: (retryAfterSeconds = 5): FaultSpec => ({
    status: 429,
    body: '',
    headers: { 'Retry-After': String(retryAfterSeconds) },
  }),
  /** An answer slow enough that the client's timeout fires first. */
  timeout: (delayMs = 60_000): FaultSpec => ({ delayMs }),
  /** The real answer cut mid-document. */
  truncatedJson: (at = 64): FaultSpec => ({ truncateAt: at }),
  /** A 200 whose body is not JSON at all (a proxy rewriting the answer, a wrong endpoint). */
  notJson200: (): FaultSpec => ({
    status: 200,
    body: 'OK <not json>',
    contentType: 'application/json',
  }),
  /** The broker cannot fetch the JSON-LD @context named in the request's Link header. */
  ldContextNotAvailable: (): FaultSpec => ({
    status: ERROR_STATUS.LdContextNotAvailable,
    body: JSON.stringify(
      problemDetails(
        'LdContextNotAvailable',
        'LD context not available',
        'the @context named in the Link header could not be retrieved',
      ),
    ),
    contentType: 'application/json',
  }),
  /** The NGSILD-Tenant sent is not known to the broker (dropped, renamed, never created). */
  nonexistentTenant: (): FaultSpec => ({
    status: ERROR_STATUS.NonexistentTenant,
    body: JSON.stringify(
      problemDetails('NonexistentTenant', 'Tenant not found', 'the tenant does not exist'),
    ),
    contentType: 'application/json',
  }),
  /** The real answer padded to about `factor` times its size. */
  inflated: (factor = 10): FaultSpec => ({ inflate: factor }),
  /** A broker failure with a proper ProblemDetails body. */
  internalError500: (): FaultSpec => ({
    status: 500,
    body: JSON.stringify({
      type: 'https://uri.etsi.org/ngsi-ld/errors/InternalError',
      title: 'Internal error',
      status: 500,
      detail: 'injected fault',
    }),
    contentType: 'application/json',
  }),
  /** FIWARE Orion's (NGSI v2) error body for the same failure (contract §5, Errors). */
  v2InternalError500: (): FaultSpec => ({
    status: 500,
    body: JSON.stringify({ error: 'InternalServerError', description: 'injected fault' }),
    contentType: 'application/json',
  }),
} as const satisfies Record<string, (arg?: number) => FaultSpec>;

export type FaultPreset = keyof typeof FAULTS;
