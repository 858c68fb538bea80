import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBroker } from '../broker';
import { startMockServer, type RunningMockServer } from '../http/server';

const ORIGIN = 'http://127.0.0.1:5173';
let mock: RunningMockServer;

beforeAll(async () => {
  mock = await startMockServer({ broker: createBroker() });
});
afterEach(async () => {
  await fetch(`${mock.url}/__mock/reset`, { method: 'POST' });
});
afterAll(() => mock.close());

const ckan = (action: string, init: RequestInit = {}) =>
  fetch(`${mock.url}/ckan/api/3/action/${action}`, {
    ...init,
    headers: { Origin: ORIGIN, ...init.headers },
  });
const control = (body?: unknown, method = 'POST') =>
  fetch(`${mock.url}/__mock/catalog`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('the catalogue on the HTTP mock server', () => {
  it('serves the Action API under /ckan with the origin echoed', async () => {
    const res = await ckan('package_search?rows=2&fq=organization:nagasaki-city');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const body = (await res.json()) as {
      help: string;
      result: { count: number; results: unknown[] };
    };
    expect(body.help).toBe(`${mock.url}/ckan/api/3/action/help_show?name=package_search`);
    expect(body.result.count).toBe(55);
    expect(body.result.results).toHaveLength(2);
    expect(mock.catalog.datasets.length).toBeGreaterThan(300);
  });

  it('is not served outside /ckan, and answers 404 inside it off the Action API', async () => {
    expect((await fetch(`${mock.url}/api/3/action/package_search`)).status).toBe(404);
    const res = await fetch(`${mock.url}/ckan/dataset`, { headers: { Origin: ORIGIN } });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ success: false });
  });

  it('answers an unknown action with 400', async () => {
    const res = await ckan('package_list_all');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { __type: 'Bad request' } });
  });

  it.each([['link'], ['ngsild-tenant'], ['authorization'], ['x-api-key'], ['link,ngsild-tenant']])(
    'allows no request header in its preflight (%s): a browser refuses the request',
    async (headers) => {
      const res = await ckan('package_search', {
        method: 'OPTIONS',
        headers: {
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': headers,
        },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(res.headers.get('access-control-allow-methods')).toBe('GET, OPTIONS');
      expect(res.headers.get('access-control-allow-headers')).toBeNull();
    },
  );

  it('keeps the broker CORS as it was', async () => {
    const res = await fetch(`${mock.url}/ngsi-ld/v1/entities?type=X`, {
      method: 'OPTIONS',
      headers: { Origin: ORIGIN, 'Access-Control-Request-Headers': 'link' },
    });
    expect(res.headers.get('access-control-allow-headers')).toContain('Link');
  });

  it('answers without CORS headers under noCors', async () => {
    expect((await control({ noCors: true })).status).toBe(200);
    const res = await ckan('package_search?rows=0');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await ckan('package_search', {
      method: 'OPTIONS',
      headers: { 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('drops the connection when unreachable, and answers again after DELETE', async () => {
    await control({ unreachable: true });
    await expect(ckan('package_search')).rejects.toThrow();
    // The broker still answers.
    expect((await fetch(`${mock.url}/ngsi-ld/v1/types`)).status).toBe(200);
    expect((await control(undefined, 'DELETE')).status).toBe(204);
    expect((await ckan('package_search?rows=0')).status).toBe(200);
  });

  it('plays failure and rowsCap faults set over the control route, and reads them back', async () => {
    await control({
      failure: {
        status: 409,
        type: 'Search Query Error',
        message: 'Search Query Error: x',
        action: 'package_search',
      },
    });
    const failed = await ckan('package_search');
    expect(failed.status).toBe(409);
    expect(failed.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(await failed.json()).toMatchObject({
      success: false,
      error: { __type: 'Search Query Error' },
    });
    expect((await ckan('organization_list')).status).toBe(200);

    await control({ rowsCap: 10 });
    const page = (await (await ckan('package_search?rows=1000')).json()) as {
      result: { results: unknown[] };
    };
    expect(page.result.results).toHaveLength(10);
    const state = (await (await control(undefined, 'GET')).json()) as {
      faults: unknown;
      datasets: number;
    };
    expect(state).toMatchObject({
      faults: { rowsCap: 10 },
      datasets: mock.catalog.datasets.length,
    });
  });

  it('refuses a malformed fault', async () => {
    const res = await control({ rowsCap: 0, extra: true });
    expect(res.status).toBe(400);
  });

  it('clears the catalogue faults on POST /__mock/reset', async () => {
    mock.catalog.faults = { failure: { status: 500, type: 'Internal Server Error', message: 'x' } };
    expect((await ckan('package_search')).status).toBe(500);
    await fetch(`${mock.url}/__mock/reset`, { method: 'POST' });
    expect(mock.catalog.faults).toEqual({});
    expect((await ckan('package_search')).status).toBe(200);
  });
});
