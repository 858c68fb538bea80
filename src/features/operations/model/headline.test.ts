import { describe, expect, it } from 'vitest';
import type { AlertLevel } from '../../../domain/live';
import { aggregate, emptyTotals, type OperationsTotals } from './aggregates';
import { firstNames, headline, strandedMentions } from './headline';
import type { StrandedEstimate } from './stranded';
import type { TransportService } from '../../../domain/lifelines';
import type { LevelInForce } from './levels';
import { joinOverlays } from './join';
import { master, overlay, VACAN } from './test-data';

const level = (l: AlertLevel): LevelInForce => ({
  level: l,
  label: `Lv${l}`,
  issuedAt: 0,
  infoId: `i${l}`,
});
const levels = (entries: [string, AlertLevel][]) =>
  new Map(entries.map(([code, l]) => [code, level(l)]));

/** Totals for overlays of the given statuses and counts, all in Nagasaki City (mainland). */
function totals(rows: { status: 'open' | 'closed' | 'full'; people: number }[]): OperationsTotals {
  const masters = rows.map((_, i) => master(`E42201${String(i).padStart(5, '0')}112`));
  const overlays = rows.map((r, i) =>
    overlay(`o${i}`, {
      nationalShelterId: masters[i]!.nationalShelterId,
      openingStatus: r.status,
      evacueeTotal: r.people,
      maxCapacity: 100,
    }),
  );
  const { live } = joinOverlays(masters, overlays, { bands: VACAN, overCapacityPercent: 150 });
  return aggregate(live, { islandSpareMarginPercent: 10 });
}

describe('headline', () => {
  const asOf = 1_800_000_000_000;
  it.each([
    ['levels feed not answered', { levelsKnown: false, totals: totals([]) }, 'waiting'],
    ['overlay feed not answered', { levelsKnown: true, totals: undefined }, 'waiting'],
    ['nothing in force, nothing open', { levelsKnown: true, totals: totals([]) }, 'quiet'],
    [
      'only closed shelters, nobody in them',
      { levelsKnown: true, totals: totals([{ status: 'closed', people: 0 }]) },
      'quiet',
    ],
    [
      'a shelter open without any level in force',
      { levelsKnown: true, totals: totals([{ status: 'open', people: 3 }]) },
      'active',
    ],
  ] as const)('%s → %s', (_, input, kind) => {
    expect(headline({ levels: new Map(), asOf, ...input }).kind).toBe(kind);
  });

  it('a level in force with no shelter open is not quiet', () => {
    const h = headline({
      levels: levels([['42211', 3]]),
      totals: totals([]),
      levelsKnown: true,
      asOf,
    });
    expect(h).toEqual({
      kind: 'active',
      asOf,
      top: { level: 3, municipalities: ['42211'] },
      openShelters: 0,
      evacuees: 0,
      islandsShort: [],
    });
  });

  it.each([
    [
      [
        ['42201', 4],
        ['42211', 5],
        ['42207', 5],
      ] as [string, AlertLevel][],
      5,
      ['42207', '42211'],
    ],
    [
      [
        ['42201', 3],
        ['42202', 4],
      ] as [string, AlertLevel][],
      4,
      ['42202'],
    ],
    [
      [
        ['42203', 3],
        ['42201', 3],
      ] as [string, AlertLevel][],
      3,
      ['42201', '42203'],
    ],
  ])('highest level and where: %j → Lv%i at %j', (entries, top, where) => {
    const h = headline({ levels: levels(entries), totals: totals([]), levelsKnown: true, asOf });
    expect(h.kind === 'active' && h.top).toEqual({ level: top, municipalities: where });
  });

  it('counts open shelters and evacuees from the prefecture totals', () => {
    const h = headline({
      levels: new Map(),
      totals: totals([
        { status: 'open', people: 40 },
        { status: 'full', people: 100 },
        { status: 'closed', people: 7 },
      ]),
      levelsKnown: true,
      asOf,
    });
    expect(h).toMatchObject({ kind: 'active', openShelters: 2, evacuees: 140 });
  });

  it('lists the island groups flagged short of room, in group order', () => {
    const t = totals([{ status: 'open', people: 1 }]);
    t.byIslandGroup.goto = { ...emptyTotals(), openShelters: 1, spareLow: true };
    t.byIslandGroup.tsushima = { ...emptyTotals(), openShelters: 1, spareLow: true };
    const h = headline({ levels: new Map(), totals: t, levelsKnown: true, asOf });
    expect(h.kind === 'active' && h.islandsShort).toEqual(['tsushima', 'goto']);
  });
});

describe('firstNames', () => {
  it.each([
    [[], 3, [], 0],
    [['a', 'b'], 3, ['a', 'b'], 0],
    [['a', 'b', 'c', 'd', 'e'], 3, ['a', 'b', 'c'], 2],
  ])('%j max %i', (items, max, shown, more) => {
    expect(firstNames(items, max)).toEqual({ shown, more });
  });
});

describe('strandedMentions: island groups named in the headline', () => {
  const svc = (status: TransportService['status']): TransportService => ({
    id: status,
    routeId: 'r',
    routeName: 'r',
    mode: 'ferry',
    fromCode: '42211',
    toCode: '42201',
    callsAt: [],
    status,
    departures: [],
  });
  const est = (
    group: StrandedEstimate['group'],
    cannotLeave: StrandedEstimate['cannotLeave'],
    statuses: TransportService['status'][],
  ): StrandedEstimate => ({
    group,
    at: 0,
    seats: { known: true, value: 0 },
    leaving: statuses.map(svc),
    ...(cannotLeave && { cannotLeave }),
  });

  it.each<[string, StrandedEstimate[], string[]]>([
    ['none stranded', [est('goto', { value: 0, lowerBound: false }, ['suspended'])], []],
    [
      'an ordinary evening after the last boat',
      [est('goto', { value: 900, lowerBound: false }, ['ended'])],
      [],
    ],
    ['unknown is not named', [est('goto', undefined, ['suspended'])], []],
    [
      'suspended groups, largest first',
      [
        est('iki', { value: 300, lowerBound: true }, ['suspended', 'normal']),
        est('goto', { value: 1200, lowerBound: false }, ['suspended']),
        est('tsushima', { value: 50, lowerBound: false }, ['delayed']),
      ],
      ['goto:1200', 'iki:300+'],
    ],
  ])('%s', (_name, estimates, expected) => {
    expect(
      strandedMentions(estimates).map((m) => `${m.group}:${m.value}${m.lowerBound ? '+' : ''}`),
    ).toEqual(expected);
  });
});
