import { beforeEach, describe, expect, it } from 'vitest';
import { createBroker, type Broker } from './broker';
import type { NgsiEntity } from './json';
import { NgsiError } from './problem';
import type { Selection } from './select';
import type { EntitySource } from './source';
import { asList, brokerRequest, shelter } from './testing';

const reading = (n: number): NgsiEntity => ({
  id: `urn:ngsi-ld:Reading:${n}`,
  type: 'Reading',
  level: { type: 'Property', value: n },
});

/** Serves 25 Reading entities; refuses a query without q, as a large source would. */
function readings(calls: Selection[]): EntitySource {
  const all = Array.from({ length: 25 }, (_, i) => reading(i + 1));
  return {
    types: ['Reading'],
    attributeNames: { Reading: ['level'] },
    entities(_type, selection) {
      calls.push(selection);
      if (!selection.q) throw new NgsiError('TooManyResults', 'Too many results', 'name a q');
      return all;
    },
  };
}

let broker: Broker;
let calls: Selection[];

beforeEach(() => {
  calls = [];
  broker = createBroker();
  broker.upsertMany([shelter(1, 'open', 10)]);
  broker.addSource(readings(calls));
});

const query = (path: string, headers: Record<string, string> = {}, withContext = true) =>
  broker.queryEntities(brokerRequest(path, headers, withContext));

describe('virtual entity sources', () => {
  it.each([
    [
      '?type=Reading&q=level>=20&count=true',
      6,
      ['urn:ngsi-ld:Reading:20', 'urn:ngsi-ld:Reading:21'],
    ],
    [
      '?type=Reading&q=level<3&options=keyValues',
      2,
      ['urn:ngsi-ld:Reading:1', 'urn:ngsi-ld:Reading:2'],
    ],
    ['?type=Reading&q=level>0&id=urn:ngsi-ld:Reading:7', 1, ['urn:ngsi-ld:Reading:7']],
  ])('%s: filtered like stored entities', (path, total, firstIds) => {
    const res = query(`${path}&limit=2&count=true`);
    expect(res.status).toBe(200);
    expect(res.headers['NGSILD-Results-Count']).toBe(String(total));
    expect(asList(res.body).map((e) => e.id)).toEqual(firstIds);
  });

  it('applies representations and attrs', () => {
    const res = query('?type=Reading&q=level==5&options=concise&attrs=level');
    expect(res.body).toEqual([{ id: 'urn:ngsi-ld:Reading:5', type: 'Reading', level: 5 }]);
  });

  it('pages through stored entities first, then the source', () => {
    const ids: string[] = [];
    for (let offset = 0; offset < 30; offset += 10) {
      const res = query(
        `?type=Reading,EvacuationShelter&q=level>0|openingStatus=="open"&limit=10&offset=${offset}`,
      );
      ids.push(...asList(res.body).map((e) => String(e.id)));
    }
    expect(ids).toHaveLength(26);
    expect(new Set(ids).size).toBe(26);
    expect(ids[0]).toBe('urn:ngsi-ld:EvacuationShelter:1');
  });

  it('passes refusals through as ProblemDetails', () => {
    const res = query('?type=Reading');
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({
      type: expect.stringContaining('TooManyResults'),
      detail: 'name a q',
    });
  });

  it.each([
    ['without the @context', {}, false],
    ['in another tenant', { 'NGSILD-Tenant': 'other' }, true],
  ])('is not consulted %s', (_name, headers, withContext) => {
    broker.createTenant('other');
    const res = query('?type=Reading&q=level>0', headers, withContext);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
    expect(calls).toHaveLength(0);
  });

  it('is not consulted for queries that do not name its types', () => {
    expect(asList(query('?q=level>0').body)).toEqual([]);
    expect(asList(query('?type=EvacuationShelter').body)).toHaveLength(1);
    expect(calls).toHaveLength(0);
  });

  it('lists its types in /types, with their declared attributes', () => {
    expect(broker.listTypes(brokerRequest('/types')).body).toMatchObject({
      typeList: ['EvacuationShelter', 'Reading'],
    });
    const details = asList(broker.listTypes(brokerRequest('/types?details=true')).body);
    expect(details.find((t) => t.id === 'Reading')).toMatchObject({ attributeNames: ['level'] });
    expect(broker.listTypes(brokerRequest('/types', {}, false)).body).toMatchObject({
      typeList: [],
    });
  });

  it('survives restore and clear', () => {
    const snapshot = broker.snapshot();
    broker.clear();
    broker.restore(snapshot);
    expect(asList(query('?type=Reading&q=level==1').body)).toHaveLength(1);
    broker.clear();
    expect(asList(query('?type=Reading&q=level==1').body)).toHaveLength(1);
  });
});
