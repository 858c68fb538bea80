import { describe, expect, it } from 'vitest';
import { lazyObject } from './lazy';

describe('lazyObject', () => {
  it('builds the object once, on first use or when forced, with methods bound to it', () => {
    let built = 0;
    const lazy = lazyObject(() => {
      built++;
      return {
        n: 2,
        twice(this: { n: number }) {
          return this.n * 2;
        },
      };
    });
    expect(built).toBe(0);
    // Bound: a method taken off the stand-in still reads the real object.
    const twice = Reflect.get(lazy.value, 'twice') as () => number;
    expect(twice()).toBe(4);
    expect(lazy.value.n).toBe(2);
    expect('n' in lazy.value).toBe(true);
    lazy.value.n = 5;
    expect(lazy.force().n).toBe(5);
    expect(lazy.force()).toBe(lazy.force());
    expect(built).toBe(1);
  });
});
