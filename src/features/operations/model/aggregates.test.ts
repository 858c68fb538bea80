import { describe, expect, it } from 'vitest';
import type { CongestionLevel, OccupancyBand, OpeningStatus } from '../../../domain/live';
import type { LngLat } from '../../../domain/types';
import { aggregate, emptyTotals, isSpareLow, type AreaTotals } from './aggregates';
import type { IslandBoundaries } from './islands';
import type { LiveShelter } from './join';
import { master, overlay } from './test-data';

interface Spec {
  code?: string;
  status?: OpeningStatus;
  people?: number;
  households?: number;
  capacity?: number;
  band?: OccupancyBand;
  /** The band by numbers alone (join.ts `measuredBand`). */
  measured?: CongestionLevel;
  at?: LngLat;
  matched?: boolean;
}
let serial = 0;
function live(spec: Spec = {}): LiveShelter {
  serial += 1;
  const code = spec.code ?? '42201';
  const key = `E${code}${String(serial).padStart(5, '0')}111`;
  const m = spec.matched === false ? undefined : master(key, spec.at ? { location: spec.at } : {});
  return {
    key,
    overlay: overlay(`urn:${key}`, {
      municipalityCode: code,
      openingStatus: spec.status ?? 'open',
      ...(spec.people !== undefined && { evacueeTotal: spec.people }),
      ...(spec.households !== undefined && { evacueeHouseholds: spec.households }),
    }),
    municipalityCode: code,
    band: spec.band ?? 'vacant',
    ...(spec.measured !== undefined && { measuredBand: spec.measured }),
    flags: { overCapacity: false },
    ...(m && { master: m, location: m.location }),
    ...(spec.capacity !== undefined && { capacity: spec.capacity }),
  };
}
const totals = (patch: Partial<AreaTotals>): AreaTotals => ({ ...emptyTotals(), ...patch });
const opts = { islandSpareMarginPercent: 10 };

describe('aggregate: one shelter', () => {
  it.each<[string, Spec, Partial<AreaTotals>]>([
    [
      'open with headcount and capacity',
      { people: 30, households: 12, capacity: 100 },
      { openShelters: 1, evacuees: 30, households: 12, openCapacity: 100, spareCapacity: 70 },
    ],
    [
      'over capacity: spare never negative; at the full band, not reported full',
      { people: 130, capacity: 100, band: 'full', measured: 'full' },
      { openShelters: 1, evacuees: 130, openCapacity: 100, fullBand: 1 },
    ],
    [
      'declared full with room on paper: no spare; reported full, not at the full band',
      { status: 'full', people: 40, capacity: 100, band: 'full', measured: 'somewhatCrowded' },
      { openShelters: 1, evacuees: 40, openCapacity: 100, reportedFull: 1 },
    ],
    [
      'declared full and at 100 %: in both figures',
      { status: 'full', people: 100, capacity: 100, band: 'full', measured: 'full' },
      { openShelters: 1, evacuees: 100, openCapacity: 100, reportedFull: 1, fullBand: 1 },
    ],
    [
      'declared full without numbers: reported full only',
      { status: 'full', capacity: 100, band: 'full' },
      { openShelters: 1, openCapacity: 100, reportedFull: 1 },
    ],
    [
      'open at 85 %: at the full band only',
      { people: 85, capacity: 100, band: 'full', measured: 'full' },
      { openShelters: 1, evacuees: 85, openCapacity: 100, spareCapacity: 15, fullBand: 1 },
    ],
    ['capacity unknown', { people: 25 }, { openShelters: 1, evacuees: 25, unknownCapacity: 1 }],
    [
      'headcount unknown: capacity counted, spare not promised',
      { capacity: 80 },
      { openShelters: 1, openCapacity: 80, unknownHeadcount: 1 },
    ],
    [
      'closed: nothing, even a stale count',
      { status: 'closed', people: 12, capacity: 50, band: 'closed' },
      {},
    ],
    [
      'unknown status: people counted, not an open shelter',
      { status: 'unknown', people: 7, households: 3, capacity: 50, band: 'unknown' },
      { evacuees: 7, households: 3 },
    ],
    [
      'unknown status at 90 %: not open, so not at the full band',
      { status: 'unknown', people: 45, capacity: 50, band: 'unknown', measured: 'full' },
      { evacuees: 45 },
    ],
    [
      'closed with a stale full count: neither figure',
      { status: 'closed', people: 50, capacity: 50, band: 'closed', measured: 'full' },
      {},
    ],
    [
      'unmatched overlay: people still counted',
      { matched: false, people: 9, households: 4 },
      { openShelters: 1, evacuees: 9, households: 4, unknownCapacity: 1 },
    ],
  ])('%s', (_label, spec, expected) => {
    const t = aggregate([live(spec)], opts);
    expect(t.prefecture).toEqual(totals(expected));
    expect(t.byMunicipality['42201']).toEqual(totals(expected));
  });
});

describe('aggregate: areas', () => {
  it('always lists all 21 municipalities, zeros when quiet', () => {
    const t = aggregate([], opts);
    expect(Object.keys(t.byMunicipality)).toHaveLength(21);
    expect(t.byMunicipality['42383']).toEqual(emptyTotals());
    expect(t.prefecture).toEqual(emptyTotals());
    expect(Object.values(t.byIslandGroup).every((g) => !g.spareLow)).toBe(true);
  });

  it('sums municipalities into the prefecture', () => {
    const t = aggregate(
      [
        live({ code: '42201', people: 10, capacity: 50 }),
        live({ code: '42201', people: 5, capacity: 20 }),
        live({ code: '42209', people: 40, capacity: 40, band: 'full', measured: 'full' }),
        live({ code: '42209', status: 'full', capacity: 30, band: 'full' }),
      ],
      opts,
    );
    expect(t.byMunicipality['42201']).toEqual(
      totals({ openShelters: 2, evacuees: 15, openCapacity: 70, spareCapacity: 55 }),
    );
    expect(t.byMunicipality['42209']).toEqual(
      totals({ openShelters: 2, evacuees: 40, openCapacity: 70, reportedFull: 1, fullBand: 1 }),
    );
    expect(t.prefecture).toEqual(
      totals({
        openShelters: 4,
        evacuees: 55,
        openCapacity: 140,
        spareCapacity: 55,
        reportedFull: 1,
        fullBand: 1,
      }),
    );
    expect(t.byIslandGroup.tsushima).toMatchObject({ reportedFull: 1, fullBand: 1 });
  });

  it('carries the full threshold for labels when given', () => {
    expect(aggregate([], opts).fullBandPercent).toBeUndefined();
    expect(aggregate([], { ...opts, fullBandPercent: 85 }).fullBandPercent).toBe(85);
  });

  // Hirado: part 0 mainland (Tabira), part 1 island, as two squares.
  const sq = (lon: number, lat: number) => [
    [
      [lon, lat],
      [lon + 0.1, lat],
      [lon + 0.1, lat + 0.1],
      [lon, lat + 0.1],
      [lon, lat],
    ],
  ];
  const boundaries: IslandBoundaries = {
    byCode: new Map([['42207', [sq(129.6, 33.3), sq(129.4, 33.3)]]]),
    islandParts: new Map([['42207', [false, true]]]),
  };

  it('splits Hirado between the island group and the mainland by location', () => {
    const t = aggregate(
      [
        live({ code: '42207', people: 10, capacity: 100, at: [129.45, 33.35] }),
        live({ code: '42207', people: 20, capacity: 100, at: [129.65, 33.35] }),
        live({ code: '42207', people: 5, matched: false }),
        live({ code: '42211', people: 1, capacity: 10, matched: false }),
      ],
      { ...opts, boundaries },
    );
    expect(t.byIslandGroup.hiradoSasebo).toMatchObject({ evacuees: 10, spareCapacity: 90 });
    expect(t.byIslandGroup.mainland).toMatchObject({ evacuees: 20, spareCapacity: 80 });
    expect(t.byIslandGroup.goto).toMatchObject({ evacuees: 1, spareCapacity: 9 });
    expect(t.unplaced).toMatchObject({ evacuees: 5, openShelters: 1 });
    expect(t.byMunicipality['42207']).toMatchObject({ evacuees: 35, openShelters: 3 });
  });
});

describe('isSpareLow (island rule)', () => {
  it.each<[string, Partial<AreaTotals>, boolean]>([
    ['no open shelter', {}, false],
    ['open shelter, zero spare', { openShelters: 1, openCapacity: 0, spareCapacity: 0 }, true],
    ['capacity only unknown: zero spare', { openShelters: 2, unknownCapacity: 2 }, true],
    ['spare 9 % of 100', { openShelters: 1, openCapacity: 100, spareCapacity: 9 }, true],
    ['spare exactly 10 %', { openShelters: 1, openCapacity: 100, spareCapacity: 10 }, false],
    ['plenty', { openShelters: 3, openCapacity: 300, spareCapacity: 200 }, false],
  ])('%s', (_label, patch, expected) => {
    expect(isSpareLow(totals(patch), 10)).toBe(expected);
  });

  it('flags the island group in the aggregate', () => {
    const t = aggregate([live({ code: '42210', people: 95, capacity: 100, band: 'full' })], opts);
    expect(t.byIslandGroup.iki.spareLow).toBe(true);
    expect(t.byIslandGroup.tsushima.spareLow).toBe(false);
  });
});
