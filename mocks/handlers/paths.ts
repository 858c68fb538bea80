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

/** The decoded last path segment: entity ids arrive percent-encoded (`urn%3Angsi-ld%3A…`). */
export function lastSegment(url: URL): string {
  const raw = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(raw);
  } catch {
    // A stray `%` is the client's bug: pass it on raw so the broker answers 400, not a crash.
    return raw;
  }
}
