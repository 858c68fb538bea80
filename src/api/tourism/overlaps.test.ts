import { describe, expect, it } from 'vitest';
import type { FlowObservation } from '../../domain/tourism';
import { jstDayStartMs } from '../../domain/jst';
import { packFlowDay, resolveFlowOverlaps } from './overlaps';

const H = 3_600_000;
const DAY0 = jstDayStartMs('2026-08-01');

function flow(id: string, fromH: number, toH: number, patch: Partial<FlowObservation> = {}) {
  const f: FlowObservation = {
    id,
    origin: { kind: 'prefecture', code: '40' },
    destinationCode: '42201',
    fromMs: DAY0 + fromH * H,
    toMs: DAY0 + toH * H,
    count: 50,
    category: 'domestic',
    stay: 'dayTrip',
    mode: 'road',
    ...patch,
  };
  return f;
}

describe('resolveFlowOverlaps', () => {
  it.each<[string, FlowObservation[], string[], number]>([
    ['nothing', [], [], 0],
    ['hourly records alone are all kept', [flow('h2', 1, 2), flow('h1', 0, 1)], ['h1', 'h2'], 0],
    [
      'a daily record wins over the hourly records inside it',
      [flow('h1', 0, 1), flow('day', 0, 24), flow('h2', 13, 14)],
      ['day'],
      2,
    ],
    [
      'an hourly record outside the daily one stays',
      [flow('day', 0, 24), flow('next', 24, 25)],
      ['day', 'next'],
      0,
    ],
    ['an exact repeat: the smaller id wins', [flow('b', 0, 24), flow('a', 0, 24)], ['a'], 1],
    [
      'equal length, partly overlapping: the earlier start wins',
      [flow('late', 2, 6), flow('early', 0, 4)],
      ['early'],
      1,
    ],
    [
      'touching periods do not overlap (half-open)',
      [flow('a', 0, 12), flow('b', 12, 24)],
      ['a', 'b'],
      0,
    ],
    [
      'other groups never compete',
      [
        flow('day', 0, 24),
        flow('air', 0, 1, { mode: 'air' }),
        flow('nomode', 0, 1, { mode: undefined }),
        flow('stay', 0, 1, { stay: 'overnight' }),
        flow('inbound', 0, 1, { category: 'inbound' }),
        flow('dest', 0, 1, { destinationCode: '42202' }),
        flow('pref', 0, 1, { origin: { kind: 'prefecture', code: '41' } }),
        flow('muni', 0, 1, { origin: { kind: 'municipality', code: '42202' } }),
      ],
      ['air', 'day', 'dest', 'inbound', 'muni', 'nomode', 'pref', 'stay'],
      0,
    ],
    [
      'a suppressed daily record still wins (it counts the same visitors)',
      [flow('day', 0, 24, { count: null }), flow('h', 3, 4)],
      ['day'],
      1,
    ],
  ])('%s', (_label, items, kept, overlapping) => {
    const r = resolveFlowOverlaps(items);
    expect(r.kept.map((f) => f.id)).toEqual(kept);
    expect(r.overlapping).toBe(overlapping);
  });

  it('sorts the kept records by start, then id', () => {
    const r = resolveFlowOverlaps([
      flow('z', 5, 6),
      flow('b', 1, 2),
      flow('a', 5, 6, { mode: 'air' }),
    ]);
    expect(r.kept.map((f) => f.id)).toEqual(['b', 'a', 'z']);
  });
});

describe('packFlowDay', () => {
  it('keeps the records that start on the day and resolves overlaps among them', () => {
    const packed = packFlowDay('2026-08-01', DAY0, [
      flow('before', -1, 1),
      flow('day', 0, 24),
      flow('h', 23, 24),
      flow('after', 24, 25),
    ]);
    expect(packed.day).toEqual({ date: '2026-08-01', startMs: DAY0, flows: [flow('day', 0, 24)] });
    expect(packed.overlapping).toBe(1);
    expect(packed.otherDate).toBe(2);
  });
});
