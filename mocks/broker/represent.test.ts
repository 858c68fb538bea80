import { describe, expect, it } from 'vitest';
import type { NgsiEntity } from './json';
import { represent } from './represent';

const entity: NgsiEntity = {
  id: 'urn:ngsi-ld:EvacuationShelter:1',
  type: 'EvacuationShelter',
  name: { type: 'Property', value: '長崎市民会館' },
  evacueeTotal: { type: 'Property', value: 42, observedAt: '2026-09-01T00:00:00Z' },
  hazardTypes: { type: 'Property', value: ['flood', 'tsunami'] },
  address: { type: 'Property', value: { addressLocality: '長崎市' } },
  location: { type: 'GeoProperty', value: { type: 'Point', coordinates: [129.87, 32.75] } },
  project: { type: 'Relationship', object: 'urn:ngsi-ld:DisasterEvent:1' },
  maxCapacity: {
    type: 'Property',
    value: 300,
    source: { type: 'Property', value: 'municipality' },
  },
  congestionLevel: [
    { type: 'Property', value: 'vacant' },
    { type: 'Property', value: 'crowded', datasetId: 'urn:ngsi-ld:Dataset:vacan' },
  ],
};

describe('represent', () => {
  it('normalized is the stored entity, as a copy', () => {
    const out = represent(entity, 'normalized');
    expect(out).toEqual(entity);
    expect(out).not.toBe(entity);
  });

  it('keyValues keeps only values', () => {
    expect(represent(entity, 'keyValues')).toEqual({
      id: entity.id,
      type: 'EvacuationShelter',
      name: '長崎市民会館',
      evacueeTotal: 42,
      hazardTypes: ['flood', 'tsunami'],
      address: { addressLocality: '長崎市' },
      location: { type: 'Point', coordinates: [129.87, 32.75] },
      project: 'urn:ngsi-ld:DisasterEvent:1',
      maxCapacity: 300,
      congestionLevel: ['vacant', 'crowded'],
    });
  });

  it('concise drops type, and the wrapper where nothing else is left', () => {
    expect(represent(entity, 'concise')).toEqual({
      id: entity.id,
      type: 'EvacuationShelter',
      name: '長崎市民会館',
      // observedAt survives, which is why the live overlay may be read concise.
      evacueeTotal: { value: 42, observedAt: '2026-09-01T00:00:00Z' },
      hazardTypes: ['flood', 'tsunami'],
      // An object value keeps its wrapper, or it would read as sub-attributes.
      address: { value: { addressLocality: '長崎市' } },
      location: { type: 'Point', coordinates: [129.87, 32.75] },
      project: { object: 'urn:ngsi-ld:DisasterEvent:1' },
      maxCapacity: { value: 300, source: 'municipality' },
      congestionLevel: ['vacant', { value: 'crowded', datasetId: 'urn:ngsi-ld:Dataset:vacan' }],
    });
  });
});
