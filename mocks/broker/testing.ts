/** Helpers for the broker's own tests (not shipped to the browser: only tests import this). */
import { DEFAULT_CONTEXT_URL, JSON_LD_CONTEXT_REL } from './constants';
import type { BrokerRequest } from './http';
import type { JsonObject, JsonValue, NgsiEntity } from './json';

export const CONTEXT_LINK = `<${DEFAULT_CONTEXT_URL}>; rel="${JSON_LD_CONTEXT_REL}"; type="application/ld+json"`;

/** A request for `path` (relative to /ngsi-ld/v1) that names the broker's context unless told not to. */
export function brokerRequest(
  path: string,
  headers: Record<string, string> = {},
  withContext = true,
): BrokerRequest {
  const h = new Headers({ Accept: 'application/json', ...headers });
  if (withContext && !h.has('Link')) h.set('Link', CONTEXT_LINK);
  return { url: new URL(`http://mock.test/ngsi-ld/v1${path}`), headers: h };
}

const prop = (value: JsonValue, observedAt?: string): JsonObject =>
  observedAt ? { type: 'Property', value, observedAt } : { type: 'Property', value };

/** A live-overlay shelter (contract §2.2) small enough to reason about in a table. */
export function shelter(
  n: number,
  status: string,
  evacuees: number | null,
  observedAt?: string,
): NgsiEntity {
  const entity: NgsiEntity = {
    id: `urn:ngsi-ld:EvacuationShelter:${n}`,
    type: 'EvacuationShelter',
    openingStatus: prop(status, observedAt),
    localGovernmentCode: prop('422011'),
    address: prop({ addressLocality: n % 2 === 0 ? '長崎市' : '佐世保市', postalCode: `85${n}` }),
    location: { type: 'GeoProperty', value: { type: 'Point', coordinates: [129.87, 32.75] } },
    project: { type: 'Relationship', object: 'urn:ngsi-ld:DisasterEvent:2026-typhoon-10' },
  };
  if (evacuees !== null) entity.evacueeTotal = prop(evacuees, observedAt);
  return entity;
}

/** The body of a list answer, asserting it is one. */
export function asList(body: JsonValue | undefined): Record<string, JsonValue>[] {
  if (!Array.isArray(body)) throw new Error(`expected an array, got ${JSON.stringify(body)}`);
  return body.map((item) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      throw new Error('expected objects');
    return item;
  });
}
