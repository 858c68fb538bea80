// Any origin and any prefix before /ngsi-ld/v1, so the same handlers serve the page's own
// origin in the browser and http://127.0.0.1:PORT in Node. msw matches the URL without query.
const BASE = String.raw`\/ngsi-ld\/v1`;

export const PATHS = {
  entities: new RegExp(`${BASE}\\/entities\\/?$`),
  entityById: new RegExp(`${BASE}\\/entities\\/([^/]+)$`),
  types: new RegExp(`${BASE}\\/types\\/?$`),
  temporalEntities: new RegExp(`${BASE}\\/temporal\\/entities\\/?$`),
  anyNgsiLd: new RegExp(`${BASE}(\\/.*)?$`),
} as const;

// NGSI v2 (FIWARE Orion, and QuantumLeap's history) under the same rule: any origin and prefix.
const V2 = String.raw`\/v2`;
export const V2_PATHS = {
  entities: new RegExp(`${V2}\\/entities\\/?$`),
  types: new RegExp(`${V2}\\/types\\/?$`),
  /** QuantumLeap's history of one attribute of a type. */
  typeAttr: new RegExp(`${V2}\\/types\\/([^/]+)\\/attrs\\/([^/]+)$`),
} as const;

/** A percent-encoded path segment decoded; a stray `%` (the client's bug) passed on raw, not a crash. */
export function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The decoded last path segment: entity ids arrive percent-encoded (`urn%3Angsi-ld%3A…`). */
export function lastSegment(url: URL): string {
  // Passed on raw when undecodable, so the broker answers 400.
  return decodeSegment(url.pathname.slice(url.pathname.lastIndexOf('/') + 1));
}
