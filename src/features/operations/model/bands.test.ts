import { describe, expect, it } from 'vitest';
import type { OccupancyBand } from '../../../domain/live';
import { bandOf, type BandInput } from './bands';

const VACAN = { somewhatCrowded: 30, crowded: 60, full: 80 };
const open = (evacueeTotal?: number, capacity?: number): BandInput => ({
  status: 'open',
  ...(evacueeTotal !== undefined && { evacueeTotal }),
  ...(capacity !== undefined && { capacity }),
});

describe('bandOf', () => {
  it.each<[string, BandInput, OccupancyBand]>([
    ['closed', { status: 'closed', evacueeTotal: 50, capacity: 100 }, 'closed'],
    ['declared full with few people', { status: 'full', evacueeTotal: 1, capacity: 100 }, 'full'],
    [
      'unknown status with a headcount',
      { status: 'unknown', evacueeTotal: 5, capacity: 100 },
      'unknown',
    ],
    ['unknown status with a level', { status: 'unknown', congestionLevel: 'crowded' }, 'unknown'],
    ['empty', open(0, 100), 'vacant'],
    ['29 %', open(29, 100), 'vacant'],
    ['exactly 30 %', open(30, 100), 'somewhatCrowded'],
    ['59 %', open(59, 100), 'somewhatCrowded'],
    ['exactly 60 %', open(60, 100), 'crowded'],
    ['79 %', open(79, 100), 'crowded'],
    ['exactly 80 %', open(80, 100), 'full'],
    ['over capacity', open(150, 100), 'full'],
    ['just under 30 % of 7 (2/7 = 28.6 %)', open(2, 7), 'vacant'],
    ['3 of 10 (0.3 is not exact in floating point)', open(3, 10), 'somewhatCrowded'],
    ['headcount beats congestion level', { ...open(1, 100), congestionLevel: 'full' }, 'vacant'],
    ['no capacity: congestion level', { ...open(40), congestionLevel: 'crowded' }, 'crowded'],
    ['zero capacity: congestion level', { ...open(5, 0), congestionLevel: 'vacant' }, 'vacant'],
    [
      'no headcount: congestion level',
      { ...open(undefined, 100), congestionLevel: 'full' },
      'full',
    ],
    ['open, nothing known', open(), 'unknown'],
    ['open, capacity only', open(undefined, 100), 'unknown'],
    ['open, headcount only', open(12), 'unknown'],
  ])('%s', (_label, input, expected) => {
    expect(bandOf(input, VACAN)).toBe(expected);
  });

  it.each<[number, OccupancyBand]>([
    [24, 'vacant'],
    [25, 'somewhatCrowded'],
    [50, 'crowded'],
    [89, 'crowded'],
    [90, 'full'],
  ])('custom thresholds 25/50/90: %i %%', (people, expected) => {
    expect(bandOf(open(people, 100), { somewhatCrowded: 25, crowded: 50, full: 90 })).toBe(
      expected,
    );
  });

  it('fractional thresholds at the edge', () => {
    const t = { somewhatCrowded: 33.5, crowded: 60, full: 80 };
    expect(bandOf(open(66, 200), t)).toBe('vacant');
    expect(bandOf(open(67, 200), t)).toBe('somewhatCrowded');
  });
});
