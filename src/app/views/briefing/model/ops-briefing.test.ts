import { describe, expect, it } from 'vitest';
import type { EvacuationInfo } from '../../../../domain/live';
import { aggregate } from '../../../../features/operations/model/aggregates';
import { joinOverlays } from '../../../../features/operations/model/join';
import { master, overlay, VACAN } from '../../../../features/operations/model/test-data';
import { HOUR_MS, type HourlySeries } from '../../../../features/operations/model/trends';
import { areaSeries, opsBriefing, spareShelters } from './ops-briefing';

const NOW = Date.parse('2026-09-01T10:20:00+09:00');
const H10 = Date.parse('2026-09-01T10:00:00+09:00');

function series(rows: Record<string, (number | null)[]>, hours = 3): HourlySeries {
  const list = Array.from({ length: hours }, (_, i) => H10 - (hours - 1 - i) * HOUR_MS);
  return { hours: list, byMunicipality: rows };
}

const masters = [
  master('E4220100001110', { maxCapacity: 100 }),
  master('E4220100002110', { maxCapacity: 50 }),
  master('E4220900001110', { maxCapacity: 80, municipalityCode: '42209' }),
];
const overlays = [
  overlay('a', { nationalShelterId: 'E4220100001110', evacueeTotal: 30, evacueeHouseholds: 12 }),
  overlay('b', { nationalShelterId: 'E4220100002110', evacueeTotal: 45, evacueeHouseholds: 20 }),
  overlay('c', {
    nationalShelterId: 'E4220900001110',
    municipalityCode: '42209',
    evacueeTotal: 10,
  }),
];
const live = joinOverlays(masters, overlays, { bands: VACAN, overCapacityPercent: 150 }).live;
const totals = aggregate(live, { islandSpareMarginPercent: 10 });

const info = (id: string, patch: Partial<EvacuationInfo>): EvacuationInfo => ({
  id,
  municipalityCode: '42201',
  level: 3,
  label: '高齢者等避難',
  hazardTypes: ['landslide'],
  issuedAt: H10 - 5 * HOUR_MS,
  ...patch,
});

describe('areaSeries', () => {
  it.each<[string, string | null, (number | null)[]]>([
    ['one municipality', '42201', [null, 40, 75]],
    ['the prefecture sums all', null, [null, 45, 85]],
    ['a municipality with no rows', '42202', [null, null, null]],
  ])('%s', (_name, area, expected) => {
    const s = series({ '42201': [null, 40, 75], '42209': [null, 5, 10] });
    expect(areaSeries(s, area).map((p) => p.evacuees)).toEqual(expected);
  });
});

describe('spareShelters', () => {
  it('lists open shelters with room, most room first, within the area', () => {
    expect(spareShelters(live, '42201', 5).map((s) => [s.key, s.spare])).toEqual([
      ['E4220100001110', 70],
      ['E4220100002110', 5],
    ]);
    // A tie (70 and 70) goes to the lower 共通ID.
    expect(spareShelters(live, null, 2).map((s) => s.key)).toEqual([
      'E4220100001110',
      'E4220900001110',
    ]);
  });

  it.each<[string, Partial<(typeof overlays)[number]>]>([
    ['closed', { openingStatus: 'closed' }],
    ['full', { openingStatus: 'full' }],
    ['no headcount', { evacueeTotal: undefined }],
    ['over capacity', { evacueeTotal: 120 }],
  ])('leaves out a shelter that is %s', (_name, patch) => {
    const one = joinOverlays(
      masters,
      [overlay('a', { nationalShelterId: 'E4220100001110', evacueeTotal: 30, ...patch })],
      { bands: VACAN, overCapacityPercent: 150 },
    ).live;
    expect(spareShelters(one, '42201', 5)).toEqual([]);
  });
});

describe('opsBriefing', () => {
  const base = {
    now: NOW,
    totals,
    live,
    info: [] as EvacuationInfo[],
    series: series({ '42201': [null, 40, 75], '42209': [null, 5, 10] }),
    event: undefined,
  };

  it.each<[string, string | null, number, number | null, number | null]>([
    ['a municipality', '42201', 75, 40, 35],
    ['the prefecture', null, 85, 45, 40],
    ['a quiet municipality', '42202', 0, null, null],
  ])('%s: evacuees now, an hour ago and the change', (_n, area, now, ago, change) => {
    const b = opsBriefing({ ...base, area });
    expect([b.totals.evacuees, b.evacueesHourAgo, b.change]).toEqual([now, ago, change]);
  });

  it('gives zero totals, not undefined, before the overlay has loaded', () => {
    const b = opsBriefing({ ...base, area: '42201', totals: undefined, live: [] });
    expect(b.totals.openShelters).toBe(0);
    expect(b.spare).toEqual([]);
  });

  it('keeps levels in force in the area, highest first, then latest issued', () => {
    const levels = [
      info('l3', { level: 3 }),
      info('l4-old', { level: 4, issuedAt: H10 - 4 * HOUR_MS }),
      info('l4-new', { level: 4, issuedAt: H10 - 2 * HOUR_MS }),
      info('lifted', { level: 5, liftedAt: H10 }),
      info('later', { level: 5, liftedAt: NOW + HOUR_MS }),
      info('other', { level: 5, municipalityCode: '42209' }),
    ];
    const ids = (area: string | null) =>
      opsBriefing({ ...base, area, info: levels }).levels.map((l) => l.id);
    expect(ids('42201')).toEqual(['later', 'l4-new', 'l4-old', 'l3']);
    expect(ids(null)).toEqual(['later', 'other', 'l4-new', 'l4-old', 'l3']);
  });

  it.each<[string, number | undefined, number[], boolean]>([
    ['no event: the whole window', undefined, [H10 - 2 * HOUR_MS, H10 - HOUR_MS, H10], false],
    ['event inside the window: from its hour', H10 - HOUR_MS + 60_000, [H10 - HOUR_MS, H10], false],
    [
      'event before the window: all, and said',
      H10 - 30 * HOUR_MS,
      [H10 - 2 * HOUR_MS, H10 - HOUR_MS, H10],
      true,
    ],
  ])('trend: %s', (_n, start, hours, before) => {
    const event =
      start === undefined
        ? undefined
        : {
            id: 'e',
            name: '台風',
            status: 'active' as const,
            start,
            hazardTypes: [],
          };
    const b = opsBriefing({ ...base, area: '42201', event });
    expect(b.trend.map((p) => p.t)).toEqual(hours);
    expect(b.trendStartsAfterEvent).toBe(before);
  });
});

describe('opsBriefing: the two full counts', () => {
  const fullMasters = [
    ...masters,
    master('E4220100003110', { maxCapacity: 40 }),
    master('E4220900002110', { maxCapacity: 20, municipalityCode: '42209' }),
  ];
  const fullLive = joinOverlays(
    fullMasters,
    [
      ...overlays,
      // Reported full at 50 %: reported full, not at the band.
      overlay('d', {
        nationalShelterId: 'E4220100003110',
        openingStatus: 'full',
        evacueeTotal: 20,
      }),
      // Open at 90 %: at the band, not reported full.
      overlay('e', {
        nationalShelterId: 'E4220900002110',
        municipalityCode: '42209',
        evacueeTotal: 18,
      }),
    ],
    { bands: VACAN, overCapacityPercent: 150 },
  ).live;
  const fullTotals = aggregate(fullLive, { islandSpareMarginPercent: 10, fullBandPercent: 80 });

  it.each<[string, string | null, number, number]>([
    // b (45 of 50) is at the band too.
    ['Nagasaki', '42201', 1, 1],
    ['Tsushima', '42209', 0, 1],
    ['the prefecture', null, 1, 2],
  ])('%s: reported full and at the full band apart', (_n, area, reported, band) => {
    const b = opsBriefing({
      now: NOW,
      totals: fullTotals,
      live: fullLive,
      info: [],
      series: series({}),
      event: undefined,
      area,
    });
    expect([b.totals.reportedFull, b.totals.fullBand, b.fullBandPercent]).toEqual([
      reported,
      band,
      80,
    ]);
  });
});
