import type { NgsiRequest } from './request';

/** One answer of the NGSI-LD API, reduced to what the client layer needs. */
export interface NgsiResponse {
  /** 2xx only (200, or 206 when a temporal broker cut the history short). */
  status: number;
  /** Parsed JSON, unvalidated. */
  body: unknown;
  /** `NGSILD-Results-Count`, when the server sent it and CORS lets us read it. */
  resultsCount: number | undefined;
  /** The `rel="next"` page, when the server linked one below the same API base. */
  next: NgsiRequest | undefined;
}

/**
 * How requests reach the broker. HTTP polling is the only implementation today; the client
 * depends on this interface alone so another carrier (e.g. MQTT over WebSocket with
 * request/response topics) can be dropped in without touching paging or parsing.
 *
 * `get` resolves with a 2xx answer, or rejects with an `NgsiClientError`, or — when `signal`
 * aborts — with the signal's own reason, untouched.
 */
export interface NgsiTransport {
  get(request: NgsiRequest, signal?: AbortSignal, options?: GetOptions): Promise<NgsiResponse>;
}

export interface GetOptions {
  /**
   * Only the count is wanted: on a 2xx answer read `NGSILD-Results-Count` from the headers and
   * cancel the body unread (`body` is then undefined) — a broker that ignores `limit=0` would
   * otherwise send every entity to be thrown away. An error answer is read as usual.
   */
  countOnly?: boolean;
}
