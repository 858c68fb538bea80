import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBroker, FAULTS } from '../broker';
import { CONTEXT_LINK, shelter } from '../broker/testing';
import { createMockServer, LISTEN_OPTIONS } from '../node';

const broker = createBroker();
broker.upsertMany([
  shelter(1, 'open', 10, '2026-09-01T00:00:00Z'),
  shelter(2, 'full', 20, '2026-09-01T00:00:00Z'),
]);
const seen: string[] = [];
const { server } = createMockServer(broker, {
  onRequest: (r) => seen.push(new URL(r.url).pathname),
});

beforeAll(() => server.listen(LISTEN_OPTIONS));
afterEach(() => {
  broker.clearFaults();
  seen.length = 0;
});
afterAll(() => server.close());

const BASE = 'https://pref.nagasaki.example/gateway/ngsi-ld/v1';
const get = (url: string, init: RequestInit = {}) =>
  fetch(url, {
    ...init,
    headers: { Accept: 'application/json', Link: CONTEXT_LINK, ...init.headers },
  });

describe('routing', () => {
  it.each([
    'http://localhost:5173/ngsi-ld/v1/entities?type=EvacuationShelter',
    'http://127.0.0.1:9090/ngsi-ld/v1/entities/?type=EvacuationShelter',
    `${BASE}/entities?type=EvacuationShelter`,
  ])('serves %s from any origin and prefix', async (url) => {
    const res = await get(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toHaveLength(2);
  });

  it('serves an entity by its percent-encoded id', async () => {
    const res = await get(
      `${BASE}/entities/${encodeURIComponent('urn:ngsi-ld:EvacuationShelter:2')}?options=keyValues&attrs=evacueeTotal`,
    );
    expect(await res.json()).toEqual({
      id: 'urn:ngsi-ld:EvacuationShelter:2',
      type: 'EvacuationShelter',
      evacueeTotal: 20,
    });
  });

  it('answers a malformed id with BadRequestData, not a crash', async () => {
    const res = await get(`${BASE}/entities/urn%ZZ`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      type: 'https://uri.etsi.org/ngsi-ld/errors/BadRequestData',
    });
  });

  it('serves /types and /temporal/entities', async () => {
    expect(await (await get(`${BASE}/types`)).json()).toMatchObject({
      typeList: ['EvacuationShelter'],
    });
    const temporal = await get(
      `${BASE}/temporal/entities?type=EvacuationShelter&attrs=evacueeTotal&options=temporalValues`,
    );
    expect(await temporal.json()).toHaveLength(2);
  });

  it('passes the count header and the tenant through', async () => {
    const res = await get(`${BASE}/entities?type=EvacuationShelter&count=true&limit=1`);
    expect(res.headers.get('NGSILD-Results-Count')).toBe('2');
    const tenant = await get(`${BASE}/entities?type=EvacuationShelter`, {
      headers: { 'NGSILD-Tenant': 'ghost' },
    });
    expect(tenant.status).toBe(404);
    expect(await tenant.json()).toMatchObject({
      type: 'https://uri.etsi.org/ngsi-ld/errors/NonexistentTenant',
    });
  });

  it.each([
    ['POST', `${BASE}/entities`],
    ['GET', `${BASE}/subscriptions`],
    ['DELETE', `${BASE}/entities/urn:ngsi-ld:EvacuationShelter:1`],
  ])('answers %s %s with a ResourceNotFound ProblemDetails', async (method, url) => {
    const res = await get(url, { method });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({
      type: 'https://uri.etsi.org/ngsi-ld/errors/ResourceNotFound',
      status: 404,
    });
  });
});

describe('faults', () => {
  const entities = `${BASE}/entities?type=EvacuationShelter`;

  it('answers with a gateway HTML page, then recovers', async () => {
    broker.setFault(FAULTS.html502());
    const bad = await get(entities);
    expect(bad.status).toBe(502);
    expect(bad.headers.get('content-type')).toContain('text/html');
    expect(await bad.text()).toContain('<h1>502 Bad Gateway</h1>');
    expect((await get(entities)).status).toBe(200);
  });

  it.each([
    ['empty503', FAULTS.empty503(10), 503, '10', ''],
    ['tooManyRequests429', FAULTS.tooManyRequests429(), 429, '5', ''],
    ['unauthorized401', FAULTS.unauthorized401(), 401, null, '{"message":"Unauthorized"}'],
    ['forbidden403', FAULTS.forbidden403(), 403, null, '{"message":"Forbidden"}'],
  ])('%s', async (_name, fault, status, retryAfter, body) => {
    broker.setFault(fault);
    const res = await get(entities);
    expect(res.status).toBe(status);
    expect(res.headers.get('Retry-After')).toBe(retryAfter);
    expect(await res.text()).toBe(body);
  });

  it('truncates the real answer mid-JSON', async () => {
    broker.setFault(FAULTS.truncatedJson(40));
    const res = await get(entities);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toHaveLength(40);
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
  });

  it('delays long enough for the client to time out', async () => {
    broker.setFault(FAULTS.timeout(2_000));
    await expect(get(entities, { signal: AbortSignal.timeout(100) })).rejects.toThrow(
      /abort|timeout/i,
    );
  });

  it('applies a fault N times, and only to matching paths', async () => {
    broker.setFault({ ...FAULTS.internalError500(), times: 2, pathIncludes: '/temporal/' });
    expect((await get(entities)).status).toBe(200);
    const temporal = `${BASE}/temporal/entities?type=EvacuationShelter`;
    const first = await get(temporal);
    expect(first.status).toBe(500);
    expect(await first.json()).toMatchObject({
      type: 'https://uri.etsi.org/ngsi-ld/errors/InternalError',
    });
    expect((await get(temporal)).status).toBe(500);
    expect((await get(temporal)).status).toBe(200);
    expect(broker.faults.pending()).toBe(0);
  });

  it('matches on the query string too', async () => {
    broker.setFault({
      ...FAULTS.internalError500(),
      times: Infinity,
      queryIncludes: 'type=EvacuationShelter',
    });
    expect((await get(`${BASE}/entities?type=DesignatedShelter`)).status).toBe(200);
    expect((await get(entities)).status).toBe(500);
    expect((await get(entities)).status).toBe(500);
  });

  it.each([
    ['ldContextNotAvailable', FAULTS.ldContextNotAvailable(), 504, 'LdContextNotAvailable'],
    ['nonexistentTenant', FAULTS.nonexistentTenant(), 404, 'NonexistentTenant'],
  ])('%s answers ProblemDetails', async (_name, fault, status, error) => {
    broker.setFault(fault);
    const res = await get(entities);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(await res.json()).toMatchObject({
      type: `https://uri.etsi.org/ngsi-ld/errors/${error}`,
      status,
    });
  });

  it('answers 200 with a body that is not JSON', async () => {
    broker.setFault(FAULTS.notJson200());
    const res = await get(entities);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
  });

  it('pads the real answer to about ten times its size, entities intact', async () => {
    const normal = await (await get(entities)).text();
    broker.setFault(FAULTS.inflated(10));
    const padded = await (await get(entities)).text();
    expect(padded.length / normal.length).toBeGreaterThan(9);
    expect(padded.length / normal.length).toBeLessThan(11);
    const list: unknown = JSON.parse(padded);
    expect(list).toEqual(
      expect.arrayContaining([expect.objectContaining({ remarks: expect.anything() })]),
    );
    const strip = (v: unknown) =>
      Array.isArray(v)
        ? v.map((e: object) =>
            Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'remarks')),
          )
        : v;
    expect(strip(list)).toEqual(JSON.parse(normal));
  });

  it('reports every request to onRequest', async () => {
    await get(entities);
    await get(`${BASE}/types`);
    expect(seen).toEqual(['/gateway/ngsi-ld/v1/entities', '/gateway/ngsi-ld/v1/types']);
  });
});
