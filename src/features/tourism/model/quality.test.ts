import { describe, expect, it } from 'vitest';
import { ABSENT, SUPPRESSED, type FlowDay, type PresenceDay } from '../../../domain/tourism-days';
import { dataQuality } from './quality';

const day = (date: string, cells: number[]): PresenceDay => ({
  date,
  startMs: 0,
  origins: ['JP'],
  counts: Int32Array.from(cells),
});
const flowDay = (date: string, counts: (number | null)[]): FlowDay => ({
  date,
  startMs: 0,
  flows: counts.map((count, i) => ({
    id: `f${i}`,
    origin: { kind: 'prefecture', code: '40' },
    destinationCode: '42201',
    fromMs: 0,
    toMs: 1,
    count,
    category: 'domestic',
    stay: 'dayTrip',
  })),
});

describe('dataQuality', () => {
  it.each([
    [
      'nothing loaded',
      [],
      [],
      { emptyDays: [], suppressedCells: 0, suppressedFlows: 0, anyData: false },
    ],
    [
      'a day of nothing',
      [day('2026-08-01', [ABSENT, ABSENT])],
      [],
      { emptyDays: ['2026-08-01'], suppressedCells: 0, suppressedFlows: 0, anyData: false },
    ],
    [
      'only suppressed is still data, never zero',
      [day('2026-08-01', [SUPPRESSED, ABSENT])],
      [],
      { emptyDays: [], suppressedCells: 1, suppressedFlows: 0, anyData: true },
    ],
    [
      'counts and suppressed flows',
      [day('2026-08-01', [12, SUPPRESSED, SUPPRESSED]), day('2026-08-02', [ABSENT])],
      [flowDay('2026-08-01', [null, 40, null])],
      { emptyDays: ['2026-08-02'], suppressedCells: 2, suppressedFlows: 2, anyData: true },
    ],
  ])('%s', (_, presence, flows, expected) => {
    const dates = ['2026-08-01', '2026-08-02'];
    expect(
      dataQuality(
        dates,
        new Map(presence.map((d) => [d.date, d])),
        new Map(flows.map((d) => [d.date, d])),
      ),
    ).toEqual(expected);
  });

  it('ignores days outside the dates asked for', () => {
    const q = dataQuality(
      ['2026-08-02'],
      new Map([['2026-08-01', day('2026-08-01', [SUPPRESSED])]]),
      new Map(),
    );
    expect(q.suppressedCells).toBe(0);
  });
});
