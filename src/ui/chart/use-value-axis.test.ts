import { describe, expect, it } from 'vitest';
import { bandHeight, topMargin } from './use-value-axis';

describe('room around a chart for labels at its font', () => {
  // A label's line box is about 1.5× the font (Noto Sans CJK); measured in Chromium at
  // 30 px: 44 px. The top label is centred on the top tick; the axis band holds a label and
  // the 8 px tick line and gap.
  it.each([
    [12, 10, 26],
    [14, 12, 29],
    [30, 24, 53],
  ])('at %i px: top margin %i, axis band %i', (px, top, band) => {
    expect(topMargin(px)).toBe(top);
    expect(bandHeight(px)).toBe(band);
    expect(topMargin(px)).toBeGreaterThanOrEqual((px * 1.47) / 2);
    expect(bandHeight(px)).toBeGreaterThanOrEqual(px * 1.47 + 8);
  });
});
