/** Paging against an in-memory transport: the interface an MQTT carrier would implement. */
import { describe, expect, it } from 'vitest';
import { createNgsiClientOver } from './client';
import type { NgsiRequest } from './request';
import type { NgsiResponse, NgsiTransport } from './transport';

function transportOf(
  answer: (request: NgsiRequest) => NgsiResponse,
): NgsiTransport & { calls: NgsiRequest[] } {
  const calls: NgsiRequest[] = [];
  return {
    calls,
    get(request) {
      calls.push(request);
      return Promise.resolve(answer(request));
    },
  };
}

const page = (body: unknown, resultsCount?: number): NgsiResponse => ({
  status: 200,
  body,
  resultsCount,
  next: undefined,
});

describe('collectPages over any transport', () => {
  it('survives one enormous page from a broker that ignores limit, and caps it', async () => {
    const huge = Array.from({ length: 150_000 }, (_, i) => ({ id: `urn:x:${i}` }));
    const transport = transportOf(() => page(huge));
    const result = await createNgsiClientOver(transport).queryEntities({ type: 'X' });
    expect(result).toMatchObject({ pages: 1, truncated: true });
    expect(result.entities).toHaveLength(100_000);
  });

  it('stops when the count says there is nothing', async () => {
    const transport = transportOf(() => page([], 0));
    expect(await createNgsiClientOver(transport).queryEntities({ type: 'X' })).toEqual({
      entities: [],
      totalReported: 0,
      pages: 1,
      duplicateIds: 0,
      truncated: false,
    });
  });

  it('passes the caller signal to the transport', async () => {
    const controller = new AbortController();
    let received: AbortSignal | undefined;
    const transport: NgsiTransport = {
      get(_request, signal) {
        received = signal;
        return Promise.resolve(page([]));
      },
    };
    await createNgsiClientOver(transport).queryEntities({ type: 'X', signal: controller.signal });
    expect(received).toBe(controller.signal);
  });

  it('clamps silly page sizes', async () => {
    const transport = transportOf(() => page([]));
    const ngsi = createNgsiClientOver(transport);
    await ngsi.queryEntities({ type: 'X', pageSize: 0 });
    await ngsi.queryEntities({ type: 'X', pageSize: Number.NaN });
    await ngsi.queryEntities({ type: 'X', pageSize: 12.7 });
    const limits = transport.calls.map((c) => c.query.find(([k]) => k === 'limit')?.[1]);
    expect(limits).toEqual(['1', '500', '12']);
  });
});
