import { describe, expect, it } from 'vitest';
import type { AttributeInstance } from '../broker';
import {
  defaultCompactEveryMs,
  defaultHistoryWindow,
  historyFilter,
  thinHourly,
} from './history-window';

const T0 = Date.UTC(2026, 8, 1, 0, 0);
const at = (minutes: number, value: number | string): AttributeInstance => ({
  value,
  observedAt: new Date(T0 + minutes * 60_000).toISOString(),
});

describe('history window', () => {
  it('thins to the maximum and the last value per hour (numbers), the last otherwise', () => {
    const list = [at(0, 3), at(10, 9), at(20, 4), at(50, 5), at(60, 1), at(70, 2)];
    expect(thinHourly(list)).toEqual([at(10, 9), at(50, 5), at(70, 2)]);
    expect(thinHourly([at(0, 'open'), at(30, 'full'), at(90, 'open')])).toEqual([
      at(30, 'full'),
      at(90, 'open'),
    ]);
  });

  it('drops what is older than the window, thins the middle, keeps the recent part whole', () => {
    const now = T0 + 30 * 60 * 60_000;
    const filter = historyFilter(now, { keepMs: 26 * 3_600_000, fullResolutionMs: 600_000 });
    const list = [
      at(0, 1), // 30 h old: dropped
      at(5 * 60, 7),
      at(5 * 60 + 10, 8),
      at(5 * 60 + 20, 2),
      at(30 * 60 - 5, 4), // 5 min old: kept as is
      at(30 * 60 - 1, 4),
    ];
    expect(filter(list, 'evacueeTotal', 'x')).toEqual([
      at(5 * 60 + 10, 8),
      at(5 * 60 + 20, 2),
      at(30 * 60 - 5, 4),
      at(30 * 60 - 1, 4),
    ]);
  });

  it('thins only what the previous compaction left, from the hour it cut through', () => {
    const now = T0 + 10 * 3_600_000;
    const window = { keepMs: 26 * 3_600_000, fullResolutionMs: 600_000 };
    // Pretend the hours before 02:00 were thinned already (three per hour here: left alone).
    const list = [at(0, 1), at(10, 9), at(20, 2), at(130, 5), at(140, 7), at(150, 6)];
    const previous = T0 + 130 * 60_000;
    expect(historyFilter(now, window, previous)(list, 'a', 'x')).toEqual([
      at(0, 1),
      at(10, 9),
      at(20, 2),
      at(140, 7),
      at(150, 6),
    ]);
    expect(historyFilter(now, window)(list, 'a', 'x')).toEqual([
      at(10, 9),
      at(20, 2),
      at(140, 7),
      at(150, 6),
    ]);
  });

  it.each([
    [1, 6 * 3_600_000, 300_000],
    [60, 360_000, 180_000],
    [3600, 60_000, 30_000],
  ])(
    'at speed %i keeps %i ms at full resolution and compacts every %i ms',
    (speed, full, every) => {
      expect(defaultHistoryWindow(speed)).toMatchObject({
        keepMs: 26 * 3_600_000,
        fullResolutionMs: full,
      });
      expect(defaultCompactEveryMs(speed)).toBe(every);
    },
  );

  it('keeps only the recent window of attributes outside longHistory', () => {
    const now = T0 + 3 * 3_600_000;
    const window = { ...defaultHistoryWindow(60), longHistory: new Set(['evacueeTotal']) };
    const list = [at(10, 'a'), at(20, 'b'), at(178, 'c')];
    expect(historyFilter(now, window)(list, 'statusLabel', 'x')).toEqual([at(178, 'c')]);
    expect(historyFilter(now, window)(list, 'evacueeTotal', 'x')).toEqual([
      at(20, 'b'),
      at(178, 'c'),
    ]);
  });

  it('returns the very same list when nothing changes, so the broker skips it', () => {
    const now = T0 + 2 * 3_600_000;
    const filter = historyFilter(now, { keepMs: 26 * 3_600_000, fullResolutionMs: 600_000 });
    const recent = [at(115, 1), at(118, 2)];
    expect(filter(recent, 'a', 'x')).toBe(recent);
    const alreadyThin = [at(10, 5), at(70, 6)];
    expect(filter(alreadyThin, 'a', 'x')).toBe(alreadyThin);
  });
});
