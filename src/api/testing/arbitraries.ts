/**
 * fast-check arbitraries for the property tests of the NGSI-LD parsers: hostile input of any
 * shape, and valid entities of each type in each representation (normalized, concise,
 * keyValues), built from the contract (shared/contract/linkage-api.md).
 */
import fc from 'fast-check';
import { MUNICIPALITIES, checkDigit } from '../../domain/municipalities';
import { HAZARD_TYPES } from '../../domain/types';

/** Values JSON cannot carry but a buggy producer or a JS caller can. */
const oddScalars = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  Number.MAX_SAFE_INTEGER + 2,
  '',
  ' ',
  '\u0000',
  '<script>alert(1)</script>',
  '2026-02-30',
  '9'.repeat(400),
);

/** Objects whose keys try to reach a prototype (as JSON.parse would deliver them). */
const pollution = fc.constantFrom(
  JSON.parse('{"__proto__":{"polluted":true}}') as unknown,
  JSON.parse('{"constructor":{"prototype":{"polluted":true}}}') as unknown,
  JSON.parse(
    '{"id":"urn:x","type":"EvacuationShelter","__proto__":{"type":"Property","value":1}}',
  ) as unknown,
);

/** Anything at all: JSON of any depth and shape, odd scalars, prototype-pollution keys. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { depthSize: 'small' },
  fc.jsonValue({ maxDepth: 6 }),
  fc.anything({ maxDepth: 4, withBigInt: false, withMap: true, withSet: true, withDate: true }),
  oddScalars,
  pollution,
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 40 }),
);

/** An entity head with hostile members: the shape passes the first look, the content need not. */
export const hostileEntity = (type: string): fc.Arbitrary<unknown> =>
  fc.record({
    id: fc.oneof(fc.constant(`urn:ngsi-ld:${type}:x`), fc.string(), hostile),
    type: fc.oneof(fc.constant(type), fc.string(), hostile),
    name: hostile,
    localGovernmentCode: hostile,
    location: hostile,
    openingStatus: hostile,
    evacueeTotal: hostile,
    visitorCount: hostile,
    alertLevel: hostile,
  });

export const municipalityCode = fc
  .constantFrom(...MUNICIPALITIES.map((m) => m.code))
  .chain((code) => fc.constantFrom(code, `${code}${checkDigit(code)}`));

/** Text as providers send it, including markup that must stay text. */
export const displayName = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0),
  fc.constantFrom(
    '長崎市立山里小学校',
    '<img src=x onerror=alert(1)>体育館',
    '"; DROP TABLE x; --',
  ),
);

/** A point inside the prefecture's box (contract §4: lon 128.3–130.4, lat 31.9–34.8). */
export const pointInBox = fc.record({
  type: fc.constant('Point'),
  coordinates: fc.tuple(
    fc.double({ min: 128.4, max: 130.3, noNaN: true }),
    fc.double({ min: 32.0, max: 34.7, noNaN: true }),
  ),
});

const isoInstant = fc
  .integer({ min: Date.parse('2024-01-01T00:00:00Z'), max: Date.parse('2027-01-01T00:00:00Z') })
  .map((ms) => new Date(ms).toISOString());

const jstDate = fc
  .integer({ min: Date.parse('2024-01-01T00:00:00Z'), max: Date.parse('2026-12-31T00:00:00Z') })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

export type Kind = 'Property' | 'GeoProperty' | 'Relationship';
/** A valid entity as plain values, with what kind each attribute is. */
export interface PlainEntity {
  id: string;
  type: string;
  attrs: Record<string, { kind: Kind; value: unknown; observedAt?: string }>;
}

const p = (value: unknown, observedAt?: string) => ({
  kind: 'Property' as const,
  value,
  ...(observedAt !== undefined && { observedAt }),
});

export const overlayEntity: fc.Arbitrary<PlainEntity> = fc
  .record({
    serial: fc.integer({ min: 1, max: 99_999 }),
    code: municipalityCode,
    status: fc.constantFrom('open', 'closed', 'full'),
    evacuees: fc.option(fc.nat({ max: 5_000 }), { nil: undefined }),
    households: fc.option(fc.nat({ max: 2_000 }), { nil: undefined }),
    capacity: fc.option(fc.integer({ min: 1, max: 5_000 }), { nil: undefined }),
    label: fc.option(displayName, { nil: undefined }),
    at: isoInstant,
  })
  .map(({ serial, code, status, evacuees, households, capacity, label, at }) => {
    const nid = `E${code.slice(0, 5)}${String(serial).padStart(5, '0')}111`;
    const attrs: PlainEntity['attrs'] = {
      nationalShelterId: p(nid),
      localGovernmentCode: p(code),
      openingStatus: p(status, at),
    };
    if (evacuees !== undefined) attrs.evacueeTotal = p(evacuees, at);
    if (households !== undefined) attrs.evacueeHouseholds = p(households, at);
    if (capacity !== undefined) attrs.maxCapacity = p(capacity);
    if (label !== undefined) attrs.statusLabel = p(label);
    return { id: `urn:ngsi-ld:EvacuationShelter:${nid}`, type: 'EvacuationShelter', attrs };
  });

export const siteEntity: fc.Arbitrary<PlainEntity> = fc
  .record({
    serial: fc.integer({ min: 1, max: 99_999 }),
    code: municipalityCode,
    name: displayName,
    location: pointInBox,
    hazards: fc.uniqueArray(fc.constantFrom(...HAZARD_TYPES), { minLength: 1 }),
  })
  .map(({ serial, code, name, location, hazards }) => {
    const nid = `E${code.slice(0, 5)}${String(serial).padStart(5, '0')}201`;
    return {
      id: `urn:ngsi-ld:EvacuationSite:${nid}`,
      type: 'EvacuationSite',
      attrs: {
        name: p(name),
        nationalShelterId: p(nid),
        localGovernmentCode: p(code),
        address: p('長崎県'),
        location: { kind: 'GeoProperty', value: location },
        hazardTypes: p(hazards),
      },
    };
  });

export const presenceEntity: fc.Arbitrary<PlainEntity> = fc
  .record({
    code: municipalityCode,
    date: jstDate,
    hour: fc.integer({ min: 0, max: 23 }),
    nationality: fc.constantFrom('JP', 'KR', 'TW', 'CN', 'US'),
    pref: fc.constantFrom('40', '13', '42'),
    count: fc.option(fc.nat({ max: 100_000 }), { nil: null }),
  })
  .map(({ code, date, hour, nationality, pref, count }) => ({
    id: `urn:ngsi-ld:TourismPresenceObserved:${code}-${date}-${hour}-${nationality}`,
    type: 'TourismPresenceObserved',
    attrs: {
      locationCode: p(code),
      dateObserved: p(date),
      hour: p(hour),
      nationality: p(nationality),
      ...(nationality === 'JP' && { originPrefectureCode: p(pref) }),
      visitorCount: p(count),
    },
  }));

/** Encodes a valid entity in one of the three representations. */
export function encode(e: PlainEntity, form: 'normalized' | 'concise' | 'keyValues'): unknown {
  const out: Record<string, unknown> = { id: e.id, type: e.type };
  for (const [name, a] of Object.entries(e.attrs)) {
    if (form === 'keyValues') out[name] = a.value;
    else if (form === 'normalized')
      out[name] =
        a.kind === 'Relationship'
          ? { type: 'Relationship', object: a.value }
          : { type: a.kind, value: a.value, ...(a.observedAt && { observedAt: a.observedAt }) };
    // Concise: a value with metadata keeps `{value, observedAt}`; a bare value stands alone
    // unless it is an object, which would read as a structured value.
    else
      out[name] =
        a.observedAt !== undefined ||
        (typeof a.value === 'object' && a.value !== null && a.kind !== 'GeoProperty')
          ? { value: a.value, ...(a.observedAt && { observedAt: a.observedAt }) }
          : a.value;
  }
  return out;
}

export const FORMS = ['normalized', 'concise', 'keyValues'] as const;
