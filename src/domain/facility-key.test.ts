import { describe, expect, it } from 'vitest';
import { facilityKey, inFacility } from './facility-key';

describe('facilityKey', () => {
  it.each<[string, string]>([
    // A shelter and an emergency site of one facility share the key.
    ['E4220100004201', 'E4220100004'],
    ['E4220100004111', 'E4220100004'],
    ['E4221100123201', 'E4221100123'],
    // A key already (the selection in the URL) stays itself.
    ['E4220100004', 'E4220100004'],
    ['', ''],
  ])('%s → %s', (id, key) => {
    expect(facilityKey(id)).toBe(key);
  });
});

describe('inFacility', () => {
  const ids = ['E4220100004201', 'E4220100004111', 'E4220100005201', 'E4220100004', 'E42201', ''];
  const keys = ['E4220100004', 'E4220100005', 'E422010000', 'E42201000041', 'E42201', '', 'x'];
  it.each(ids.flatMap((id) => keys.map((key) => [id, key] as const)))(
    '%j in %j: as facilityKey(id) === key',
    (id, key) => {
      expect(inFacility(id, key)).toBe(facilityKey(id) === key);
    },
  );
  it('holds for a facility key and its designations, and not for a neighbour', () => {
    expect(inFacility('E4220100004201', 'E4220100004')).toBe(true);
    expect(inFacility('E4220100004111', 'E4220100004')).toBe(true);
    expect(inFacility('E4220100005201', 'E4220100004')).toBe(false);
  });
});
