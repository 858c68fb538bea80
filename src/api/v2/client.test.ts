import { describe, expect, it } from 'vitest';
import { createNgsiClient } from '../ngsi/client';
import { ProblemDetailsError } from '../ngsi/errors';
import { runFeed } from '../worker/run-feed';

const T = '2026-09-01T03:00:00.000Z';

/** An Orion-like NGSI v2 API: limit at most 1000 (400 above), options=count, tenant headers. */
function orion(total: number) {
  const seen: { url: URL; headers: Headers }[] = [];
  const entity = (i: number) => ({
    id: `EvacuationShelter:${i}`,
    type: 'EvacuationShelter',
    nationalShelterId: { type: 'Text', value: `E42201${String(i).padStart(5, '0')}111` },
    name: { type: 'Text', value: `避難所${i}` },
    address: { type: 'Text', value: '長崎県長崎市尾上町3-1' },
    localGovernmentCode: { type: 'Text', value: '422011' },
    openingStatus: {
      type: 'Text',
      value: 'open',
      metadata: { TimeInstant: { type: 'DateTime', value: T } },
    },
    evacueeTotal: {
      type: 'Number',
      value: i,
      metadata: { TimeInstant: { type: 'DateTime', value: T } },
    },
    maxCapacity: { type: 'Number', value: 100 },
    location: { type: 'geo:point', value: '32.75, 129.87' },
    refDisasterEvent: { type: 'Relationship', value: 'DisasterEvent:2026-14' },
  });
  const all = Array.from({ length: total }, (_, i) => entity(i));
  const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
    Promise.resolve(
      new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json', ...headers },
      }),
    );
  const fetch = ((input: string, init?: RequestInit) => {
    const url = new URL(input);
    seen.push({ url, headers: new Headers(init?.headers) });
    if (url.pathname === '/orion/v2/types')
      return json([
        { type: 'EvacuationShelter', attrs: { evacueeTotal: { types: ['Number'] } }, count: total },
      ]);
    if (url.pathname !== '/orion/v2/entities')
      return json({ error: 'NotFound', description: 'no such path' }, 404);
    const limit = Number(url.searchParams.get('limit') ?? 20);
    const offset = Number(url.searchParams.get('offset') ?? 0);
    if (!(limit >= 1 && limit <= 1000))
      return json({ error: 'BadRequest', description: 'Bad pagination limit: /1000/' }, 400);
    const options = (url.searchParams.get('options') ?? '').split(',');
    // Every record stands for any type asked (the same shelters as masters and as overlay).
    const type = url.searchParams.get('type') ?? 'EvacuationShelter';
    const page = all.slice(offset, offset + limit).map((e) => ({ ...e, type }));
    const body = options.includes('keyValues')
      ? page.map((e) =>
          Object.fromEntries(
            Object.entries(e).map(([k, v]) => [k, typeof v === 'object' ? v.value : v]),
          ),
        )
      : page;
    return json(
      body,
      200,
      options.includes('count') ? { 'Fiware-Total-Count': String(total) } : {},
    );
  }) as typeof globalThis.fetch;
  return { fetch, seen };
}

const settings = (fetch: typeof globalThis.fetch) => ({
  apiBaseUrl: 'https://gw.example/orion',
  contextUrl: 'https://ctx.example/unused.jsonld',
  tenant: 'Nagasaki',
  dialect: 'ngsi-v2' as const,
  fetch,
});

describe('NGSI v2 (Orion) through the same client', () => {
  it('pages under the 1000 cap, counts with options=count, sends the tenant headers and no @context', async () => {
    const broker = orion(2345);
    const client = createNgsiClient(settings(broker.fetch));
    const result = await client.queryEntities({ type: 'EvacuationShelter', pageSize: 2000 });
    expect(result.entities).toHaveLength(2345);
    expect(result.totalReported).toBe(2345);
    expect(result.truncated).toBe(false);
    const first = broker.seen[0]!;
    expect(first.url.searchParams.get('limit')).toBe('2000');
    expect(broker.seen[1]!.url.searchParams.get('limit')).toBe('1000');
    expect(first.url.searchParams.get('options')).toBe('count');
    expect(first.url.searchParams.has('count')).toBe(false);
    expect(first.headers.get('fiware-service')).toBe('nagasaki');
    expect(first.headers.get('fiware-servicepath')).toBe('/#');
    expect(first.headers.has('link')).toBe(false);
    expect(first.headers.has('ngsild-tenant')).toBe(false);
  });

  it('reads the entities with the same parsers: TimeInstant as the datum’s time, geo:point latitude first, the event', async () => {
    const broker = orion(3);
    const client = createNgsiClient(settings(broker.fetch));
    const feed = await runFeed(client, 'EvacuationShelter', {});
    expect(feed.report.skipped).toBe(0);
    expect(feed.items).toHaveLength(3);
    expect(feed.items[2]).toMatchObject({
      nationalShelterId: 'E4220100002111',
      evacueeTotal: 2,
      eventId: 'DisasterEvent:2026-14',
      observedAt: Date.parse(T),
    });
    // The same records read as shelter masters: the location, latitude first on the wire.
    const masters = await runFeed(client, 'DesignatedShelter', {});
    expect(masters.report.skipReasons).toEqual({});
    expect(masters.report.skipped).toBe(0);
    expect(masters.items[0]?.location).toEqual([129.87, 32.75]);
  });

  it('reads key-values the same way, asked for as options=count,keyValues', async () => {
    const broker = orion(3);
    const client = createNgsiClient(settings(broker.fetch));
    const feed = await runFeed(client, 'EvacuationShelter', { options: 'keyValues' });
    expect(broker.seen[0]!.url.searchParams.get('options')).toBe('count,keyValues');
    expect(feed.items.map((s) => s.evacueeTotal)).toEqual([0, 1, 2]);
    expect(feed.items[0]).toMatchObject({ eventId: 'DisasterEvent:2026-14' });
    const masters = await runFeed(client, 'DesignatedShelter', { options: 'keyValues' });
    expect(masters.items[0]?.location).toEqual([129.87, 32.75]);
  });

  it('lists types from /v2/types and counts from Fiware-Total-Count', async () => {
    const broker = orion(42);
    const client = createNgsiClient(settings(broker.fetch));
    expect(await client.getTypeDetails()).toEqual([
      { name: 'EvacuationShelter', attributeNames: ['evacueeTotal'] },
    ]);
    const before = broker.seen.length;
    expect(await client.countEntities({ type: 'EvacuationShelter' })).toBe(42);
    // Orion refuses limit=0 ("a value of ZERO is unacceptable"): one request, limit=1.
    const counts = broker.seen.slice(before);
    expect(counts.map((r) => r.url.searchParams.get('limit'))).toEqual(['1']);
    expect(counts[0]!.url.searchParams.get('options')).toBe('count');
  });

  it('reads Orion’s error bodies as typed errors', async () => {
    const broker = orion(1);
    const client = createNgsiClient(settings(broker.fetch));
    // No QuantumLeap behind this base: its path is not there.
    const error: unknown = await client
      .queryTemporal({
        type: 'EvacuationShelter',
        attrs: ['evacueeTotal'],
        options: 'aggregatedValues',
        timerel: 'between',
        timeAt: T,
        endTimeAt: T,
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemDetailsError);
    expect(error).toMatchObject({
      status: 404,
      problemType: 'NotFound',
      ngsiError: 'ResourceNotFound',
      title: 'no such path',
    });
  });
});
