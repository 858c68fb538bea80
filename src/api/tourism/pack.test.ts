import { describe, expect, it } from 'vitest';
import type { PresenceObservation } from '../../domain/tourism';
import { jstDayStartMs } from '../../domain/jst';
import { municipalityIndex } from '../../domain/tourism-index';
import { ABSENT, SUPPRESSED, type PresenceDay } from '../../domain/tourism-days';
import { packPresenceDay } from './pack';

const DATE = '2026-08-01';
let serial = 0;
function obs(
  code: string,
  hour: number,
  origin: string,
  count: number | null,
  date = DATE,
): PresenceObservation {
  serial += 1;
  const [nationality, pref] = origin.split('-') as [string, string | undefined];
  return {
    id: `urn:p:${serial}`,
    municipalityCode: code,
    date,
    hour,
    startMs: jstDayStartMs(date) + hour * 3_600_000,
    nationality,
    ...(pref !== undefined && { originPrefecture: pref }),
    count,
  };
}

const cell = (day: PresenceDay, code: string, hour: number, origin: string) =>
  day.counts[
    (municipalityIndex(code)! * 24 + hour) * day.origins.length + day.origins.indexOf(origin)
  ];

describe('packPresenceDay: origins', () => {
  it.each<[string, string[], string[]]>([
    ['none', [], []],
    [
      'prefectures by code, then JP, then countries',
      ['KR', 'JP', 'JP-42', 'CN', 'JP-40'],
      ['JP-40', 'JP-42', 'JP', 'CN', 'KR'],
    ],
    ['each key once', ['TW', 'TW', 'JP-01', 'JP-01'], ['JP-01', 'TW']],
  ])('%s', (_label, origins, expected) => {
    const { day } = packPresenceDay(
      DATE,
      origins.map((o) => obs('42201', 0, o, 20)),
    );
    expect(day.origins).toEqual(expected);
    expect(day.counts).toHaveLength(21 * 24 * expected.length);
  });

  it('a country with a prefecture stays the country', () => {
    const item = { ...obs('42201', 0, 'KR', 20), originPrefecture: '40' };
    expect(packPresenceDay(DATE, [item]).day.origins).toEqual(['KR']);
  });
});

describe('packPresenceDay: cells', () => {
  const items = [
    obs('42201', 13, 'JP-40', 120),
    obs('42201', 13, 'KR', null),
    obs('42201', 13, 'JP-40', 999), // a second record for the same cell
    obs('42411', 23, 'KR', 0),
    obs('42202', 5, 'JP-40', 15, '2026-08-02'), // another day
    obs('42202', 5, 'JP-40', 15, '2026-07-31'),
    obs('40130', 5, 'JP-40', 15), // not a Nagasaki municipality (the parser would skip it)
  ];
  const packed = packPresenceDay(DATE, items);

  it('counts what it leaves out', () => {
    expect(packed.duplicates).toBe(1);
    expect(packed.otherDate).toBe(2);
    expect(packed.invalid).toBe(1);
    expect(packed.day.date).toBe(DATE);
    expect(packed.day.startMs).toBe(jstDayStartMs(DATE));
  });

  it.each<[string, string, number, string, number | undefined]>([
    ['published count', '42201', 13, 'JP-40', 120],
    ['null is suppressed, not zero', '42201', 13, 'KR', SUPPRESSED],
    ['a published zero stays zero', '42411', 23, 'KR', 0],
    ['no record is absent', '42201', 12, 'JP-40', ABSENT],
    ['other municipality, no record', '42202', 5, 'JP-40', ABSENT],
  ])('%s', (_label, code, hour, origin, expected) => {
    expect(cell(packed.day, code, hour, origin)).toBe(expected);
  });

  it('fills every other cell with ABSENT', () => {
    const filled = [...packed.day.counts].filter((v) => v !== ABSENT);
    expect(filled.sort()).toEqual([SUPPRESSED, 0, 120].sort());
  });
});
