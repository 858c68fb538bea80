import { describe, expect, it } from 'vitest';
import { mastersSettled } from './use-live-feeds';

const q = (isPending: boolean, failureCount = 0) => ({ isPending, failureCount });

describe('mastersSettled: when the other feeds may start', () => {
  it.each<[string, ReturnType<typeof q>, ReturnType<typeof q>, boolean]>([
    ['both masters still on their way', q(true), q(true), false],
    ['one master in, the other on its way', q(false), q(true), false],
    ['both in (or kept from an earlier visit)', q(false), q(false), true],
    ['a master request failed, retrying', q(true, 1), q(true), true],
    ['the other master failed, retrying', q(false), q(true, 2), true],
  ])('%s', (_label, sites, shelters, settled) => {
    expect(mastersSettled({ sites, shelters })).toBe(settled);
  });
});
