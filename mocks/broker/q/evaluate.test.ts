import { describe, expect, it } from 'vitest';
import type { NgsiEntity } from '../json';
import { matchesQ } from './evaluate';
import { parseQ } from './parse';

const entity: NgsiEntity = {
  id: 'urn:ngsi-ld:EvacuationShelter:1',
  type: 'EvacuationShelter',
  openingStatus: { type: 'Property', value: 'open', observedAt: '2026-09-01T09:00:00+09:00' },
  evacueeTotal: { type: 'Property', value: 42, unitCode: 'C62' },
  accessible: { type: 'Property', value: true },
  dateObserved: { type: 'Property', value: '2026-08-01' },
  openedAt: { type: 'Property', value: '2026-09-01T00:30:00Z' },
  hazardTypes: { type: 'Property', value: ['flood', 'tsunami'] },
  address: { type: 'Property', value: { addressLocality: '長崎市', postalCode: '8508501' } },
  project: { type: 'Relationship', object: 'urn:ngsi-ld:DisasterEvent:1' },
  maxCapacity: {
    type: 'Property',
    value: 100,
    source: { type: 'Property', value: 'municipality' },
  },
  // Multi-attribute: two instances told apart by datasetId.
  congestionLevel: [
    { type: 'Property', value: 'vacant' },
    { type: 'Property', value: 'crowded', datasetId: 'urn:ngsi-ld:Dataset:vacan' },
  ],
};

describe('matchesQ', () => {
  it.each([
    ['openingStatus', true],
    ['evacueeHouseholds', false],
    ['openingStatus=="open"', true],
    ['openingStatus=="closed"', false],
    ['openingStatus!="closed"', true],
    ['openingStatus=="open","full"', true],
    ['openingStatus!="open","full"', false],
    ['evacueeTotal==42', true],
    ['evacueeTotal=="42"', false],
    ['evacueeTotal>41;evacueeTotal<43', true],
    ['evacueeTotal>=42', true],
    ['evacueeTotal<=41', false],
    ['evacueeTotal==40..50', true],
    ['evacueeTotal==43..50', false],
    ['evacueeTotal!=43..50', true],
    ['evacueeTotal>"a"', false],
    ['accessible==true', true],
    ['accessible==false', false],
    ['dateObserved>="2026-08-01"', true],
    ['dateObserved>=2026-08-01;dateObserved<2026-08-02', true],
    ['dateObserved<2026-08-01', false],
    // Instants compare as times, whatever the offset they are written with.
    ['openedAt==2026-09-01T09:30:00+09:00', true],
    ['openedAt<2026-09-01T09:00:00+09:00', false],
    ['hazardTypes=="tsunami"', true],
    ['hazardTypes=="eruption"', false],
    ['hazardTypes!="eruption"', true],
    ['hazardTypes=="eruption","flood"', true],
    ['address[addressLocality]=="長崎市"', true],
    ['address[postalCode]=="0000000"', false],
    ['address[missing]', false],
    ['project=="urn:ngsi-ld:DisasterEvent:1"', true],
    ['project==urn:ngsi-ld:DisasterEvent:2', false],
    ['openingStatus.observedAt>=2026-09-01T00:00:00Z', true],
    ['evacueeTotal.unitCode=="C62"', true],
    ['maxCapacity.source=="municipality"', true],
    ['congestionLevel=="crowded"', true],
    ['congestionLevel=="full"', false],
    ['evacueeHouseholds!=3', false],
    ['openingStatus~=^op', true],
    ['openingStatus!~=^op', false],
    ['openingStatus=="closed"|evacueeTotal>40', true],
    ['openingStatus=="closed";evacueeTotal>40|accessible==true', true],
    ['openingStatus=="closed";(evacueeTotal>40|accessible==true)', false],
  ])('%s → %s', (q, expected) => {
    expect(matchesQ(parseQ(q), entity)).toBe(expected);
  });
});
