import { describe, expect, it } from 'vitest';
import { facilityKey } from './facility-key';

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
