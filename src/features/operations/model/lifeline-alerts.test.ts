import { describe, expect, it } from 'vitest';
import type { ServiceStatus, TransportService } from '../../../domain/lifelines';
import { diffLifelines, type LifelineSnapshot } from './lifeline-alerts';
import { isBannerAlert } from './alerts';

const T = (hhmm: string) => Date.parse(`2026-09-01T${hhmm}:00+09:00`);
const NOW = T('15:00');

/** Goto → Nagasaki, departing at the given times. */
const svc = (
  id: string,
  status: ServiceStatus,
  times: string[],
  over: Partial<TransportService> = {},
): TransportService => ({
  id,
  routeId: id,
  routeName: '長崎〜福江 ジェットフォイル',
  mode: 'highSpeedCraft',
  fromCode: '42211',
  toCode: '42201',
  callsAt: [],
  status,
  departures: times.map((t) => ({ at: T(t), seats: 100 })),
  observedAt: NOW - 60_000,
  ...over,
});

const snap = (at: string, services: TransportService[]): LifelineSnapshot => ({
  at: T(at),
  services,
});

type Brief = [kind: string, subject: string, at: number];
const brief = (prev: LifelineSnapshot | undefined, next: LifelineSnapshot): Brief[] =>
  diffLifelines(prev, next, NOW).map((a) => [a.kind, a.serviceId ?? a.group ?? '', a.at]);

describe('diffLifelines', () => {
  it.each<[string, LifelineSnapshot | undefined, LifelineSnapshot, Brief[]]>([
    ['the first poll is the baseline', undefined, snap('14:00', [svc('a', 'suspended', [])]), []],
    [
      'no change, no news',
      snap('14:00', [svc('a', 'normal', ['16:00'])]),
      snap('14:10', [svc('a', 'normal', ['16:00'])]),
      [],
    ],
    [
      'suspended, with the other service still running: only the suspension',
      snap('14:00', [svc('a', 'normal', ['16:00']), svc('b', 'normal', ['17:00'])]),
      snap('14:10', [svc('a', 'suspended', []), svc('b', 'normal', ['17:00'])]),
      [['serviceSuspended', 'a', NOW - 60_000]],
    ],
    [
      'the last running service suspended: the group loses its last link now',
      snap('14:00', [svc('a', 'normal', ['16:00'])]),
      snap('14:10', [svc('a', 'suspended', [])]),
      [
        ['serviceSuspended', 'a', NOW - 60_000],
        ['lastLinkGone', 'goto', NOW],
      ],
    ],
    [
      'the last departure leaves on time: lost at its departure time, no suspension',
      snap('15:55', [svc('a', 'normal', ['16:00'])]),
      snap('16:05', [svc('a', 'ended', [])]),
      [['lastLinkGone', 'goto', T('16:00')]],
    ],
    [
      'a departure exactly at the poll time has gone',
      snap('15:55', [svc('a', 'normal', ['16:00'])]),
      snap('16:00', [svc('a', 'normal', ['16:00'])]),
      [['lastLinkGone', 'goto', T('16:00')]],
    ],
    [
      'resumed after a suspension',
      snap('14:00', [svc('a', 'suspended', [])]),
      snap('14:10', [svc('a', 'delayed', ['16:30'])]),
      [['serviceResumed', 'a', NOW - 60_000]],
    ],
    [
      'suspended → ended is not a resumption',
      snap('14:00', [svc('a', 'suspended', [])]),
      snap('14:10', [svc('a', 'ended', [])]),
      [],
    ],
    [
      'arrivals on the island do not count as a link out',
      snap('14:00', [svc('in', 'normal', ['16:00'], { fromCode: '42201', toCode: '42211' })]),
      snap('14:10', [svc('in', 'normal', [], { fromCode: '42201', toCode: '42211' })]),
      [],
    ],
    [
      'a service missing from the next poll is not news',
      snap('14:00', [svc('a', 'normal', ['16:00']), svc('b', 'normal', ['17:00'])]),
      snap('14:10', [svc('b', 'normal', ['17:00'])]),
      [],
    ],
  ])('%s', (_name, prev, next, expected) => {
    expect(brief(prev, next)).toEqual(expected);
  });

  it('names the island municipality, and the last link once per group and day', () => {
    const prev = snap('14:00', [
      svc('a', 'normal', ['16:00'], { fromCode: '42383', toCode: '42202' }),
    ]);
    const next = snap('14:10', [svc('a', 'suspended', [], { fromCode: '42383', toCode: '42202' })]);
    const alerts = diffLifelines(prev, next, NOW);
    expect(alerts.map((a) => a.municipalityCode)).toEqual(['42383', '42211']);
    expect(alerts[1]!.id).toBe('lastLinkGone|goto|2026-09-01');
    expect(alerts.map(isBannerAlert)).toEqual([false, true]);
  });
});
