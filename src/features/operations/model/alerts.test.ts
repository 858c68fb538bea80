import { describe, expect, it } from 'vitest';
import type {
  AlertLevel,
  EvacuationInfo,
  OccupancyBand,
  OpeningStatus,
} from '../../../domain/live';
import {
  diffAlerts,
  newestFirst,
  pinnedAlerts,
  type Alert,
  type LevelAlert,
  type ShelterAlert,
  type Snapshot,
} from './alerts';
import type { LiveShelter } from './join';
import { master, overlay } from './test-data';

const NOW = 10_000_000;
const KEY = 'E4220100001111';

/** A shelter as the join would produce it; only what the diff reads. */
function shelter(
  status: OpeningStatus,
  band: OccupancyBand,
  times: { observedAt?: number; openedAt?: number; closedAt?: number } = {},
  key = KEY,
): LiveShelter {
  return {
    key,
    master: master(key),
    overlay: overlay(`urn:${key}`, { nationalShelterId: key, openingStatus: status, ...times }),
    municipalityCode: '42201',
    band,
    flags: { overCapacity: false },
  };
}
const snap = (
  shelters: LiveShelter[],
  evacuationInfo: EvacuationInfo[] = [],
  at = NOW,
): Snapshot => ({
  at,
  shelters,
  evacuationInfo,
});
const order = (
  id: string,
  level: AlertLevel,
  issuedAt: number,
  liftedAt?: number,
  municipalityCode = '42201',
): EvacuationInfo => ({
  id,
  municipalityCode,
  level,
  label: `L${level}`,
  hazardTypes: [],
  issuedAt,
  ...(liftedAt !== undefined && { liftedAt }),
});

type Brief = [kind: string, at: number, from?: unknown, to?: unknown, full?: string];
const brief = (alerts: Alert[]): Brief[] =>
  alerts.map((a) => {
    const out: Brief = [a.kind, a.at];
    const { from, to } = a as { from?: unknown; to?: unknown };
    if (from !== undefined || to !== undefined) out.push(from, to);
    // A full shelter: reported full by itself, or only at the full band by its occupancy.
    if (a.kind === 'shelterFull') out.push(a.reported ? 'reported' : 'band');
    return out;
  });

describe('diffAlerts: baseline', () => {
  it('the first poll yields nothing, however dramatic', () => {
    const next = snap([shelter('full', 'full')], [order('a', 5, 1)]);
    expect(diffAlerts(undefined, next, NOW)).toEqual([]);
  });

  it('no change, no alert', () => {
    const s = snap([shelter('open', 'crowded')], [order('a', 4, 1)]);
    expect(diffAlerts(s, s, NOW)).toEqual([]);
  });
});

describe('diffAlerts: shelters', () => {
  it.each<[string, LiveShelter[], LiveShelter[], Brief[]]>([
    [
      'opened (new in the feed)',
      [],
      [shelter('open', 'vacant', { openedAt: 5 })],
      [['shelterOpened', 5]],
    ],
    [
      'opened from closed, time from observedAt',
      [shelter('closed', 'closed')],
      [shelter('open', 'vacant', { observedAt: 7 })],
      [['shelterOpened', 7]],
    ],
    [
      'opened, no time known: now',
      [shelter('closed', 'closed')],
      [shelter('open', 'unknown')],
      [['shelterOpened', NOW]],
    ],
    [
      'opened from an unknown status',
      [shelter('unknown', 'unknown')],
      [shelter('open', 'vacant', { openedAt: 3 })],
      [['shelterOpened', 3]],
    ],
    [
      'closed',
      [shelter('open', 'crowded')],
      [shelter('closed', 'closed', { closedAt: 8, observedAt: 9 })],
      [['shelterClosed', 8]],
    ],
    ['closed → closed: nothing', [shelter('closed', 'closed')], [shelter('closed', 'closed')], []],
    [
      'open → unknown status: nothing',
      [shelter('open', 'vacant')],
      [shelter('unknown', 'unknown')],
      [],
    ],
    ['vanished from the feed: nothing', [shelter('open', 'crowded')], [], []],
    [
      'band up',
      [shelter('open', 'vacant')],
      [shelter('open', 'crowded', { observedAt: 4 })],
      [['bandRaised', 4, 'vacant', 'crowded']],
    ],
    ['band down: nothing', [shelter('open', 'crowded')], [shelter('open', 'vacant')], []],
    [
      'unknown → crowded: not a crossing',
      [shelter('open', 'unknown')],
      [shelter('open', 'crowded')],
      [],
    ],
    [
      'crowded → full: full only',
      [shelter('open', 'crowded')],
      [shelter('open', 'full', { observedAt: 6 })],
      [['shelterFull', 6, 'crowded', 'full', 'band']],
    ],
    [
      'declared full',
      [shelter('open', 'somewhatCrowded')],
      [shelter('full', 'full', { observedAt: 6 })],
      [['shelterFull', 6, 'somewhatCrowded', 'full', 'reported']],
    ],
    ['full → full: nothing', [shelter('open', 'full')], [shelter('full', 'full')], []],
    [
      'opened already full: both',
      [shelter('closed', 'closed')],
      [shelter('full', 'full', { openedAt: 2, observedAt: 6 })],
      [
        ['shelterFull', 6, undefined, 'full', 'reported'],
        ['shelterOpened', 2],
      ],
    ],
  ])('%s', (_label, before, after, expected) => {
    expect(brief(diffAlerts(snap(before), snap(after), NOW))).toEqual(expected);
  });

  it('carries the shelter key, name and municipality', () => {
    const [a] = diffAlerts(snap([]), snap([shelter('open', 'vacant', { openedAt: 5 })]), NOW);
    expect(a).toMatchObject({
      shelterKey: KEY,
      shelterName: '避難所 00001',
      municipalityCode: '42201',
      detectedAt: NOW,
    });
  });
});

describe('diffAlerts: evacuation levels', () => {
  it.each<[string, EvacuationInfo[], EvacuationInfo[], Brief[]]>([
    ['issued', [], [order('a', 4, 100)], [['levelIssued', 100, undefined, 4]]],
    [
      'raised',
      [order('a', 3, 100)],
      [order('a', 3, 100), order('b', 5, 200)],
      [['levelRaised', 200, 3, 5]],
    ],
    [
      'lowered when the top one is lifted',
      [order('a', 3, 100), order('b', 5, 200)],
      [order('a', 3, 100), order('b', 5, 200, 300)],
      [['levelLowered', 300, 5, 3]],
    ],
    [
      'lifted',
      [order('a', 4, 100)],
      [order('a', 4, 100, 500)],
      [['levelLifted', 500, 4, undefined]],
    ],
    [
      'lifted by removal from the feed: now',
      [order('a', 4, 100)],
      [],
      [['levelLifted', NOW, 4, undefined]],
    ],
    [
      'same level re-issued: nothing',
      [order('a', 4, 100)],
      [order('a', 4, 100, 150), order('b', 4, 150)],
      [],
    ],
    ['an old lifted order: nothing', [], [order('a', 4, 100, 200)], []],
    [
      'two municipalities',
      [order('a', 3, 100, undefined, '42209')],
      [order('a', 3, 100, 400, '42209'), order('b', 4, 300, undefined, '42201')],
      [
        ['levelLifted', 400, 3, undefined],
        ['levelIssued', 300, undefined, 4],
      ],
    ],
  ])('%s', (_label, before, after, expected) => {
    expect(brief(diffAlerts(snap([], before, NOW - 30_000), snap([], after), NOW))).toEqual(
      expected,
    );
  });

  it('level alerts name the level concerned', () => {
    const lifted = diffAlerts(snap([], [order('a', 5, 1)]), snap([], [order('a', 5, 1, 9)]), NOW);
    expect(lifted[0]).toMatchObject({ kind: 'levelLifted', level: 5, municipalityCode: '42201' });
  });

  it('reads each snapshot at its own time', () => {
    // Lifted at NOW - 10: still in force at the previous poll, lifted by this one.
    const infos = [order('a', 4, 1, NOW - 10)];
    const alerts = diffAlerts(snap([], infos, NOW - 20), snap([], infos, NOW), NOW);
    expect(brief(alerts)).toEqual([['levelLifted', NOW - 10, 4, undefined]]);
  });
});

describe('alert ids', () => {
  it('are deterministic and distinct', () => {
    const prev = snap([shelter('closed', 'closed')], []);
    const next = snap(
      [shelter('full', 'full', { openedAt: 2, observedAt: 6 })],
      [order('a', 5, 100)],
    );
    const a = diffAlerts(prev, next, NOW);
    const b = diffAlerts(prev, next, NOW + 60_000);
    expect(a.map((x) => x.id)).toEqual(b.map((x) => x.id));
    expect(new Set(a.map((x) => x.id)).size).toBe(a.length);
  });
});

const levelAlert = (
  id: string,
  to: AlertLevel | undefined,
  kind: LevelAlert['kind'],
  detectedAt: number,
): LevelAlert => ({
  id,
  kind,
  at: detectedAt,
  detectedAt,
  municipalityCode: '42201',
  level: to ?? 5,
  ...(to !== undefined && { to }),
});
const fullAlert = (id: string, detectedAt: number): ShelterAlert => ({
  id,
  kind: 'shelterFull',
  at: detectedAt,
  detectedAt,
  municipalityCode: '42201',
  shelterKey: KEY,
});

describe('pinnedAlerts', () => {
  const MIN = 60_000;
  const alerts: Alert[] = [
    levelAlert('l5', 5, 'levelIssued', NOW - 5 * MIN),
    levelAlert('raised5', 5, 'levelRaised', NOW - 1 * MIN),
    levelAlert('l4', 4, 'levelIssued', NOW - 1 * MIN),
    levelAlert('lifted5', undefined, 'levelLifted', NOW - 1 * MIN),
    fullAlert('full', NOW - 2 * MIN),
    fullAlert('oldFull', NOW - 30 * MIN),
    fullAlert('almost', NOW - 30 * MIN + 1),
  ];
  it.each<[string, string[], string[]]>([
    ['level 5 and full within 30 min, newest first', [], ['raised5', 'full', 'l5', 'almost']],
    ['acknowledged ones leave', ['l5', 'almost'], ['raised5', 'full']],
  ])('%s', (_label, acked, expected) => {
    expect(pinnedAlerts(alerts, new Set(acked), NOW, 30).map((a) => a.id)).toEqual(expected);
  });

  it('times out from detection, not from the datum time', () => {
    const late = { ...levelAlert('late', 5, 'levelIssued', NOW - MIN), at: NOW - 120 * MIN };
    expect(pinnedAlerts([late], new Set(), NOW, 30).map((a) => a.id)).toEqual(['late']);
  });
});

describe('newestFirst', () => {
  it('orders by time, then id', () => {
    const items = [
      { id: 'b', at: 1 },
      { id: 'a', at: 1 },
      { id: 'c', at: 3 },
    ];
    expect(newestFirst(items).map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });
});
