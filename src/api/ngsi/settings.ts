/** What the NGSI-LD client needs from runtime configuration (public/config.json). */
export interface NgsiSettings {
  /** Absolute, or relative to the page ("" = origin root, "." = beside index.html). */
  apiBaseUrl: string;
  /** JSON-LD @context sent in the Link header; without it a broker answers `[]` for short type names. */
  contextUrl: string;
  /** Sent as `NGSILD-Tenant` (NGSI v2: `Fiware-Service`, lower case) when non-empty. */
  tenant?: string;
  /** `ngsi-ld` (default) or `ngsi-v2`: FIWARE Orion's API (contract §5). */
  dialect?: 'ngsi-ld' | 'ngsi-v2';
  /** NGSI v2 only: `Fiware-ServicePath` (default `/#`, the whole tree). */
  servicePath?: string;
  /** NGSI v2 only: QuantumLeap's base URL (history); default `apiBaseUrl`. */
  temporalBaseUrl?: string;
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
