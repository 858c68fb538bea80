import { z } from 'zod';

// JSON-LD value object, as brokers emit typed literals: {"@type":"DateTime","@value":"…"}.
const valueObject = z.strictObject({
  '@value': z.unknown(),
  '@type': z.string().optional(),
  '@language': z.string().optional(),
});

/** NGSI-LD 1.8's null sentinel. */
const NGSI_LD_NULL = 'urn:ngsi-ld:null';

/** A value with JSON-LD literal wrappers removed and the null sentinel read as null. */
export function plainValue(value: unknown): unknown {
  const wrapped = valueObject.safeParse(value);
  const inner = wrapped.success ? wrapped.data['@value'] : value;
  return inner === NGSI_LD_NULL ? null : inner;
}
