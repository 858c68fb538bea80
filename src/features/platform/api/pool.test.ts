import { describe, expect, it } from 'vitest';
import { mapLimited } from './pool';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

describe('mapLimited', () => {
  it.each([
    [10, 4, 4],
    [3, 4, 3],
    [5, 1, 1],
    [0, 4, 0],
  ])('%i items, max %i: at most %i at once, results in order', async (n, max, peak) => {
    let running = 0;
    let seen = 0;
    const items = Array.from({ length: n }, (_, i) => i);
    const out = await mapLimited(items, max, async (i) => {
      running += 1;
      seen = Math.max(seen, running);
      // Later items finish first: the order of results must not follow completion.
      for (let k = 0; k < n - i; k += 1) await tick();
      running -= 1;
      return i * 10;
    });
    expect(out).toEqual(items.map((i) => i * 10));
    expect(seen).toBe(peak);
  });

  it('rejects when a call rejects', async () => {
    await expect(
      mapLimited([1, 2, 3], 2, (i) => (i === 2 ? Promise.reject(new Error('x')) : tick())),
    ).rejects.toThrow('x');
  });
});
