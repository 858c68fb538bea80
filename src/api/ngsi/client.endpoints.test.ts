import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createNgsiClient } from './client';
import { flattenTemporalEntity } from './representation/temporal';
import { API, BROKER, entities, fakeBroker, problem } from './testing/fake-broker';
import { mswServerForThisFile } from './testing/msw-server';

const server = mswServerForThisFile();

const CONTEXT = 'https://ctx.test/nagasaki/context.jsonld';

describe('getTypes', () => {
  it.each([
    [
      'EntityTypeList',
      {
        id: 'urn:ngsi-ld:EntityTypeList:1',
        type: 'EntityTypeList',
        typeList: ['EvacuationSite', 'DesignatedShelter', 'EvacuationSite'],
      },
    ],
    [
      'detailed EntityType array',
      [
        {
          id: 'https://datamodels.jp/ns/EvacuationSite',
          type: 'EntityType',
          typeName: 'EvacuationSite',
        },
        { id: 'DesignatedShelter', type: 'EntityType' },
      ],
    ],
    ['plain array', ['EvacuationSite', 'DesignatedShelter']],
  ])('reads %s', async (_name, body) => {
    server.use(http.get(`${API}/types`, () => HttpResponse.json(body)));
    expect(await createNgsiClient({ apiBaseUrl: BROKER, contextUrl: CONTEXT }).getTypes()).toEqual([
      'EvacuationSite',
      'DesignatedShelter',
    ]);
  });

  it('rejects an unknown shape', async () => {
    server.use(http.get(`${API}/types`, () => HttpResponse.json({ types: 'x' })));
    await expect(
      createNgsiClient({ apiBaseUrl: BROKER, contextUrl: CONTEXT }).getTypes(),
    ).rejects.toMatchObject({ kind: 'invalid-response', reason: 'wrong-shape' });
  });
});

describe('countEntities', () => {
  it('asks for limit=0&count=true', async () => {
    const broker = fakeBroker({ entities: entities(42) });
    server.use(broker.handler);
    const count = await createNgsiClient({ apiBaseUrl: BROKER, contextUrl: CONTEXT }).countEntities(
      { type: 'EvacuationShelter', q: 'openingStatus=="open"' },
    );
    expect(count).toBe(42);
    expect(broker.seen[0]?.url.search).toBe(
      '?type=EvacuationShelter&q=openingStatus%3D%3D%22open%22&limit=0&count=true',
    );
  });

  it('falls back to limit=1 when limit=0 is refused', async () => {
    const limits: string[] = [];
    server.use(
      http.get(`${API}/entities`, ({ request }) => {
        const limit = new URL(request.url).searchParams.get('limit') ?? '';
        limits.push(limit);
        if (limit === '0') return problem(400, 'BadRequestData', 'limit must be > 0');
        return HttpResponse.json([{ id: 'urn:a' }], { headers: { 'NGSILD-Results-Count': '7' } });
      }),
    );
    expect(
      await createNgsiClient({ apiBaseUrl: BROKER, contextUrl: CONTEXT }).countEntities({
        type: 'X',
      }),
    ).toBe(7);
    expect(limits).toEqual(['0', '1']);
  });

  it('is undefined when the count header is missing or unreadable', async () => {
    server.use(fakeBroker({ entities: entities(3), countHeader: false }).handler);
    expect(
      await createNgsiClient({ apiBaseUrl: BROKER, contextUrl: CONTEXT }).countEntities({
        type: 'X',
      }),
    ).toBeUndefined();
  });

  it('does not mask other errors', async () => {
    server.use(http.get(`${API}/entities`, () => problem(404, 'NonexistentTenant')));
    await expect(
      createNgsiClient({ apiBaseUrl: BROKER, contextUrl: CONTEXT, tenant: 'nope' }).countEntities({
        type: 'X',
      }),
    ).rejects.toMatchObject({ ngsiError: 'NonexistentTenant' });
  });
});

describe('queryTemporal', () => {
  const aggregated = (id: string) => ({
    id,
    type: 'EvacuationShelter',
    evacueeTotal: {
      type: 'Property',
      max: [[120, '2026-09-01T00:00:00Z', '2026-09-01T01:00:00Z']],
    },
  });

  it('sends the temporal parameters and pages', async () => {
    const broker = fakeBroker(
      { entities: [aggregated('urn:a'), aggregated('urn:b'), aggregated('urn:c')] },
      '/temporal/entities',
    );
    server.use(broker.handler);
    const result = await createNgsiClient({
      apiBaseUrl: BROKER,
      contextUrl: CONTEXT,
    }).queryTemporal({
      type: 'EvacuationShelter',
      attrs: ['evacueeTotal'],
      timerel: 'between',
      timeAt: '2026-09-01T00:00:00Z',
      endTimeAt: '2026-09-02T00:00:00Z',
      options: 'aggregatedValues',
      aggrMethods: ['max', 'avg'],
      aggrPeriodDuration: 'PT1H',
      pageSize: 2,
    });
    expect(result).toMatchObject({ pages: 2, totalReported: 3, truncated: false });
    const sp = broker.seen[0]?.url.searchParams;
    expect(Object.fromEntries(sp ?? [])).toEqual({
      type: 'EvacuationShelter',
      attrs: 'evacueeTotal',
      timerel: 'between',
      timeAt: '2026-09-01T00:00:00Z',
      endTimeAt: '2026-09-02T00:00:00Z',
      options: 'aggregatedValues',
      aggrMethods: 'max,avg',
      aggrPeriodDuration: 'PT1H',
      limit: '2',
      offset: '0',
      count: 'true',
    });
    const flat = flattenTemporalEntity(result.entities[0]);
    expect(flat.ok && flat.entity.series['evacueeTotal']?.aggregates?.['max']).toEqual([
      [120, '2026-09-01T00:00:00Z', '2026-09-01T01:00:00Z'],
    ]);
  });

  it('drops aggregation parameters for other representations', async () => {
    const broker = fakeBroker({ entities: [] }, '/temporal/entities');
    server.use(broker.handler);
    await createNgsiClient({ apiBaseUrl: BROKER, contextUrl: CONTEXT }).queryTemporal({
      type: 'X',
      timerel: 'after',
      timeAt: '2026-09-01T00:00:00+09:00',
      options: 'normalized',
      aggrMethods: ['max'],
      aggrPeriodDuration: 'PT1H',
    });
    const sp = broker.seen[0]?.url.searchParams;
    expect(sp?.get('timeAt')).toBe('2026-09-01T00:00:00+09:00');
    expect(sp?.has('options') || sp?.has('aggrMethods') || sp?.has('aggrPeriodDuration')).toBe(
      false,
    );
  });

  it('marks a 206 (history cut short by the broker) as truncated', async () => {
    server.use(
      http.get(`${API}/temporal/entities`, () =>
        HttpResponse.json([aggregated('urn:a')], { status: 206 }),
      ),
    );
    const result = await createNgsiClient({
      apiBaseUrl: BROKER,
      contextUrl: CONTEXT,
    }).queryTemporal({
      type: 'X',
      timerel: 'before',
      timeAt: '2026-09-01T00:00:00Z',
      options: 'temporalValues',
    });
    expect(result).toMatchObject({ truncated: true, pages: 1 });
  });

  it('reports a broker without the temporal API as a final error', async () => {
    server.use(
      http.get(
        `${API}/temporal/entities`,
        () => new HttpResponse('Not Implemented', { status: 501 }),
      ),
    );
    await expect(
      createNgsiClient({ apiBaseUrl: BROKER, contextUrl: CONTEXT }).queryTemporal({
        type: 'X',
        timerel: 'before',
        timeAt: '2026-09-01T00:00:00Z',
        options: 'temporalValues',
      }),
    ).rejects.toMatchObject({ kind: 'http', status: 501 });
  });
});
