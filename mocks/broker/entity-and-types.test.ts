import { beforeEach, describe, expect, it } from 'vitest';
import { createBroker, type Broker } from './broker';
import { brokerRequest, shelter } from './testing';

const ERR = 'https://uri.etsi.org/ngsi-ld/errors/';
let broker: Broker;

beforeEach(() => {
  broker = createBroker();
  broker.upsertMany([shelter(1, 'open', 10), shelter(2, 'full', 20)]);
  broker.upsert({
    id: 'urn:ngsi-ld:DisasterEvent:1',
    type: 'DisasterEvent',
    name: { type: 'Property', value: 'Typhoon' },
  });
});

describe('GET /entities/{id}', () => {
  const get = (id: string, query = '', withContext = true) =>
    broker.retrieveEntity(
      brokerRequest(`/entities/${encodeURIComponent(id)}${query}`, {}, withContext),
      id,
    );

  it('returns the entity in the requested representation and projection', () => {
    const res = get('urn:ngsi-ld:EvacuationShelter:2', '?options=keyValues&attrs=openingStatus');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: 'urn:ngsi-ld:EvacuationShelter:2',
      type: 'EvacuationShelter',
      openingStatus: 'full',
    });
  });

  it('finds an entity by id without the @context (an id needs no expansion)', () => {
    expect(get('urn:ngsi-ld:EvacuationShelter:1', '', false).status).toBe(200);
  });

  it.each([
    ['urn:ngsi-ld:EvacuationShelter:404', '', 404, 'ResourceNotFound'],
    ['urn:ngsi-ld:EvacuationShelter:1', '?type=DisasterEvent', 404, 'ResourceNotFound'],
    ['not a uri', '', 400, 'BadRequestData'],
  ])('%s%s → %i %s', (id, query, status, name) => {
    const res = get(id, query);
    expect(res.status).toBe(status);
    expect(res.headers['Content-Type']).toBe('application/json');
    expect(res.body).toMatchObject({
      type: `${ERR}${name}`,
      status,
      title: expect.any(String),
      detail: expect.any(String),
    });
  });
});

describe('GET /types', () => {
  it('lists the types as an EntityTypeList', () => {
    const res = broker.listTypes(brokerRequest('/types'));
    expect(res.body).toEqual({
      id: 'urn:ngsi-ld:EntityTypeList:default',
      type: 'EntityTypeList',
      typeList: ['DisasterEvent', 'EvacuationShelter'],
    });
  });

  it('describes each type with details=true', () => {
    const res = broker.listTypes(brokerRequest('/types?details=true'));
    expect(res.body).toContainEqual({
      id: 'DisasterEvent',
      type: 'EntityType',
      typeName: 'DisasterEvent',
      attributeNames: ['name'],
    });
  });

  it('lists nothing without the @context', () => {
    expect(broker.listTypes(brokerRequest('/types', {}, false)).body).toMatchObject({
      typeList: [],
    });
  });

  it('answers an unknown tenant with NonexistentTenant', () => {
    const res = broker.listTypes(brokerRequest('/types', { 'NGSILD-Tenant': 'nope' }));
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ type: `${ERR}NonexistentTenant` });
  });
});

describe('store', () => {
  it('merges upserts, keeping attributes not named', () => {
    broker.upsert({
      id: 'urn:ngsi-ld:EvacuationShelter:1',
      type: 'EvacuationShelter',
      openingStatus: { type: 'Property', value: 'closed' },
    });
    const e = broker.getEntity('urn:ngsi-ld:EvacuationShelter:1');
    expect(e?.openingStatus).toEqual({ type: 'Property', value: 'closed' });
    expect(e?.evacueeTotal).toEqual({ type: 'Property', value: 10 });
  });

  it('does not let callers mutate stored entities', () => {
    const input = shelter(3, 'open', 1);
    broker.upsert(input);
    input.openingStatus = { type: 'Property', value: 'mutated' };
    const copy = broker.getEntity('urn:ngsi-ld:EvacuationShelter:3');
    if (copy) copy.openingStatus = { type: 'Property', value: 'mutated too' };
    expect(broker.getEntity('urn:ngsi-ld:EvacuationShelter:3')?.openingStatus).toEqual({
      type: 'Property',
      value: 'open',
    });
  });

  it('restores a snapshot and clears tenants', () => {
    const snap = broker.snapshot();
    broker.createTenant('extra');
    broker.remove('urn:ngsi-ld:EvacuationShelter:1');
    broker.restore(snap);
    expect(broker.getEntity('urn:ngsi-ld:EvacuationShelter:1')).toBeDefined();
    broker.clear();
    expect(broker.getEntity('urn:ngsi-ld:EvacuationShelter:1')).toBeUndefined();
    expect(
      broker.queryEntities(
        brokerRequest('/entities?type=EvacuationShelter', { 'NGSILD-Tenant': 'extra' }),
      ).status,
    ).toBe(404);
  });
});
