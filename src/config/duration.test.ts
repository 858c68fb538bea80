import { describe, expect, it } from 'vitest';
import { parseDurationMs } from './duration';

const S = 1_000;
const MIN = 60 * S;
const H = 60 * MIN;
const D = 24 * H;

describe('parseDurationMs', () => {
  it.each<[string, number]>([
    ['P365D', 365 * D],
    ['PT10M', 10 * MIN],
    ['P1D', D],
    ['P2W', 14 * D],
    ['PT1H30M', 90 * MIN],
    ['P1DT12H', 36 * H],
    ['PT45S', 45 * S],
    ['PT0S', 0],
  ])('%s → %i ms', (text, ms) => expect(parseDurationMs(text)).toBe(ms));

  it.each([
    'P1Y', // calendar-dependent
    'P6M', // months, not minutes
    'P',
    'PT',
    'P1DT',
    '365',
    'p365d',
    'PT1.5H',
    ' P1D',
    'P1D ',
    '',
    'event',
  ])('refuses %j', (text) => expect(parseDurationMs(text)).toBeUndefined());
});
