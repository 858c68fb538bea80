import { describe, expect, it } from 'vitest';
import { ensureLocalStorage } from './memory-storage';

describe('the worker stand-in for localStorage', () => {
  it('gives a scope without one a working Storage', () => {
    const scope: { localStorage?: Storage } = {};
    ensureLocalStorage(scope);
    const storage = scope.localStorage;
    if (!storage) throw new Error('no storage installed');
    expect(storage.getItem('a')).toBeNull();
    storage.setItem('a', '1');
    storage.setItem('b', '2');
    expect([storage.length, storage.getItem('a'), storage.key(1), storage.key(2)]).toEqual([
      2,
      '1',
      'b',
      null,
    ]);
    storage.removeItem('a');
    expect([storage.length, storage.getItem('a')]).toEqual([1, null]);
    storage.clear();
    expect(storage.length).toBe(0);
  });

  it('leaves a real one in place', () => {
    const real = { getItem: () => 'real' } as unknown as Storage;
    const scope = { localStorage: real };
    ensureLocalStorage(scope);
    expect(scope.localStorage).toBe(real);
  });
});
