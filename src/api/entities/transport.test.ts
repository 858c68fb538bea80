import { describe, expect, it } from 'vitest';
import type { FlatEntityLike } from './flat';
import { parseTransportService } from './transport';

const entity = (
  attrs: Record<string, unknown>,
  observedAt = '2026-09-01T06:00:00Z',
): FlatEntityLike => ({
  id: 'urn:ngsi-ld:TransportServiceStatus:x',
  type: 'TransportServiceStatus',
  attrs: Object.fromEntries(
    Object.entries(attrs).map(([k, value]) => [
      k,
      k === 'status' ? { value, observedAt } : { value },
    ]),
  ),
});

const BASE = {
  routeId: 'KS-NF-JF',
  routeName: '長崎〜福江 ジェットフォイル',
  operatorName: '九州商船',
  mode: 'highSpeedCraft',
  fromCode: '42211',
  toCode: '42201',
  status: 'normal',
  remainingDepartures: [{ departureAt: '2026-09-01T16:20:00+09:00', seats: 260 }],
};
const at = (s: string) => Date.parse(s);

describe('parseTransportService: skipped only without what it is or where it goes', () => {
  it.each<[string, Record<string, unknown>, string]>([
    [
      'an unknown municipality code',
      { ...BASE, fromCode: '42999' },
      'fromCode: not a Nagasaki municipality or prefecture code',
    ],
    [
      'Nagasaki as a prefecture code (a port must name its municipality)',
      { ...BASE, toCode: '42' },
      'toCode: not a Nagasaki municipality or prefecture code',
    ],
    ['no destination', { ...BASE, toCode: undefined }, 'toCode: missing'],
    ['an unknown mode', { ...BASE, mode: 'hovercraft' }, 'mode: not ferry, highSpeedCraft or air'],
    ['no route name', { ...BASE, routeName: undefined }, 'routeName: missing'],
  ])('%s', (_name, attrs, reason) => {
    const defined = Object.fromEntries(Object.entries(attrs).filter(([, v]) => v !== undefined));
    expect(parseTransportService(entity(defined))).toEqual({ ok: false, reason });
  });
});

describe('parseTransportService: kept, each broken field marked', () => {
  it('reads a service in full, 6-digit codes to 5, prefectures by their 2 digits', () => {
    const r = parseTransportService(
      entity({
        ...BASE,
        fromCode: '422118',
        toCode: '40',
        callsAt: ['422100'],
        seatsPerDeparture: 250,
        statusNote: '通常運航',
      }),
    );
    expect(r).toEqual({
      ok: true,
      warnings: [],
      value: {
        id: 'urn:ngsi-ld:TransportServiceStatus:x',
        routeId: 'KS-NF-JF',
        routeName: '長崎〜福江 ジェットフォイル',
        operatorName: '九州商船',
        mode: 'highSpeedCraft',
        fromCode: '42211',
        toCode: '40',
        callsAt: ['42210'],
        status: 'normal',
        departures: [{ at: at('2026-09-01T16:20:00+09:00'), seats: 260 }],
        seatsPerDeparture: 250,
        statusNote: '通常運航',
        observedAt: at('2026-09-01T06:00:00Z'),
      },
    });
  });

  it.each<[string, unknown, { status: string; rawStatus?: string }]>([
    ['a known status', 'suspended', { status: 'suspended' }],
    [
      'an unknown status is kept as unknown, never dropped',
      'weatherHold',
      { status: 'unknown', rawStatus: 'weatherHold' },
    ],
    ['a missing status is unknown', undefined, { status: 'unknown' }],
  ])('%s', (_name, status, expected) => {
    const attrs: Record<string, unknown> = { ...BASE, status };
    if (status === undefined) delete attrs['status'];
    const r = parseTransportService(entity(attrs));
    if (!r.ok) throw new Error(r.reason);
    expect({
      status: r.value.status,
      ...(r.value.rawStatus && { rawStatus: r.value.rawStatus }),
    }).toEqual(expected);
    expect(r.warnings.length).toBe(expected.status === 'unknown' ? 1 : 0);
  });

  it.each<[string, unknown, object[], number]>([
    [
      'in time order, UTC and JST offsets alike',
      [
        { departureAt: '2026-09-01T09:00:00Z', seats: 10 },
        { departureAt: '2026-09-01T16:00:00+09:00' },
      ],
      [{ at: at('2026-09-01T16:00:00+09:00') }, { at: at('2026-09-01T09:00:00Z'), seats: 10 }],
      0,
    ],
    [
      'negative seats: the departure kept, its seats unknown',
      [{ departureAt: '2026-09-01T16:00:00+09:00', seats: -5 }],
      [{ at: at('2026-09-01T16:00:00+09:00'), seatsInvalid: true }],
      1,
    ],
    [
      'seats as text: unknown too',
      [{ departureAt: '2026-09-01T16:00:00+09:00', seats: 'many' }],
      [{ at: at('2026-09-01T16:00:00+09:00'), seatsInvalid: true }],
      1,
    ],
    [
      'null seats: not given',
      [{ departureAt: '2026-09-01T16:00:00+09:00', seats: null }],
      [{ at: at('2026-09-01T16:00:00+09:00') }],
      0,
    ],
    [
      'a time without a zone: left out',
      [{ departureAt: '2026-09-01T16:00:00' }, { departureAt: '2026-09-01T17:00:00+09:00' }],
      [{ at: at('2026-09-01T17:00:00+09:00') }],
      1,
    ],
    ['not a list: none', 'tomorrow', [], 1],
    [
      'a departure in the past is kept here (whoever reads it drops it)',
      [{ departureAt: '2020-01-01T08:00:00+09:00' }],
      [{ at: at('2020-01-01T08:00:00+09:00') }],
      0,
    ],
  ])('departures: %s', (_name, list, expected, warnings) => {
    const r = parseTransportService(entity({ ...BASE, remainingDepartures: list }));
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.departures).toEqual(expected);
    expect(r.warnings.length).toBe(warnings);
  });

  it('drops negative seats per departure and broken stops with a warning each', () => {
    const r = parseTransportService(entity({ ...BASE, seatsPerDeparture: -1, callsAt: ['99999'] }));
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.seatsPerDeparture).toBeUndefined();
    expect(r.value.callsAt).toEqual([]);
    expect(r.warnings.length).toBe(2);
  });
});
