import { describe, expect, it } from 'vitest';
import type { ShelterEei, ShelterFilter } from '../../../domain/eei';
import type { ShelterOverlay } from '../../../domain/live';
import {
  filterShelters,
  hasRoom,
  isWaterShort,
  matchesShelterFilters,
  sexTotals,
  staleReports,
} from './eei';
import type { LiveShelter } from './join';
import { liveShelter } from './test-data';

const HOUR = 3_600_000;

const withEei = (key: string, eei: ShelterEei, patch: Partial<ShelterOverlay> = {}) =>
  liveShelter(key, { eei, ...patch }, { capacity: 100 });

describe('isWaterShort', () => {
  it.each<[string | undefined, boolean]>([
    [undefined, false],
    ['充足', false],
    ['不足', true],
    ['やや不足（残り1日分）', true],
    ['あり', false],
    ['Short', true],
    ['insufficient', true],
    ['sufficient', false],
  ])('%s → %s', (text, short) => expect(isWaterShort(text)).toBe(short));
});

describe('hasRoom', () => {
  it.each<[string, Partial<ShelterOverlay>, number | undefined, boolean]>([
    ['open, 99 of 100', { evacueeTotal: 99 }, 100, true],
    ['open, exactly at capacity', { evacueeTotal: 100 }, 100, false],
    ['open, over capacity', { evacueeTotal: 130 }, 100, false],
    ['reported full', { openingStatus: 'full', evacueeTotal: 50 }, 100, false],
    ['closed', { openingStatus: 'closed', evacueeTotal: 0 }, 100, false],
    ['unknown status', { openingStatus: 'unknown', evacueeTotal: 0 }, 100, false],
    ['open, no capacity', { evacueeTotal: 10 }, undefined, false],
    ['open, no headcount, no level', {}, 100, false],
    ['open, no headcount, crowded', { congestionLevel: 'crowded' }, undefined, true],
    ['open, no headcount, level full', { congestionLevel: 'full' }, undefined, false],
  ])('%s → %s', (_, patch, capacity, room) =>
    expect(hasRoom(liveShelter('E4220100001111', patch, { capacity }))).toBe(room),
  );
});

describe('matchesShelterFilters', () => {
  const all: ShelterEei = {
    petsAccepted: true,
    carSleepersAllowed: true,
    drinkingWater: '不足',
    suppliesNeeded: ['毛布'],
  };
  it.each<[string, LiveShelter, ShelterFilter[], boolean]>([
    ['no filter: anything', liveShelter('a', { openingStatus: 'closed' }), [], true],
    ['pets yes', withEei('a', { petsAccepted: true }), ['pets'], true],
    ['pets no', withEei('a', { petsAccepted: false }), ['pets'], false],
    ['pets not reported is not a match', withEei('a', {}), ['pets'], false],
    ['car sleeping yes', withEei('a', { carSleepersAllowed: true }), ['carSleep'], true],
    ['car sleeping no', withEei('a', { carSleepersAllowed: false }), ['carSleep'], false],
    ['water short', withEei('a', { drinkingWater: '不足' }), ['waterShort'], true],
    ['water enough', withEei('a', { drinkingWater: '充足' }), ['waterShort'], false],
    ['water not reported', liveShelter('a'), ['waterShort'], false],
    ['supplies listed', withEei('a', { suppliesNeeded: ['毛布'] }), ['supplies'], true],
    ['supplies: reported none', withEei('a', { suppliesNeeded: [] }), ['supplies'], false],
    ['room', withEei('a', {}, { evacueeTotal: 10 }), ['room'], true],
    [
      'all five hold',
      withEei('a', all, { evacueeTotal: 10 }),
      ['room', 'pets', 'carSleep', 'waterShort', 'supplies'],
      true,
    ],
    [
      'one of five fails',
      withEei('a', all, { evacueeTotal: 100 }),
      ['room', 'pets', 'carSleep', 'waterShort', 'supplies'],
      false,
    ],
  ])('%s', (_, s, filters, match) => expect(matchesShelterFilters(s, filters)).toBe(match));

  it('filterShelters keeps the order and returns the same array with no filter', () => {
    const list = [
      withEei('b', { petsAccepted: true }),
      withEei('a', { petsAccepted: false }),
      withEei('c', { petsAccepted: true }),
    ];
    expect(filterShelters(list, [])).toBe(list);
    expect(filterShelters(list, ['pets']).map((s) => s.key)).toEqual(['b', 'c']);
  });
});

describe('staleReports', () => {
  const NOW = Date.parse('2026-09-01T12:00:00Z');
  const at = (hoursAgo: number) => NOW - hoursAgo * HOUR;
  it.each<[string, LiveShelter[], Array<[string, number | undefined]>]>([
    ['fresh report', [liveShelter('a', { observedAt: at(1) })], []],
    ['exactly at the limit is not older', [liveShelter('a', { observedAt: at(3) })], []],
    ['one ms over the limit', [liveShelter('a', { observedAt: at(3) - 1 })], [['a', 3 * HOUR + 1]]],
    [
      'closed and quiet: nobody to call',
      [liveShelter('a', { openingStatus: 'closed', observedAt: at(9) })],
      [],
    ],
    [
      'unknown status is not open',
      [liveShelter('a', { openingStatus: 'unknown', observedAt: at(9) })],
      [],
    ],
    [
      'full and quiet',
      [liveShelter('a', { openingStatus: 'full', observedAt: at(4) })],
      [['a', 4 * HOUR]],
    ],
    ['open without any time: age unknown', [liveShelter('a')], [['a', undefined]]],
    [
      'unknown first, then oldest first, then by key',
      [
        liveShelter('b', { observedAt: at(4) }),
        liveShelter('c', { observedAt: at(8) }),
        liveShelter('a', { observedAt: at(4) }),
        liveShelter('d'),
        liveShelter('e', { observedAt: at(2) }),
      ],
      [
        ['d', undefined],
        ['c', 8 * HOUR],
        ['a', 4 * HOUR],
        ['b', 4 * HOUR],
      ],
    ],
  ])('%s', (_, live, expected) => {
    expect(staleReports(live, NOW, 3 * HOUR).map((r) => [r.shelter.key, r.ageMs])).toEqual(
      expected,
    );
  });
});

describe('sexTotals', () => {
  it.each<[string, LiveShelter[], ReturnType<typeof sexTotals>]>([
    ['nothing live', [], []],
    [
      'no one reported by sex: zero sums from zero shelters, not zero people',
      [liveShelter('a', { evacueeTotal: 30 })],
      [
        {
          code: '42201',
          male: { sum: 0, shelters: 0 },
          female: { sum: 0, shelters: 0 },
          shelters: 1,
        },
      ],
    ],
    [
      'partial: each sum says how many shelters it comes from',
      [
        withEei('a', { evacueeMale: 10, evacueeFemale: 12 }),
        withEei('b', { evacueeMale: 5 }),
        liveShelter('c', { evacueeTotal: 40 }),
        withEei('d', { evacueeMale: 0, evacueeFemale: 0 }),
      ],
      [
        {
          code: '42201',
          male: { sum: 15, shelters: 3 },
          female: { sum: 12, shelters: 2 },
          shelters: 4,
        },
      ],
    ],
    [
      'closed shelters do not count; municipalities apart, by code',
      [
        withEei('a', { evacueeMale: 3, evacueeFemale: 4 }, { municipalityCode: '42202' }),
        withEei('b', { evacueeMale: 7, evacueeFemale: 8 }, { openingStatus: 'closed' }),
        withEei('c', { evacueeFemale: 1 }, { openingStatus: 'full' }),
      ],
      [
        {
          code: '42201',
          male: { sum: 0, shelters: 0 },
          female: { sum: 1, shelters: 1 },
          shelters: 1,
        },
        {
          code: '42202',
          male: { sum: 3, shelters: 1 },
          female: { sum: 4, shelters: 1 },
          shelters: 1,
        },
      ],
    ],
  ])('%s', (_, live, expected) => {
    // The municipality comes from the overlay, as the join sets it.
    const joined = live.map((s) => ({ ...s, municipalityCode: s.overlay.municipalityCode }));
    expect(sexTotals(joined)).toEqual(expected);
  });
});
