/**
 * Property tests of the worker's packing of a tourism day: every record is accounted for once
 * (a cell, a duplicate, another day, or invalid), and overlap resolution never counts a period
 * twice. Fixed seeds: a CI failure reproduces.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from '../../domain/municipalities';
import type { FlowObservation, PresenceObservation } from '../../domain/tourism';
import { ABSENT } from '../../domain/tourism-days';
import { packPresenceDay } from './pack';
import { resolveFlowOverlaps } from './overlaps';

const RUNS = { numRuns: 200, seed: 7 };
const DATE = '2026-08-01';
const DAY0 = Date.parse(`${DATE}T00:00:00+09:00`);
const H = 3_600_000;
const code = fc.constantFrom(...MUNICIPALITIES.map((m) => m.code), '13101');

const presence: fc.Arbitrary<PresenceObservation> = fc
  .record({
    code,
    date: fc.constantFrom(DATE, '2026-08-02'),
    hour: fc.oneof(fc.integer({ min: 0, max: 23 }), fc.constantFrom(24, -1, 1.5)),
    nationality: fc.constantFrom('JP', 'KR', 'TW'),
    pref: fc.option(fc.constantFrom('40', '13'), { nil: undefined }),
    count: fc.option(fc.nat({ max: 2 ** 33 }), { nil: null }),
    n: fc.nat(),
  })
  .map((r) => ({
    id: `urn:p:${r.n}`,
    municipalityCode: r.code,
    date: r.date,
    hour: r.hour,
    startMs: DAY0 + r.hour * H,
    nationality: r.nationality,
    ...(r.pref !== undefined && r.nationality === 'JP' && { originPrefecture: r.pref }),
    count: r.count,
  }));

describe('packPresenceDay', () => {
  it('accounts for every record exactly once', () => {
    fc.assert(
      fc.property(fc.array(presence, { maxLength: 80 }), (items) => {
        const packed = packPresenceDay(DATE, items);
        const cells = packed.day.counts.reduce((n, c) => n + (c === ABSENT ? 0 : 1), 0);
        expect(cells + packed.duplicates + packed.otherDate + packed.invalid).toBe(items.length);
        for (const c of packed.day.counts) expect(c >= -2 && c <= 0x7fffffff).toBe(true);
      }),
      RUNS,
    );
  });
});

const flow: fc.Arbitrary<FlowObservation> = fc
  .record({
    n: fc.nat(),
    start: fc.integer({ min: 0, max: 23 }),
    hours: fc.constantFrom(1, 2, 24),
    count: fc.option(fc.nat({ max: 10_000 }), { nil: null }),
    stay: fc.constantFrom('dayTrip' as const, 'overnight' as const),
  })
  .map((r) => ({
    id: `urn:f:${r.n}`,
    origin: { kind: 'prefecture' as const, code: '40' },
    destinationCode: '42201',
    fromMs: DAY0 + r.start * H,
    toMs: DAY0 + (r.start + r.hours) * H,
    count: r.count,
    category: 'domestic' as const,
    stay: r.stay,
  }));

describe('resolveFlowOverlaps', () => {
  it('keeps or drops every record, and no two kept records of a group overlap', () => {
    fc.assert(
      fc.property(fc.array(flow, { maxLength: 40 }), (items) => {
        const { kept, overlapping } = resolveFlowOverlaps(items);
        expect(kept.length + overlapping).toBe(items.length);
        for (const a of kept)
          for (const b of kept)
            if (a !== b && a.stay === b.stay)
              expect(a.fromMs < b.toMs && b.fromMs < a.toMs).toBe(false);
      }),
      RUNS,
    );
  });
});
