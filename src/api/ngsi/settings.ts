/** What the NGSI-LD client needs from runtime configuration (public/config.json). */
export interface NgsiSettings {
  /** Absolute, or relative to the page ("" = origin root, "." = beside index.html). */
  apiBaseUrl: string;
  /** JSON-LD @context sent in the Link header; without it a broker answers `[]` for short type names. */
  contextUrl: string;
  /** Sent as `NGSILD-Tenant` when non-empty. */
  tenant?: string;
  /** A fixed credential header, e.g. `Authorization: Bearer …` or `X-Api-Key: …`. Never logged. */
  authHeader?: { name: string; value: string };
  /**
   * The page's address, against which a relative `apiBaseUrl` is resolved. Default: the
   * current location — which in a worker is the worker script's, so whoever starts a worker
   * passes the page's (createWorkerFeedRunner does).
   */
  pageHref?: string;
  /** Per request, including reading the body. Default 20 000. */
  timeoutMs?: number;
  /** Injectable for tests and for wrapping (e.g. a worker's fetch). Default: the global fetch. */
  fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
