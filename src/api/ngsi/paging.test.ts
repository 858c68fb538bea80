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

describe('collectPages hands each page over as it arrives (onPage)', () => {
  const ids = (from: number, n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `urn:x:${from + i}` }));
  const offsetOf = (request: NgsiRequest) =>
    Number(request.query.find(([k]) => k === 'offset')?.[1]);

  it('gives each page after asking for the next, and the last one too', async () => {
    const events: string[] = [];
    const transport: NgsiTransport = {
      get(request) {
        const offset = offsetOf(request);
        events.push(`get ${offset}`);
        return Promise.resolve(page(ids(offset, offset < 4 ? 2 : 1), 5));
      },
    };
    const onPage = (fresh: readonly unknown[]) => events.push(`page of ${fresh.length}`);
    const result = await createNgsiClientOver(transport).queryEntities({
      type: 'X',
      pageSize: 2,
      onPage,
    });
    expect(result.entities).toHaveLength(5);
    expect(events).toEqual(['get 0', 'get 2', 'page of 2', 'get 4', 'page of 2', 'page of 1']);
  });

  const cases: {
    name: string;
    pages: { id: string }[][];
    maxEntities?: number;
    handed: number[];
  }[] = [
    {
      name: 'repeats of an earlier page are left out',
      pages: [ids(0, 2), [{ id: 'urn:x:1' }, { id: 'urn:x:2' }], []],
      handed: [2, 1],
    },
    {
      name: 'a capped page hands over only what was counted',
      pages: [ids(0, 2), ids(2, 2)],
      maxEntities: 3,
      handed: [2, 1],
    },
    {
      name: 'a page of nothing new (offset ignored) is not handed over',
      pages: [ids(0, 2), ids(0, 2)],
      handed: [2],
    },
  ];
  it.each(cases)('$name', async ({ pages, maxEntities, handed }) => {
    let call = 0;
    const transport: NgsiTransport = {
      get: () => Promise.resolve(page(pages[call++] ?? [])),
    };
    const sizes: number[] = [];
    const result = await createNgsiClientOver(transport).queryEntities({
      type: 'X',
      pageSize: 2,
      ...(maxEntities !== undefined && { maxEntities }),
      onPage: (fresh) => sizes.push(fresh.length),
    });
    expect(sizes).toEqual(handed);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(result.entities.length);
  });

  it('a hand-over that throws ends the query with its error, the next page awaited', async () => {
    let rejected = 0;
    const transport: NgsiTransport = {
      get(request) {
        if (offsetOf(request) > 0) {
          rejected += 1;
          return Promise.reject(new Error('network gone'));
        }
        return Promise.resolve(page(ids(0, 2), 9));
      },
    };
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      await expect(
        createNgsiClientOver(transport).queryEntities({
          type: 'X',
          pageSize: 2,
          onPage: () => {
            throw new Error('reader failed');
          },
        }),
      ).rejects.toThrow('reader failed');
      await new Promise((resolve) => setTimeout(resolve, 10));
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(rejected).toBe(1);
    expect(unhandled).toEqual([]);
  });
});
