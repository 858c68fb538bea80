/**
 * Against a real HTTP server on 127.0.0.1, with no MSW in between: proves the fetch path
 * (headers on the wire, exposed count header, body timeouts on a real socket) end to end.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNgsiClient } from './client';
import { TimeoutError } from './errors';
import { createHttpTransport } from './http-transport';

const seen: IncomingHttpHeaders[] = [];
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    seen.push(request.headers);
    if (url.pathname === '/gw/ngsi-ld/v1/stall') {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write('[{"id":"urn:a",'); // and never finish
      return;
    }
    const offset = Number(url.searchParams.get('offset'));
    const limit = Number(url.searchParams.get('limit'));
    const all = Array.from({ length: 7 }, (_, i) => ({ id: `urn:x:${i}`, type: 'X' }));
    response.writeHead(200, {
      'Content-Type': 'application/ld+json',
      'NGSILD-Results-Count': String(all.length),
      'Access-Control-Expose-Headers': 'NGSILD-Results-Count, Link',
    });
    response.end(JSON.stringify(all.slice(offset, offset + limit)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}/gw/`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('over a real socket', () => {
  it('pages with the contract headers on the wire', async () => {
    const ngsi = createNgsiClient({
      apiBaseUrl: base,
      contextUrl: 'https://ctx.test/c.jsonld',
      tenant: 'nagasaki',
      authHeader: { name: 'X-Api-Key', value: 'k' },
    });
    const result = await ngsi.queryEntities({ type: 'X', pageSize: 3 });
    expect(result).toMatchObject({ pages: 3, totalReported: 7, duplicateIds: 0, truncated: false });
    expect(result.entities).toHaveLength(7);
    expect(seen.at(-1)).toMatchObject({
      accept: 'application/json',
      link: '<https://ctx.test/c.jsonld>; rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"',
      'ngsild-tenant': 'nagasaki',
      'x-api-key': 'k',
    });
  });

  it('times out on a body that stops half-way', async () => {
    const transport = createHttpTransport({ apiBaseUrl: base, contextUrl: '', timeoutMs: 150 });
    const error: unknown = await transport
      .get({ path: '/stall', query: [] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });
});
