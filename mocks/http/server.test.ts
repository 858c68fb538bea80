import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBroker } from '../broker';
import { CONTEXT_LINK, shelter } from '../broker/testing';
import { portFromArgs, startMockServer, type RunningMockServer } from './server';

const ORIGIN = 'http://127.0.0.1:5173';
let mock: RunningMockServer;

beforeAll(async () => {
  const broker = createBroker();
  broker.upsertMany([shelter(1, 'open', 10), shelter(2, 'full', 20), shelter(3, 'closed', 0)]);
  mock = await startMockServer({ broker });
});
afterEach(async () => {
  await fetch(`${mock.url}/__mock/reset`, { method: 'POST' });
});
afterAll(() => mock.close());

const api = (path: string, init: RequestInit = {}) =>
  fetch(`${mock.url}/ngsi-ld/v1${path}`, {
    ...init,
    headers: { Origin: ORIGIN, Accept: 'application/json', Link: CONTEXT_LINK, ...init.headers },
  });
const control = (path: string, body?: unknown, method = 'POST') =>
  fetch(`${mock.url}/__mock/${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('HTTP mock server over loopback', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers a CORS preflight for the headers the client sends', async () => {
    const res = await fetch(`${mock.url}/ngsi-ld/v1/entities?type=EvacuationShelter`, {
      method: 'OPTIONS',
      headers: {
        Origin: ORIGIN,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'link,ngsild-tenant,x-api-key',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const allowed = (res.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const h of [
      'link',
      'ngsild-tenant',
      'authorization',
      'x-api-key',
      'fiware-service',
      'fiware-servicepath',
      'accept',
      'content-type',
    ])
      expect(allowed).toContain(h);
  });

  it('serves the API with CORS and exposes the paging headers', async () => {
    const res = await api('/entities?type=EvacuationShelter&limit=2&count=true');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(res.headers.get('access-control-expose-headers')).toBe(
      'NGSILD-Results-Count, Link, Retry-After, Fiware-Total-Count',
    );
    expect(res.headers.get('ngsild-results-count')).toBe('3');
    expect(res.headers.get('link')).toContain('context.jsonld');
    expect(await res.json()).toHaveLength(2);
  });

  it('answers unknown paths with a 404 ProblemDetails', async () => {
    const res = await fetch(`${mock.url}/nothing-here`, { headers: { Origin: ORIGIN } });
    expect(res.status).toBe(404);
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(await res.json()).toMatchObject({
      type: 'https://uri.etsi.org/ngsi-ld/errors/ResourceNotFound',
      status: 404,
    });
  });
});

describe('control API', () => {
  it('injects a preset fault, with CORS still on the bad answer', async () => {
    expect((await control('fault', { preset: 'empty503', arg: 7 })).status).toBe(204);
    const res = await api('/entities?type=EvacuationShelter');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect((await api('/entities?type=EvacuationShelter')).status).toBe(200);
  });

  it('takes a preset with a query filter', async () => {
    const fault = { preset: 'inflated', arg: 3, queryIncludes: 'type=EvacuationShelter' };
    expect((await control('fault', fault)).status).toBe(204);
    expect((await api('/types')).status).toBe(200);
    const padded = await (await api('/entities?type=EvacuationShelter')).json();
    expect(padded).toEqual(
      expect.arrayContaining([expect.objectContaining({ remarks: expect.anything() })]),
    );
  });

  it('keeps an "infinite" fault until it is deleted', async () => {
    await control('fault', {
      status: 502,
      body: '<html>bad gateway</html>',
      contentType: 'text/html',
      times: 'infinite',
    });
    for (let i = 0; i < 3; i += 1) expect((await api('/types')).status).toBe(502);
    expect(await (await control('state', undefined, 'GET')).json()).toMatchObject({
      pendingFaults: 1,
    });
    expect((await control('fault', undefined, 'DELETE')).status).toBe(204);
    expect((await api('/types')).status).toBe(200);
  });

  it.each([
    ['fault', { preset: 'nope' }],
    ['fault', { status: 42 }],
    ['fault', { times: 0 }],
    ['fault', { inflate: 0.5 }],
    ['options', { maxLimit: 'ten' }],
    ['options', { unknown: true }],
    ['entities', { entities: [{ id: 1 }] }],
  ])('rejects a malformed %s body', async (path, body) => {
    const res = await control(path, body);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      type: 'https://uri.etsi.org/ngsi-ld/errors/BadRequestData',
    });
  });

  it('changes broker options at runtime, and reset restores them', async () => {
    const options = await control('options', { ignorePaging: true, omitCountHeader: true });
    expect(await options.json()).toMatchObject({ ignorePaging: true });
    const res = await api('/entities?type=EvacuationShelter&limit=1&count=true');
    expect(await res.json()).toHaveLength(3);
    expect(res.headers.get('ngsild-results-count')).toBeNull();
    await control('reset');
    expect(await (await api('/entities?type=EvacuationShelter&limit=1')).json()).toHaveLength(1);
  });

  it('upserts entities and history, and reset drops them', async () => {
    await control('entities', {
      entities: [shelter(4, 'open', 5)],
      observedAt: '2026-09-01T01:00:00Z',
    });
    await control('history', {
      entityId: 'urn:ngsi-ld:EvacuationShelter:4',
      attribute: 'evacueeTotal',
      instances: [{ value: 1, observedAt: '2026-09-01T00:00:00Z' }],
    });
    const temporal = await api(
      '/temporal/entities?type=EvacuationShelter&attrs=evacueeTotal&options=temporalValues',
    );
    expect(await temporal.json()).toEqual([
      {
        id: 'urn:ngsi-ld:EvacuationShelter:4',
        type: 'EvacuationShelter',
        evacueeTotal: {
          type: 'Property',
          values: [
            [1, '2026-09-01T00:00:00Z'],
            [5, '2026-09-01T01:00:00Z'],
          ],
        },
      },
    ]);
    expect(
      (await control('history', { entityId: 'urn:x:none', attribute: 'a', instances: [] })).status,
    ).toBe(404);
    await control('reset');
    expect((await api('/entities/urn:ngsi-ld:EvacuationShelter:4')).status).toBe(404);
  });

  it('closes promptly while a delayed answer is pending', async () => {
    const extra = await startMockServer({ broker: createBroker() });
    await fetch(`${extra.url}/__mock/fault`, {
      method: 'POST',
      body: JSON.stringify({ preset: 'timeout', arg: 30_000 }),
    });
    const pending = fetch(`${extra.url}/ngsi-ld/v1/types`).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    await extra.close();
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await pending).toBeInstanceOf(Error);
  });
});

describe('command line', () => {
  it.each([
    [[], {}, 9090],
    [['--port', '0'], {}, 0],
    [['--port=8123'], { MOCK_PORT: '7000' }, 8123],
    [[], { MOCK_PORT: '7000' }, 7000],
  ])('portFromArgs(%j, %j) is %i', (argv, env, port) => {
    expect(portFromArgs(argv, env)).toBe(port);
  });

  it.each([[['--port', 'x']], [['--port', '70000']]])('rejects %j', (argv) => {
    expect(() => portFromArgs(argv, {})).toThrow('invalid port');
  });

  it('starts with --port 0, prints its URL and serves the fixtures', async () => {
    // This Node (22) with tsx as a loader: the `tsx` shim would pick whatever `node` is on PATH.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', resolve(import.meta.dirname, 'server.ts'), '--port', '0'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    try {
      const [line]: unknown[] = await once(child.stdout, 'data');
      const url = /mock-server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(String(line))?.[1];
      expect(url).toBeDefined();
      const res = await fetch(
        `${url}/ngsi-ld/v1/entities?type=EvacuationSite,DesignatedShelter&limit=0&count=true`,
        { headers: { Link: CONTEXT_LINK } },
      );
      expect(res.headers.get('ngsild-results-count')).toBe('3335');
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });
});

describe('stop and start', () => {
  it('refuses connections while stopped, then serves the same data on the same port', async () => {
    const own = await startMockServer({ broker: createBroker() });
    own.broker.upsert(shelter(1, 'open', 10));
    const url = `${own.url}/ngsi-ld/v1/entities?type=EvacuationShelter`;
    const init = { headers: { Link: CONTEXT_LINK } };
    await own.stop();
    await expect(fetch(url, init)).rejects.toThrow();
    await own.start();
    const res = await fetch(url, init);
    expect(res.status).toBe(200);
    expect(await res.json()).toHaveLength(1);
    await own.close();
  });
});

describe('tenant', () => {
  it('seeds the named tenant and writes the drill into it', async () => {
    const own = await startMockServer({ scenario: 'typhoon', tenant: 'nagasaki' });
    own.scenario?.pause();
    const count = async (headers: Record<string, string>) => {
      const res = await fetch(
        `${own.url}/ngsi-ld/v1/entities?type=EvacuationShelter&limit=0&count=true`,
        { headers: { Link: CONTEXT_LINK, ...headers } },
      );
      return [res.status, res.headers.get('NGSILD-Results-Count')];
    };
    const [status, inTenant] = await count({ 'NGSILD-Tenant': 'nagasaki' });
    expect(status).toBe(200);
    expect(Number(inTenant)).toBeGreaterThan(1000);
    expect((await count({ 'NGSILD-Tenant': 'nowhere' }))[0]).toBe(404);
    await own.close();
  });
});
