import { beforeEach, describe, expect, it } from 'vitest';
import { createBroker, type Broker } from './broker';
import type { JsonValue } from './json';
import { asList, brokerRequest, shelter } from './testing';

const ERR = 'https://uri.etsi.org/ngsi-ld/errors/';
let broker: Broker;

beforeEach(() => {
  broker = createBroker();
  // 45 shelters: every third full, every fifth closed, the rest open; #7 reports no headcount.
  for (let n = 1; n <= 45; n += 1) {
    const status = n % 5 === 0 ? 'closed' : n % 3 === 0 ? 'full' : 'open';
    broker.upsert(shelter(n, status, n === 7 ? null : n * 10, '2026-09-01T00:00:00Z'));
  }
  broker.upsert({
    id: 'urn:ngsi-ld:DisasterEvent:1',
    type: 'DisasterEvent',
    name: { type: 'Property', value: 'Typhoon' },
  });
});

const ids = (body: JsonValue | undefined) => asList(body).map((e) => e.id);
const query = (path: string, headers?: Record<string, string>, withContext?: boolean) =>
  broker.queryEntities(brokerRequest(path, headers, withContext));

describe('paging', () => {
  it('defaults to the spec page size of 20 and counts on request', () => {
    const res = query('/entities?type=EvacuationShelter&count=true');
    expect(res.status).toBe(200);
    expect(asList(res.body)).toHaveLength(20);
    expect(res.headers['NGSILD-Results-Count']).toBe('45');
  });

  it.each([
    ['limit=10&offset=0', 10, 'urn:ngsi-ld:EvacuationShelter:1'],
    ['limit=10&offset=40', 5, 'urn:ngsi-ld:EvacuationShelter:41'],
    ['limit=10&offset=45', 0, undefined],
    ['limit=1000&offset=44', 1, 'urn:ngsi-ld:EvacuationShelter:45'],
  ])('%s gives %i entities', (params, length, first) => {
    const res = query(`/entities?type=EvacuationShelter&${params}`);
    expect(asList(res.body)).toHaveLength(length);
    expect(ids(res.body)[0]).toBe(first);
    expect(res.headers['NGSILD-Results-Count']).toBeUndefined();
  });

  it('answers limit=0&count=true with the count alone', () => {
    const res = query('/entities?type=EvacuationShelter&limit=0&count=true');
    expect(res.body).toEqual([]);
    expect(res.headers['NGSILD-Results-Count']).toBe('45');
  });

  it.each(['limit=-1', 'limit=abc', 'limit=1.5', 'offset=-5', 'count=yes', 'limit=0'])(
    'rejects %s with BadRequestData',
    (params) => {
      const res = query(`/entities?type=EvacuationShelter&${params}`);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ type: `${ERR}BadRequestData`, status: 400 });
    },
  );

  it.each([
    ['badRequest', 400, 'BadRequestData'],
    ['tooManyResults', 403, 'TooManyResults'],
  ] as const)('answers a limit over the cap per overLimit=%s', (overLimit, status, name) => {
    broker.configure({ maxLimit: 10, overLimit });
    const res = query('/entities?type=EvacuationShelter&limit=11');
    expect(res.status).toBe(status);
    expect(res.headers['Content-Type']).toBe('application/json');
    expect(res.body).toMatchObject({
      type: `${ERR}${name}`,
      status,
      title: expect.any(String),
      detail: expect.stringContaining('11'),
    });
  });

  it('silently caps an over-large limit when overLimit=cap', () => {
    broker.configure({ maxLimit: 10, overLimit: 'cap' });
    expect(asList(query('/entities?type=EvacuationShelter&limit=500').body)).toHaveLength(10);
  });

  it('returns everything on every page when ignorePaging is set', () => {
    broker.configure({ ignorePaging: true });
    const res = query('/entities?type=EvacuationShelter&limit=10&offset=20&count=true');
    expect(asList(res.body)).toHaveLength(45);
    expect(res.headers['NGSILD-Results-Count']).toBe('45');
  });

  it('omits the count header when omitCountHeader is set', () => {
    broker.configure({ omitCountHeader: true });
    expect(
      query('/entities?type=EvacuationShelter&count=true').headers['NGSILD-Results-Count'],
    ).toBeUndefined();
  });

  it('sends rel="next" while more pages follow, when nextLink is set', () => {
    broker.configure({ nextLink: true });
    const first = query('/entities?type=EvacuationShelter&limit=20&offset=20');
    expect(first.headers.Link).toContain('limit=20&offset=40>; rel="next"');
    expect(first.headers.Link).toContain('rel="http://www.w3.org/ns/json-ld#context"');
    expect(query('/entities?type=EvacuationShelter&limit=20&offset=40').headers.Link).not.toContain(
      'rel="next"',
    );
  });
});

describe('selection', () => {
  it.each([
    ['type=EvacuationShelter&q=openingStatus=="full"', 12],
    ['type=EvacuationShelter&q=openingStatus=="open","full"', 36],
    ['type=EvacuationShelter&q=evacueeTotal>=400', 6],
    ['type=EvacuationShelter&q=evacueeTotal==100..200', 11],
    ['type=EvacuationShelter&q=(openingStatus=="closed"|evacueeTotal<30);evacueeTotal', 11],
    ['type=EvacuationShelter,DisasterEvent', 46],
    ['type=DisasterEvent|EvacuationShelter', 46],
    ['type=Nope', 0],
    ['id=urn:ngsi-ld:EvacuationShelter:3,urn:ngsi-ld:DisasterEvent:1', 2],
    ['idPattern=^urn:ngsi-ld:EvacuationShelter:4\\d$', 6],
    ['attrs=evacueeTotal', 44],
    ['q=name', 1],
  ])('%s → %i', (params, count) => {
    const res = query(`/entities?${params}&limit=100&count=true`);
    expect(res.status).toBe(200);
    expect(res.headers['NGSILD-Results-Count']).toBe(String(count));
  });

  it.each([
    ['', 'at least one of'],
    ['type=EvacuationShelter&q=openingStatus==open', 'must be quoted'],
    ['type=EvacuationShelter&q=(a==1', 'missing )'],
    ['type=EvacuationShelter&idPattern=(', 'idPattern'],
    ['type=EvacuationShelter&options=verbose', 'unknown option'],
    ['type=EvacuationShelter&options=keyValues,concise', 'conflicting'],
  ])('rejects %j with BadRequestData', (params, detail) => {
    const res = query(`/entities?${params}`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      type: `${ERR}BadRequestData`,
      detail: expect.stringContaining(detail),
    });
  });

  it('projects attrs, keeping id and type', () => {
    const [first] = asList(
      query('/entities?type=EvacuationShelter&attrs=openingStatus,evacueeTotal&limit=1').body,
    );
    expect(Object.keys(first ?? {})).toEqual(['id', 'type', 'openingStatus', 'evacueeTotal']);
  });
});

describe('the @context rule', () => {
  it('finds nothing without the Link header, like a broker that cannot expand the type', () => {
    const res = query('/entities?type=EvacuationShelter&count=true', {}, false);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
    expect(res.headers['NGSILD-Results-Count']).toBe('0');
  });

  it('finds nothing with a different @context', () => {
    const link =
      '<https://example.org/other.jsonld>; rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"';
    expect(query('/entities?type=EvacuationShelter', { Link: link }).body).toEqual([]);
  });

  it('honours a configured context URL', () => {
    const url = 'https://pref.nagasaki.example/context.jsonld';
    broker.configure({ contextUrl: url });
    const link = `<${url}>; rel="http://www.w3.org/ns/json-ld#context"`;
    expect(asList(query('/entities?type=EvacuationShelter', { Link: link }).body)).toHaveLength(20);
    expect(query('/entities?type=EvacuationShelter').body).toEqual([]);
  });

  it('puts the context in the body for Accept: application/ld+json', () => {
    const res = query('/entities?type=DisasterEvent', { Accept: 'application/ld+json' });
    expect(res.headers['Content-Type']).toBe('application/ld+json');
    expect(res.headers.Link).toBeUndefined();
    expect(asList(res.body)[0]?.['@context']).toBe(
      'https://nagasaki.example/ngsi-ld/context.jsonld',
    );
  });
});

describe('tenants', () => {
  it('answers an unknown tenant with NonexistentTenant', () => {
    const res = query('/entities?type=EvacuationShelter', { 'NGSILD-Tenant': 'nagasaki' });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ type: `${ERR}NonexistentTenant`, status: 404 });
  });

  it('keeps tenants apart and echoes the tenant', () => {
    broker.upsert(shelter(900, 'open', 1), { tenant: 'isahaya' });
    const res = query('/entities?type=EvacuationShelter&count=true', {
      'NGSILD-Tenant': 'isahaya',
    });
    expect(ids(res.body)).toEqual(['urn:ngsi-ld:EvacuationShelter:900']);
    expect(res.headers['NGSILD-Tenant']).toBe('isahaya');
    expect(
      query('/entities?type=EvacuationShelter&count=true').headers['NGSILD-Results-Count'],
    ).toBe('45');
  });
});
