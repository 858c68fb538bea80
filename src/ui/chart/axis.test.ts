import { describe, expect, it } from 'vitest';
import { estimateWidth, niceTicks, xEdgeMargin, yAxisWidth } from './axis';

describe('niceTicks', () => {
  it.each([
    [0, [0, 1]],
    [-5, [0, 1]],
    [Number.NaN, [0, 1]],
    [3, [0, 1, 2, 3]],
    [7, [0, 2, 4, 6, 8]],
    [100, [0, 25, 50, 75, 100]],
    [1180, [0, 500, 1000, 1500]],
    [1200, [0, 500, 1000, 1500]],
    [9446, [0, 2500, 5000, 7500, 10000]],
    [140694, [0, 50000, 100000, 150000]],
  ])('max %d → %j', (max, ticks) => {
    expect(niceTicks(max)).toEqual(ticks);
  });

  it('always reaches the maximum', () => {
    for (const max of [1, 9, 11, 99, 101, 999, 1001, 12345, 987654]) {
      expect(niceTicks(max).at(-1)).toBeGreaterThanOrEqual(max);
    }
  });
});

describe('axis widths follow the labels and the font', () => {
  const perChar = (px: number) => (s: string) => s.length * px * 0.6;
  it.each([
    [['0', '500'], 13, Math.ceil(3 * 13 * 0.6 + 0.9 * 13)],
    [['0', '500', '1,000', '1,500'], 13, Math.ceil(5 * 13 * 0.6 + 0.9 * 13)],
    // The wall's type: the same labels need more than twice the room.
    [['0', '500', '1,000', '1,500'], 30, Math.ceil(5 * 30 * 0.6 + 0.9 * 30)],
  ])('%j at %dpx → %d', (labels, px, width) => {
    expect(yAxisWidth(labels, perChar(px), px)).toBe(width);
  });

  it('the old constant of 56 px is too narrow for "1,500" at the kiosk type scale', () => {
    expect(yAxisWidth(['1,500'], (s) => estimateWidth(s, 30), 30)).toBeGreaterThan(56);
  });

  it('the right margin holds half the widest X label', () => {
    expect(xEdgeMargin(['21:00', '0:00'], perChar(20), 20)).toBe(Math.ceil(30 + 6));
  });

  it.each([
    ['1,200', 10, 31],
    ['21時', 10, 22.4],
  ])('estimates %s at %dpx as %d', (text, px, w) => {
    expect(estimateWidth(text, px)).toBeCloseTo(w, 5);
  });
});
