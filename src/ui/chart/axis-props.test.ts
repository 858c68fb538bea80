import { describe, expect, it } from 'vitest';
import { hourAxisProps, valueAxisProps } from './axis-props';
import type { ValueAxis } from './use-value-axis';

const axis: ValueAxis = {
  ticks: [0, 400, 800, 1200],
  domain: [0, 1200],
  width: 52,
  edge: 18,
  top: 24,
  bandHeight: 53,
  font: { px: 30, measure: (s: string) => s.length * 15, key: '' },
};
const NINE_PM_JST = Date.parse('2026-09-01T21:00:00+09:00');

describe('shared axis props', () => {
  it.each([
    ['ja', '1,200', '21時'],
    ['en', '1,200', '21:00'],
  ] as const)('in %s: numbers %s, hours %s, at the measured sizes', (lang, number, hour) => {
    const y = valueAxisProps(axis, lang);
    expect([y.width, y.ticks, y.tick.fontSize, y.tickFormatter(1200)]).toEqual([
      52,
      axis.ticks,
      30,
      number,
    ]);
    const x = hourAxisProps(axis, lang, 'hour', 2);
    expect([x.height, x.padding.left, x.interval, x.tickFormatter(NINE_PM_JST)]).toEqual([
      53,
      18,
      2,
      hour,
    ]);
  });
});
