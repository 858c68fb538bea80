import { describe, expect, it } from 'vitest';
import { createNgsiClient } from './client';
import { BROKER, entities, fakeBroker, limits, offsets } from './testing/fake-broker';
import { mswServerForThisFile } from './testing/msw-server';

const server = mswServerForThisFile();

const client = () =>
  createNgsiClient({ apiBaseUrl: BROKER, contextUrl: 'https://ctx.test/context.jsonld' });
const ids = (list: readonly unknown[]) =>
  new Set(list.map((e) => (typeof e === 'object' && e !== null && 'id' in e ? e.id : undefined)));

describe('queryEntities paging: limits', () => {
  it('pages a well-behaved broker by offset until the reported total', async () => {
    const broker = fakeBroker({ entities: entities(1234) });
    server.use(broker.handler);
    const result = await client().queryEntities({ type: 'EvacuationShelter', pageSize: 500 });
    expect(result).toMatchObject({
      totalReported: 1234,
      pages: 3,
      duplicateIds: 0,
      truncated: false,
    });
    expect(result.entities).toHaveLength(1234);
    expect(offsets(broker.seen)).toEqual([0, 500, 1000]);
    expect(broker.seen[0]?.url.searchParams.get('count')).toBe('true');
  });

  it('continues past a silently capped page while the total says more', async () => {
    const broker = fakeBroker({ entities: entities(350), cap: 100 });
    server.use(broker.handler);
    const result = await client().queryEntities({ type: 'EvacuationShelter', pageSize: 500 });
    expect(result).toMatchObject({ totalReported: 350, pages: 4, truncated: false });
    expect(ids(result.entities).size).toBe(350);
    expect(offsets(broker.seen)).toEqual([0, 100, 200, 300]);
  });

  it('shrinks the page after 400 BadRequestData, using the cap named in the detail, and remembers it', async () => {
    const detail = 'You asked for 500 results, but the supported maximum limit is 100';
    const broker = fakeBroker({
      entities: entities(250),
      refuseAbove: { limit: 100, status: 400, detail },
    });
    server.use(broker.handler);
    const ngsi = client();
    const first = await ngsi.queryEntities({ type: 'EvacuationShelter' });
    expect(first).toMatchObject({ pages: 3, truncated: false });
    expect(first.entities).toHaveLength(250);
    expect(limits(broker.seen)).toEqual([500, 100, 100, 100]);
    broker.seen.length = 0;
    await ngsi.queryEntities({ type: 'EvacuationShelter' });
    expect(limits(broker.seen)[0]).toBe(100);
  });

  it('walks down the ladder after 403 TooManyResults', async () => {
    const broker = fakeBroker({
      entities: entities(1500),
      refuseAbove: { limit: 1000, status: 403 },
    });
    server.use(broker.handler);
    const result = await client().queryEntities({ type: 'EvacuationShelter', pageSize: 5000 });
    expect(result.entities).toHaveLength(1500);
    expect(limits(broker.seen)).toEqual([5000, 1000, 1000]);
  });

  it('gives up at the floor and reports the refusal', async () => {
    server.use(
      fakeBroker({ entities: entities(5), refuseAbove: { limit: 1, status: 403 } }).handler,
    );
    await expect(client().queryEntities({ type: 'EvacuationShelter' })).rejects.toMatchObject({
      kind: 'problem',
      ngsiError: 'TooManyResults',
    });
  });
});
