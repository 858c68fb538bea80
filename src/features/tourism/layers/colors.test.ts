import { describe, expect, it } from 'vitest';
import {
  NO_DATA,
  PRESENCE_RAMP,
  flowColor,
  flowWidth,
  presenceColor,
  presenceStep,
} from './colors';

describe('tourism colours', () => {
  it.each([
    [0, 10_000, 0],
    [1, 10_000, 0],
    [10_000, 10_000, PRESENCE_RAMP.length - 1],
    [20_000, 10_000, PRESENCE_RAMP.length - 1],
    [100, 10_000, 3],
    [5, 0, 0],
  ])('presence %d of max %d is step %d', (value, max, step) => {
    expect(presenceStep(value, max)).toBe(step);
  });

  it('never paints missing presence like a zero', () => {
    expect(presenceColor(null, 100)).toEqual(NO_DATA);
    expect(presenceColor(0, 100)).not.toEqual(NO_DATA);
  });

  it.each([
    [0, 100, 1],
    [100, 100, 16],
    [25, 100, 8.5],
    [400, 100, 16],
  ])('flow %d of max %d is %d px wide', (count, max, width) => {
    expect(flowWidth(count, max)).toBeCloseTo(width);
  });

  it('tells sea from land, and big from small', () => {
    const sea = flowColor(100, 100, true);
    const land = flowColor(100, 100, false);
    expect(sea[2]).toBeGreaterThan(sea[0]);
    expect(land[0]).toBeGreaterThan(land[2]);
    expect(flowColor(1, 100, true)[3]).toBeLessThan(sea[3]!);
  });
});
