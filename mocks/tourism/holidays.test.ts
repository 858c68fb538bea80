import { describe, expect, it } from 'vitest';
import { holidaysOf, isHoliday } from './holidays';

describe('Japanese public holidays', () => {
  it('2025, as published by the Cabinet Office', () => {
    expect([...holidaysOf(2025)].sort()).toEqual([
      '2025-01-01',
      '2025-01-13',
      '2025-02-11',
      '2025-02-23',
      '2025-02-24',
      '2025-03-20',
      '2025-04-29',
      '2025-05-03',
      '2025-05-04',
      '2025-05-05',
      '2025-05-06',
      '2025-07-21',
      '2025-08-11',
      '2025-09-15',
      '2025-09-23',
      '2025-10-13',
      '2025-11-03',
      '2025-11-23',
      '2025-11-24',
    ]);
  });

  it.each([
    ['2026-09-21', true], // 敬老の日
    ['2026-09-22', true], // 国民の休日 between 敬老の日 and 秋分の日
    ['2026-09-23', true], // 秋分の日
    ['2026-05-06', true], // 憲法記念日 on Sunday → substitute after 5/4, 5/5
    ['2026-10-12', true], // スポーツの日, 2nd Monday
    ['2026-10-07', false], // Nagasaki Kunchi is a festival, not a public holiday
    ['2024-02-12', true], // 建国記念の日 on Sunday → Monday
    ['2024-03-20', true], // 春分の日
  ])('%s → %s', (date, expected) => {
    expect(isHoliday(date)).toBe(expected);
  });
});
