import { describe, expect, it } from 'vitest';
import type { ShelterOverlay } from '../../../domain/live';
import { hazardContext } from './hazard';
import { joinOverlays, type JoinableMaster } from './join';
import { master, overlay, VACAN } from './test-data';

const opts = { bands: VACAN, overCapacityPercent: 150 };
const A = 'E4220100001111';
const B = 'E4220100002111';
const masters: JoinableMaster[] = [
  master(A, { maxCapacity: 100 }),
  master(B),
  { ...master('E4220100003111'), externalShelterId: 'NGS-3' },
];

describe('joinOverlays: matching', () => {
  it.each<[string, ShelterOverlay[], Array<[string, string | undefined]>, string[]]>([
    ['by 共通ID', [overlay('o1', { nationalShelterId: A })], [[A, A]], []],
    [
      'unknown 共通ID: unmatched, keyed by it',
      [overlay('o1', { nationalShelterId: 'E4220199999111' })],
      [['E4220199999111', undefined]],
      ['o1'],
    ],
    [
      'a site 共通ID does not match a shelter master',
      [overlay('o1', { nationalShelterId: 'E4220100001201' })],
      [['E4220100001201', undefined]],
      ['o1'],
    ],
    [
      'external id alone never matches a GSI master',
      [overlay('o1', { externalShelterId: 'NGS-1' })],
      [['ext:42201:NGS-1', undefined]],
      ['o1'],
    ],
    [
      'external id matches a master that carries the same one',
      [overlay('o1', { externalShelterId: 'NGS-3' })],
      [['E4220100003111', 'E4220100003111']],
      [],
    ],
    [
      'same external id in another municipality does not match',
      [overlay('o1', { externalShelterId: 'NGS-3', municipalityCode: '42202' })],
      [['ext:42202:NGS-3', undefined]],
      ['o1'],
    ],
    [
      'output sorted by key',
      [overlay('o2', { nationalShelterId: B }), overlay('o1', { nationalShelterId: A })],
      [
        [A, A],
        [B, B],
      ],
      [],
    ],
  ])('%s', (_label, overlays, expected, unmatched) => {
    const r = joinOverlays(masters, overlays, opts);
    expect(r.live.map((l) => [l.key, l.master?.nationalShelterId])).toEqual(expected);
    expect(r.unmatched.map((o) => o.id)).toEqual(unmatched);
    expect(r.duplicates).toBe(0);
  });

  it('an unmatched overlay keeps its municipality but has no location', () => {
    const [l] = joinOverlays(
      masters,
      [overlay('o1', { externalShelterId: 'X', evacueeTotal: 9 })],
      opts,
    ).live;
    expect(l).toMatchObject({ municipalityCode: '42201', key: 'ext:42201:X' });
    expect(l).not.toHaveProperty('location');
  });
});

describe('joinOverlays: duplicates', () => {
  it.each<[string, ShelterOverlay[], string, number]>([
    [
      'latest observedAt wins',
      [
        overlay('o1', { nationalShelterId: A, observedAt: 2_000 }),
        overlay('o2', { nationalShelterId: A, observedAt: 3_000 }),
        overlay('o3', { nationalShelterId: A, observedAt: 1_000 }),
      ],
      'o2',
      2,
    ],
    [
      'a timed overlay beats an untimed one',
      [
        overlay('o1', { nationalShelterId: A }),
        overlay('o2', { nationalShelterId: A, observedAt: 1 }),
      ],
      'o2',
      1,
    ],
    [
      'tie, equally complete: smaller id wins whatever the order',
      [
        overlay('o9', { nationalShelterId: A, observedAt: 5, evacueeTotal: 3 }),
        overlay('o3', { nationalShelterId: A, observedAt: 5, evacueeTotal: 4 }),
      ],
      'o3',
      1,
    ],
    [
      'tie: the valid report wins over an invalid one with the smaller id',
      [
        overlay('o1', { nationalShelterId: A, observedAt: 5, invalidFields: ['evacueeTotal'] }),
        overlay('o2', { nationalShelterId: A, observedAt: 5, evacueeTotal: 264 }),
      ],
      'o2',
      1,
    ],
    [
      'tie, listed the other way round: the valid report still wins',
      [
        overlay('o2', { nationalShelterId: A, observedAt: 5, evacueeTotal: 264 }),
        overlay('o1', { nationalShelterId: A, observedAt: 5, invalidFields: ['evacueeTotal'] }),
      ],
      'o2',
      1,
    ],
    [
      'an invalid report never displaces a valid one, even a newer invalid one',
      [
        overlay('o1', { nationalShelterId: A, observedAt: 9, invalidFields: ['evacueeTotal'] }),
        overlay('o2', { nationalShelterId: A, observedAt: 5, evacueeTotal: 264 }),
      ],
      'o2',
      1,
    ],
    [
      'tie between valid reports: the more complete wins over the smaller id',
      [
        overlay('o1', { nationalShelterId: A, observedAt: 5 }),
        overlay('o2', { nationalShelterId: A, observedAt: 5, evacueeTotal: 12 }),
      ],
      'o2',
      1,
    ],
    [
      'an unknown status is less complete than a known one',
      [
        overlay('o1', { nationalShelterId: A, observedAt: 5, openingStatus: 'unknown' }),
        overlay('o2', { nationalShelterId: A, observedAt: 5 }),
      ],
      'o2',
      1,
    ],
    [
      'two invalid reports: the newer wins',
      [
        overlay('o1', { nationalShelterId: A, observedAt: 9, invalidFields: ['maxCapacity'] }),
        overlay('o2', { nationalShelterId: A, observedAt: 5, invalidFields: ['evacueeTotal'] }),
      ],
      'o1',
      1,
    ],
    [
      'a lone invalid report is kept: the shelter is not lost',
      [overlay('o1', { nationalShelterId: A, observedAt: 9, invalidFields: ['evacueeTotal'] })],
      'o1',
      0,
    ],
    [
      'an external-id overlay and a 共通ID overlay of the same master',
      [
        overlay('o1', { nationalShelterId: 'E4220100003111', observedAt: 1 }),
        overlay('o2', { externalShelterId: 'NGS-3', observedAt: 2 }),
      ],
      'o2',
      1,
    ],
  ])('%s', (_label, overlays, winner, duplicates) => {
    const r = joinOverlays(masters, overlays, opts);
    expect(r.live.map((l) => l.overlay.id)).toEqual([winner]);
    expect(r.duplicates).toBe(duplicates);
  });

  it('says which report was kept and why each other was set aside', () => {
    const r = joinOverlays(
      masters,
      [
        overlay('o1', { nationalShelterId: A, observedAt: 5, invalidFields: ['evacueeTotal'] }),
        overlay('o2', { nationalShelterId: A, observedAt: 5, evacueeTotal: 264 }),
        overlay('o3', { nationalShelterId: A, observedAt: 2, evacueeTotal: 200 }),
        overlay('o4', { nationalShelterId: B, observedAt: 2 }),
      ],
      opts,
    );
    expect(r.duplicateChoices).toEqual([
      {
        key: A,
        municipalityCode: '42201',
        name: masters[0]!.name,
        kept: { id: 'o2', observedAt: 5 },
        setAside: [
          { id: 'o1', observedAt: 5, invalidFields: ['evacueeTotal'], reason: 'valid' },
          { id: 'o3', observedAt: 2, reason: 'newer' },
        ],
      },
    ]);
    expect(r.duplicates).toBe(2);
  });

  it('a duplicate loser is not listed as unmatched', () => {
    const r = joinOverlays(
      masters,
      [
        overlay('o1', { externalShelterId: 'X', observedAt: 1 }),
        overlay('o2', { externalShelterId: 'X' }),
      ],
      opts,
    );
    expect(r.unmatched.map((o) => o.id)).toEqual(['o1']);
    expect(r.duplicates).toBe(1);
  });
});

describe('joinOverlays: capacity, occupancy, band, flags', () => {
  it.each<
    [
      string,
      Partial<ShelterOverlay>,
      { capacity?: number; occupancy?: number; band: string; overCapacity: boolean },
    ]
  >([
    [
      'master capacity',
      { nationalShelterId: A, evacueeTotal: 40 },
      { capacity: 100, occupancy: 0.4, band: 'somewhatCrowded', overCapacity: false },
    ],
    [
      'overlay capacity overrides the master',
      { nationalShelterId: A, evacueeTotal: 40, maxCapacity: 50 },
      { capacity: 50, occupancy: 0.8, band: 'full', overCapacity: false },
    ],
    [
      'no capacity anywhere',
      { nationalShelterId: B, evacueeTotal: 40 },
      { band: 'unknown', overCapacity: false },
    ],
    [
      'no capacity, congestion level',
      { nationalShelterId: B, congestionLevel: 'crowded' },
      { band: 'crowded', overCapacity: false },
    ],
    [
      'exactly 150 %: not flagged',
      { nationalShelterId: A, evacueeTotal: 150 },
      { capacity: 100, occupancy: 1.5, band: 'full', overCapacity: false },
    ],
    [
      '151 %: flagged',
      { nationalShelterId: A, evacueeTotal: 151 },
      { capacity: 100, occupancy: 1.51, band: 'full', overCapacity: true },
    ],
    [
      'capacity 0 with people: flagged, no occupancy',
      { nationalShelterId: A, maxCapacity: 0, evacueeTotal: 3 },
      { capacity: 0, band: 'unknown', overCapacity: true },
    ],
    [
      'closed',
      { nationalShelterId: A, openingStatus: 'closed', evacueeTotal: 0 },
      { capacity: 100, occupancy: 0, band: 'closed', overCapacity: false },
    ],
  ])('%s', (_label, patch, expected) => {
    const [l] = joinOverlays(masters, [overlay('o', patch)], opts).live;
    expect(l).toBeDefined();
    expect(l?.capacity).toBe(expected.capacity);
    expect(l?.occupancy).toBe(expected.occupancy);
    expect(l?.band).toBe(expected.band);
    expect(l?.flags.overCapacity).toBe(expected.overCapacity);
  });

  it.each<[string, Partial<ShelterOverlay>, string, string | undefined]>([
    ['open at 80 %: both full', { evacueeTotal: 80 }, 'full', 'full'],
    ['open at 79 %', { evacueeTotal: 79 }, 'crowded', 'crowded'],
    [
      'reported full at 60 %: full by status only',
      { openingStatus: 'full', evacueeTotal: 60 },
      'full',
      'crowded',
    ],
    ['reported full, no headcount', { openingStatus: 'full' }, 'full', undefined],
    ['no headcount, congestion level full', { congestionLevel: 'full' }, 'full', 'full'],
    [
      'unknown status at 90 %: measured anyway',
      { openingStatus: 'unknown', evacueeTotal: 90 },
      'unknown',
      'full',
    ],
  ])('measured band: %s', (_label, patch, band, measured) => {
    const [l] = joinOverlays(
      masters,
      [overlay('o', { nationalShelterId: A, ...patch })],
      opts,
    ).live;
    expect(l?.band).toBe(band);
    expect(l?.measuredBand).toBe(measured);
  });

  it('sets the hazard flag from the context, leaves it out without one', () => {
    const ctx = hazardContext(
      [{ id: 'e', name: 'e', status: 'active', hazardTypes: ['landslide'] }],
      new Map(),
    );
    const input = [overlay('o', { nationalShelterId: A })];
    expect(joinOverlays(masters, input, { ...opts, hazard: ctx }).live[0]?.flags).toEqual({
      overCapacity: false,
      notDesignatedForHazard: true,
    });
    expect(joinOverlays(masters, input, opts).live[0]?.flags).toEqual({ overCapacity: false });
  });

  it('empty inputs', () => {
    expect(joinOverlays([], [], opts)).toEqual({
      live: [],
      unmatched: [],
      duplicates: 0,
      duplicateChoices: [],
      bands: VACAN,
    });
  });
});
