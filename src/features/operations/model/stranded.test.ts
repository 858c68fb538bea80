import { describe, expect, it } from 'vitest';
import type { TransportService } from '../../../domain/lifelines';
import type { FlowObservation, PresenceObservation } from '../../../domain/tourism';
import { presentAt, seatsAfter, strandedEstimate, dayTripArrivals } from './stranded';
import { parseTransportService } from '../../../api/entities/transport';
import { packPresenceDay } from '../../../api/tourism/pack';
import { lifelineEntities } from '../../../../mocks/lifelines/source';
import { WEATHER_HOURS } from '../../../../mocks/lifelines/weather';

const T = (hhmm: string, date = '2026-09-01') => Date.parse(`${date}T${hhmm}:00+09:00`);
const AT = T('15:30');

const presence = (
  code: string,
  hour: number,
  count: number | null,
  date = '2026-09-01',
): PresenceObservation => ({
  id: `p-${code}-${date}-${hour}-${String(count)}`,
  municipalityCode: code,
  date,
  hour,
  startMs: T(`${String(hour).padStart(2, '0')}:00`, date),
  nationality: 'JP',
  count,
});

/** The rows packed as the worker packs a day (the day of the first row, else the test day). */
const dayOf = (rows: PresenceObservation[]) =>
  packPresenceDay(rows[0]?.date ?? '2026-09-01', rows).day;

const service = (over: Partial<TransportService> & { id: string }): TransportService => ({
  routeId: over.id,
  routeName: over.id,
  mode: 'ferry',
  fromCode: '42211',
  toCode: '42201',
  callsAt: [],
  status: 'normal',
  departures: [],
  ...over,
});

const flow = (over: Partial<FlowObservation> & { id: string }): FlowObservation => ({
  origin: { kind: 'prefecture', code: '40' },
  destinationCode: '42211',
  fromMs: T('00:00'),
  toMs: T('00:00', '2026-09-02'),
  count: 100,
  category: 'domestic',
  stay: 'dayTrip',
  ...over,
});

describe('presentAt: the latest hour of the day with data, up to the time', () => {
  it.each<
    [
      string,
      PresenceObservation[],
      { value: number; lowerBound: boolean; hour: number } | undefined,
    ]
  >([
    ['no data', [], undefined],
    [
      'the hour containing the time counts',
      [presence('42211', 14, 50), presence('42211', 15, 70)],
      { value: 70, lowerBound: false, hour: 15 },
    ],
    [
      'an hour after the time does not',
      [presence('42211', 14, 50), presence('42211', 16, 90)],
      { value: 50, lowerBound: false, hour: 14 },
    ],
    [
      'sums the group: Goto, Shin-Kamigoto and Ojika',
      [presence('42211', 15, 70), presence('42411', 15, 20), presence('42383', 15, 11)],
      { value: 101, lowerBound: false, hour: 15 },
    ],
    [
      'other groups and the mainland left out',
      [presence('42211', 15, 70), presence('42210', 15, 300), presence('42201', 15, 999)],
      { value: 70, lowerBound: false, hour: 15 },
    ],
    [
      'a suppressed cell makes a lower bound',
      [presence('42211', 15, 70), presence('42383', 15, null)],
      { value: 70, lowerBound: true, hour: 15 },
    ],
    [
      'only suppressed cells: at least 0',
      [presence('42383', 15, null)],
      { value: 0, lowerBound: true, hour: 15 },
    ],
    ['yesterday is not today', [presence('42211', 23, 500, '2026-08-31')], undefined],
    [
      'the latest hour of one municipality decides for the group',
      [presence('42211', 13, 70), presence('42411', 15, 20)],
      { value: 20, lowerBound: false, hour: 15 },
    ],
  ])('%s', (_name, rows, expected) => {
    const got = presentAt('goto', AT, dayOf(rows));
    expect(
      got && {
        value: got.value,
        lowerBound: got.lowerBound,
        hour: new Date(got.hourStartMs + 9 * 3_600_000).getUTCHours(),
      },
    ).toEqual(expected);
  });
});

describe('seatsAfter: seats still leaving the group after the time', () => {
  it.each<[string, TransportService[], ReturnType<typeof seatsAfter>]>([
    ['nothing leaving', [], { known: true, value: 0 }],
    [
      'departures after the time, own seats',
      [
        service({
          id: 'a',
          departures: [
            { at: T('16:00'), seats: 200 },
            { at: T('18:00'), seats: 150 },
          ],
        }),
      ],
      { known: true, value: 350 },
    ],
    [
      'the service’s seats per departure where a departure has none',
      [
        service({
          id: 'a',
          seatsPerDeparture: 250,
          departures: [{ at: T('16:00') }, { at: T('18:00'), seats: 100 }],
        }),
      ],
      { known: true, value: 350 },
    ],
    [
      'a departure exactly at the time has left',
      [
        service({
          id: 'a',
          departures: [
            { at: AT, seats: 200 },
            { at: T('17:00'), seats: 100 },
          ],
        }),
      ],
      { known: true, value: 100 },
    ],
    [
      'a past departure listed as remaining is not counted',
      [service({ id: 'a', departures: [{ at: T('09:00'), seats: 200 }] })],
      { known: true, value: 0 },
    ],
    [
      'delayed and partly cancelled still run',
      [
        service({ id: 'a', status: 'delayed', departures: [{ at: T('16:00'), seats: 10 }] }),
        service({
          id: 'b',
          status: 'partiallyCancelled',
          departures: [{ at: T('17:00'), seats: 20 }],
        }),
      ],
      { known: true, value: 30 },
    ],
    [
      'suspended: no seats, whatever the list says',
      [service({ id: 'a', status: 'suspended', departures: [{ at: T('16:00'), seats: 200 }] })],
      { known: true, value: 0 },
    ],
    [
      'ended: no seats either',
      [service({ id: 'a', status: 'ended', departures: [{ at: T('16:00'), seats: 200 }] })],
      { known: true, value: 0 },
    ],
    [
      'seats missing on a running departure: unknown, never 0',
      [service({ id: 'a', departures: [{ at: T('16:00') }] })],
      { known: false, why: { kind: 'noSeats', serviceId: 'a', departureAt: T('16:00') } },
    ],
    [
      'seats missing on a suspended service do not matter',
      [service({ id: 'a', status: 'suspended', departures: [{ at: T('16:00') }] })],
      { known: true, value: 0 },
    ],
    [
      'broken seats: unknown',
      [
        service({
          id: 'a',
          seatsPerDeparture: 100,
          departures: [{ at: T('16:00'), seatsInvalid: true }],
        }),
      ],
      { known: false, why: { kind: 'badSeats', serviceId: 'a', departureAt: T('16:00') } },
    ],
    [
      'an unknown status: unknown (it may still run)',
      [service({ id: 'a', status: 'unknown', departures: [] })],
      { known: false, why: { kind: 'unknownStatus', serviceId: 'a' } },
    ],
    [
      'arriving services do not leave',
      [
        service({
          id: 'a',
          fromCode: '42201',
          toCode: '42211',
          departures: [{ at: T('16:00'), seats: 200 }],
        }),
      ],
      { known: true, value: 0 },
    ],
    [
      'within the group is not leaving it (Fukue → Ojika)',
      [
        service({
          id: 'a',
          fromCode: '42211',
          toCode: '42383',
          departures: [{ at: T('16:00'), seats: 200 }],
        }),
      ],
      { known: true, value: 0 },
    ],
    [
      'to Fukuoka (a prefecture code) leaves',
      [service({ id: 'a', toCode: '40', departures: [{ at: T('16:00'), seats: 70 }] })],
      { known: true, value: 70 },
    ],
  ])('%s', (_name, services, expected) => {
    expect(seatsAfter('goto', AT, services)).toEqual(expected);
  });

  it('counts a service from Iki towards Tsushima as leaving Iki, not Tsushima', () => {
    const s = [
      service({
        id: 'a',
        fromCode: '42210',
        toCode: '42209',
        departures: [{ at: T('16:00'), seats: 300 }],
      }),
    ];
    expect(seatsAfter('iki', AT, s)).toEqual({ known: true, value: 300 });
    expect(seatsAfter('tsushima', AT, s)).toEqual({ known: true, value: 0 });
  });
});

describe('dayTripArrivals: the day’s day trips into the group from outside it', () => {
  it.each<[string, FlowObservation[], { value: number; lowerBound: boolean } | undefined]>([
    ['no flows', [], undefined],
    [
      'from Fukuoka and from Nagasaki city',
      [
        flow({ id: 'a', count: 100 }),
        flow({ id: 'b', origin: { kind: 'municipality', code: '42201' }, count: 40 }),
      ],
      { value: 140, lowerBound: false },
    ],
    ['overnight stays left out', [flow({ id: 'a', stay: 'overnight' })], undefined],
    [
      'from inside the group left out (Ojika → Goto)',
      [flow({ id: 'a', origin: { kind: 'municipality', code: '42383' } })],
      undefined,
    ],
    ['into another group left out', [flow({ id: 'a', destinationCode: '42210' })], undefined],
    ['yesterday left out', [flow({ id: 'a', fromMs: T('00:00', '2026-08-31') })], undefined],
    [
      'a suppressed count: a lower bound',
      [flow({ id: 'a', count: 100 }), flow({ id: 'b', count: null })],
      { value: 100, lowerBound: true },
    ],
  ])('%s', (_name, flows, expected) => {
    expect(dayTripArrivals('goto', AT, flows)).toEqual(expected);
  });
});

describe('strandedEstimate', () => {
  const services = [
    service({ id: 'jetfoil', departures: [{ at: T('16:00'), seats: 200 }] }),
    service({ id: 'ferry', status: 'suspended', departures: [{ at: T('17:00'), seats: 500 }] }),
  ];
  it.each<
    [
      string,
      PresenceObservation[],
      TransportService[] | undefined,
      { value: number; lowerBound: boolean } | undefined,
    ]
  >([
    [
      'present minus seats',
      [presence('42211', 15, 700)],
      services,
      { value: 500, lowerBound: false },
    ],
    ['never below 0', [presence('42211', 15, 150)], services, { value: 0, lowerBound: false }],
    [
      'a lower bound when presence is one',
      [presence('42211', 15, 700), presence('42383', 15, null)],
      services,
      { value: 500, lowerBound: true },
    ],
    ['unknown without presence', [], services, undefined],
    [
      'unknown with unknown seats',
      [presence('42211', 15, 700)],
      [service({ id: 'x', departures: [{ at: T('16:00') }] })],
      undefined,
    ],
    [
      'unknown before the services’ feed has answered (never everyone)',
      [presence('42211', 15, 700)],
      undefined,
      undefined,
    ],
    [
      'everyone stays when nothing runs',
      [presence('42211', 15, 700)],
      [services[1]!],
      { value: 700, lowerBound: false },
    ],
  ])('%s', (_name, rows, svc, expected) => {
    expect(
      strandedEstimate('goto', { at: AT, presence: dayOf(rows), services: svc, flows: [] })
        .cannotLeave,
    ).toEqual(expected);
  });

  it('names the last departure still leaving, of a running service only', () => {
    const e = strandedEstimate('goto', { at: AT, presence: undefined, services, flows: [] });
    expect(e.lastDepartureAt).toBe(T('16:00'));
    expect(e.leaving.map((s) => s.id)).toEqual(['jetfoil', 'ferry']);
  });
});

describe('over the mock’s services in the drill', () => {
  it('leaves no seats out of Goto once its services are suspended: everyone present stays', () => {
    const flat = lifelineEntities(AT, WEATHER_HOURS.goto.suspend * 60).map((e) =>
      parseTransportService({
        id: e.id,
        type: e.type,
        attrs: Object.fromEntries(
          Object.entries(e)
            .filter(([k]) => k !== 'id' && k !== 'type')
            .map(([k, v]) => [k, { value: (v as { value: unknown }).value }]),
        ),
      }),
    );
    const services = flat.flatMap((r) => (r.ok ? [r.value] : []));
    expect(services.length).toBe(flat.length);
    const e = strandedEstimate('goto', {
      at: AT,
      presence: dayOf([presence('42211', 15, 900)]),
      services,
      flows: [],
    });
    expect(e.seats).toEqual({ known: true, value: 0 });
    expect(e.cannotLeave).toEqual({ value: 900, lowerBound: false });
    // Iki's services still run then: its seats are known and above 0.
    const iki = strandedEstimate('iki', { at: AT, presence: undefined, services, flows: [] });
    expect(iki.seats.known && iki.seats.value > 0).toBe(true);
  });
});
