import { beforeEach, describe, expect, it } from 'vitest';
import { createBroker, type Broker } from './broker';
import type { EntitySource } from './source';
import { asList, brokerRequest, shelter } from './testing';

const T0 = Date.parse('2026-09-01T00:00:00Z');
let clock = T0;
let broker: Broker;

const iso = (ms: number) => new Date(ms).toISOString();
const query = (path: string) => broker.queryEntities(brokerRequest(path));

beforeEach(() => {
  clock = T0;
  broker = createBroker({}, () => clock);
  broker.upsert(shelter(1, 'open', 10));
  broker.upsert(shelter(2, 'open', 5), { writtenAt: '2025-10-26T15:00:00.000Z' });
});

describe('options=sysAttrs', () => {
  it('stamps createdAt and modifiedAt from the broker clock, on the entity and each attribute', () => {
    const [e] = asList(
      query('/entities?type=EvacuationShelter&q=evacueeTotal==10&options=sysAttrs').body,
    );
    expect(e).toMatchObject({ createdAt: iso(T0), modifiedAt: iso(T0) });
    expect(e?.openingStatus).toMatchObject({
      value: 'open',
      createdAt: iso(T0),
      modifiedAt: iso(T0),
    });
  });

  it('uses a write time given with the write (fixtures)', () => {
    const [e] = asList(
      query('/entities?type=EvacuationShelter&q=evacueeTotal==5&options=sysAttrs').body,
    );
    expect(e).toMatchObject({
      createdAt: '2025-10-26T15:00:00.000Z',
      modifiedAt: '2025-10-26T15:00:00.000Z',
    });
  });

  it('a merge-upsert moves modifiedAt of the entity and the written attributes only', () => {
    clock = T0 + 60_000;
    broker.upsert({
      id: 'urn:ngsi-ld:EvacuationShelter:1',
      type: 'EvacuationShelter',
      openingStatus: { type: 'Property', value: 'full' },
      statusLabel: { type: 'Property', value: '満員' },
    });
    const [e] = asList(
      query('/entities?type=EvacuationShelter&q=evacueeTotal==10&options=sysAttrs').body,
    );
    const later = iso(T0 + 60_000);
    expect(e).toMatchObject({ createdAt: iso(T0), modifiedAt: later });
    expect(e?.openingStatus).toMatchObject({ createdAt: iso(T0), modifiedAt: later });
    expect(e?.statusLabel).toMatchObject({ createdAt: later, modifiedAt: later });
    expect(e?.evacueeTotal).toMatchObject({ createdAt: iso(T0), modifiedAt: iso(T0) });
  });

  it('keeps only the entity times in keyValues, and works with attrs', () => {
    const body = asList(
      query('/entities?type=EvacuationShelter&attrs=localGovernmentCode&options=keyValues,sysAttrs')
        .body,
    );
    expect(body).toEqual([
      {
        id: 'urn:ngsi-ld:EvacuationShelter:1',
        type: 'EvacuationShelter',
        localGovernmentCode: '422011',
        createdAt: iso(T0),
        modifiedAt: iso(T0),
      },
      {
        id: 'urn:ngsi-ld:EvacuationShelter:2',
        type: 'EvacuationShelter',
        localGovernmentCode: '422011',
        createdAt: '2025-10-26T15:00:00.000Z',
        modifiedAt: '2025-10-26T15:00:00.000Z',
      },
    ]);
  });

  it('keeps attribute times in concise form (the wrapper stays)', () => {
    const [e] = asList(
      query(
        '/entities?type=EvacuationShelter&q=evacueeTotal==10&attrs=evacueeTotal&options=concise,sysAttrs',
      ).body,
    );
    expect(e?.evacueeTotal).toEqual({ value: 10, createdAt: iso(T0), modifiedAt: iso(T0) });
  });

  it('sends no system attributes without the option', () => {
    const [e] = asList(query('/entities?type=EvacuationShelter&q=evacueeTotal==10').body);
    expect(e).not.toHaveProperty('modifiedAt');
    expect(e?.openingStatus).not.toHaveProperty('modifiedAt');
  });

  it('also on retrieval by id', () => {
    const id = 'urn:ngsi-ld:EvacuationShelter:2';
    const res = broker.retrieveEntity(
      brokerRequest(`/entities/${encodeURIComponent(id)}?options=sysAttrs`),
      id,
    );
    expect(res.body).toMatchObject({ modifiedAt: '2025-10-26T15:00:00.000Z' });
  });

  it('invents no time for a virtual source', () => {
    const source: EntitySource = {
      types: ['Virtual'],
      entities: () => [
        { id: 'urn:ngsi-ld:Virtual:1', type: 'Virtual', p: { type: 'Property', value: 1 } },
      ],
    };
    broker.addSource(source);
    expect(asList(query('/entities?type=Virtual&options=sysAttrs').body)).toEqual([
      { id: 'urn:ngsi-ld:Virtual:1', type: 'Virtual', p: { type: 'Property', value: 1 } },
    ]);
  });

  it('survives snapshot and restore', () => {
    const snapshot = broker.snapshot();
    broker.clear();
    broker.restore(snapshot);
    const [e] = asList(
      query('/entities?type=EvacuationShelter&q=evacueeTotal==5&options=sysAttrs').body,
    );
    expect(e).toMatchObject({ modifiedAt: '2025-10-26T15:00:00.000Z' });
  });
});

describe('count-only queries', () => {
  it('limit=0&count=true with q: [] and the count, and no next link', () => {
    broker.configure({ nextLink: true });
    const res = query(
      '/entities?type=EvacuationShelter&q=localGovernmentCode=="422011","42201"&limit=0&count=true',
    );
    expect(res.body).toEqual([]);
    expect(res.headers['NGSILD-Results-Count']).toBe('2');
    expect(res.headers.Link).not.toContain('rel="next"');
  });
});
