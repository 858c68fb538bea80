import { describe, expect, it } from 'vitest';
import {
  NO_DATA,
  PRESENCE_RAMP,
  flowColor,
  flowWidth,
  presenceBreaks,
  presenceColor,
  presenceStep,
} from './colors';

describe('tourism colours', () => {
  it.each<[number, number[]]>([
    [0, []],
    [10_000, [3, 13, 51, 190, 720, 2700]],
    [96_170, [4, 26, 140, 700, 3600, 19_000]],
    [30, [1, 2, 3, 6, 11, 18]],
    [3, [1, 2, 3]],
  ])('the breaks for a largest count of %d are %j', (max, breaks) => {
    expect(presenceBreaks(max)).toEqual(breaks);
  });

  it.each([
    [0, 10_000, 0],
    [1, 10_000, 0],
    [2, 10_000, 0],
    [3, 10_000, 1],
    [10_000, 10_000, PRESENCE_RAMP.length - 1],
    [20_000, 10_000, PRESENCE_RAMP.length - 1],
    [100, 10_000, 3],
    [189, 10_000, 3],
    [190, 10_000, 4],
    [5, 0, 0],
  ])('presence %d of max %d is step %d', (value, max, step) => {
    expect(presenceStep(value, presenceBreaks(max))).toBe(step);
  });

  it('never paints missing presence like a zero', () => {
    const breaks = presenceBreaks(100);
    expect(presenceColor(null, breaks)).toEqual(NO_DATA);
    expect(presenceColor(0, breaks)).not.toEqual(NO_DATA);
  });

  it.each([
    [0, 100, 1],
    [100, 100, 16],
    [25, 100, 8.5],
    [400, 100, 16],
  ])('flow %d of max %d is %d px wide', (count, max, width) => {
    expect(flowWidth(count, max)).toBeCloseTo(width);
  });

  it('tells sea, air and land apart, and big from small', () => {
    const sea = flowColor(100, 100, 'sea');
    const air = flowColor(100, 100, 'air');
    const land = flowColor(100, 100, 'land');
    expect(sea[2]).toBeGreaterThan(sea[0]);
    expect(land[0]).toBeGreaterThan(land[2]);
    expect(air[0]).toBeGreaterThan(air[1]);
    expect(air[2]).toBeGreaterThan(air[1]);
    expect(flowColor(1, 100, 'sea')[3]).toBeLessThan(sea[3]!);
  });
});
