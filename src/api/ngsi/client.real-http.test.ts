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
/** The count probe against a broker that ignores limit=0: how much of its body went out. */
const ignoringLimit = { chunks: 40, written: 0, closedEarly: false };
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
    if (url.pathname === '/big/ngsi-ld/v1/entities') {
      // Ignores limit=0 and sends everything, 40 chunks of 256 KiB, one every 20 ms.
      response.writeHead(200, {
        'Content-Type': 'application/json',
        'NGSILD-Results-Count': '123456',
      });
      const chunk = `${'x'.repeat(256 * 1024)}`;
      const send = () => {
        if (response.destroyed || ignoringLimit.written === ignoringLimit.chunks) {
          if (ignoringLimit.written < ignoringLimit.chunks) ignoringLimit.closedEarly = true;
          response.end();
          return;
        }
        ignoringLimit.written += 1;
        response.write(chunk);
        setTimeout(send, 20);
      };
      response.on('close', () => {
        if (ignoringLimit.written < ignoringLimit.chunks) ignoringLimit.closedEarly = true;
      });
      send();
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

  it('reads a count from the headers and never downloads the body, even when limit=0 is ignored', async () => {
    const ngsi = createNgsiClient({ apiBaseUrl: base.replace('/gw/', '/big/'), contextUrl: '' });
    const count = await ngsi.countEntities({ type: 'X' });
    expect(count).toBe(123456);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(ignoringLimit.closedEarly).toBe(true);
    expect(ignoringLimit.written).toBeLessThan(10);
  });
});
