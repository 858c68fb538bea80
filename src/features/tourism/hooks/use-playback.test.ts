import { describe, expect, it } from 'vitest';
import { playbackTiming } from './use-playback';
import { SPEEDS } from '../../../state/tourism-url';

describe('playbackTiming', () => {
  it.each([
    [1, 1000, 1],
    [2, 500, 1],
    [4, 250, 1],
    [8, 250, 2],
    [24, 250, 6],
  ])('%d h/s ticks every %d ms by %d h', (speed, intervalMs, hours) => {
    expect(playbackTiming(speed)).toEqual({ intervalMs, hours });
  });

  it('keeps every offered speed exact', () => {
    for (const s of SPEEDS) {
      const { intervalMs, hours } = playbackTiming(s);
      expect((hours * 1000) / intervalMs).toBe(s);
    }
  });
});
