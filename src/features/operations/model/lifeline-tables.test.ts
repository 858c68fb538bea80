import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../../domain/export-table';
import type { TransportService } from '../../../domain/lifelines';
import { departuresOf, routesTable, strandedTable, type StrandedWords } from './lifeline-tables';
import type { StrandedEstimate } from './stranded';

const T = (hhmm: string) => Date.parse(`2026-09-01T${hhmm}:00+09:00`);
const AT = T('15:30');

const svc = (id: string, over: Partial<TransportService> = {}): TransportService => ({
  id,
  routeId: id,
  routeName: id,
  mode: 'ferry',
  fromCode: '42211',
  toCode: '42201',
  callsAt: [],
  status: 'normal',
  departures: [],
  ...over,
});

const words: StrandedWords = {
  group: 'group',
  groupName: (g) => g.toUpperCase(),
  present: 'present',
  seats: 'seats',
  cannotLeave: 'cannot',
  dayTrips: 'trips',
  spare: 'spare',
  lastDeparture: 'last',
  atLeast: (n) => `>=${n}`,
  unknown: '?',
  none: '-',
  notPublished: 'n/p',
  number: (n) => String(n),
};

describe('departuresOf', () => {
  it('gives the next and last departure after the time on running services, soonest first', () => {
    const rows = departuresOf(
      [
        svc('late', { departures: [{ at: T('18:00') }, { at: T('19:30') }] }),
        svc('soon', { departures: [{ at: T('15:00') }, { at: T('16:00') }, { at: T('17:00') }] }),
        svc('off', { status: 'suspended', departures: [{ at: T('16:30') }] }),
        svc('now', { departures: [{ at: AT }] }),
      ],
      AT,
    );
    expect(rows.map((r) => [r.service.id, r.next, r.last])).toEqual([
      ['soon', T('16:00'), T('17:00')],
      ['late', T('18:00'), T('19:30')],
      ['now', undefined, undefined],
      ['off', undefined, undefined],
    ]);
  });
});

describe('strandedTable', () => {
  const base = { at: AT, leaving: [] };
  const estimates: StrandedEstimate[] = [
    {
      ...base,
      group: 'tsushima',
      present: { value: 1200, lowerBound: false, hourStartMs: T('14:00') },
      seats: { known: true, value: 300 },
      cannotLeave: { value: 900, lowerBound: false },
      dayTripArrivals: { value: 150, lowerBound: true },
      lastDepartureAt: T('18:30'),
    },
    {
      ...base,
      group: 'iki',
      present: { value: 500, lowerBound: true, hourStartMs: T('14:00') },
      seats: { known: false, why: { kind: 'noSeats', serviceId: 's', departureAt: T('16:00') } },
    },
    { ...base, group: 'goto', seats: { known: true, value: 0 } },
  ];
  const table = strandedTable(estimates, (g) => (g === 'goto' ? undefined : 40), words);

  it('says unknown for unknown seats, never 0, and marks lower bounds', () => {
    const csv = exportCsv(table)
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(csv[0]).toBe(
      'island_group,island_group_key,cannot_leave,cannot_leave_at_least,present,present_at_least,present_hour_jst,seats_left,seats_unknown_reason,day_trip_arrivals,day_trip_arrivals_at_least,shelter_spare,last_departure_jst,as_of_jst',
    );
    expect(csv.slice(1)).toEqual([
      'TSUSHIMA,tsushima,900,no,1200,no,14:00,300,,150,yes,40,2026-09-01 18:30,2026-09-01 15:30',
      'IKI,iki,,,500,yes,14:00,unknown,noSeats,,,40,,2026-09-01 15:30',
      'GOTO,goto,,,,,,0,,,,,,2026-09-01 15:30',
    ]);
  });

  it('shows lower bounds and what is missing in words', () => {
    const text = table.rows.map((r) =>
      r.cells.map((c) => (c !== null && typeof c === 'object' && c.kind === 'custom' ? c.text : c)),
    );
    expect(text[1]![2]).toBe('?'); // cannot leave: unknown
    expect(text[1]![4]).toBe('>=500');
    expect(text[2]![4]).toBe('n/p'); // no presence published
    expect(text[2]![12]).toBe('-'); // no departure left
  });
});

describe('routesTable', () => {
  it('writes the status key and the times in JST', () => {
    const rows = departuresOf(
      [svc('a', { status: 'unknown', rawStatus: 'weird', departures: [{ at: T('16:05') }] })],
      AT,
    );
    const csv = exportCsv(
      routesTable(rows, {
        route: 'route',
        status: 'status',
        next: 'next',
        last: 'last',
        statusName: (s, raw) => `${s}:${raw ?? ''}`,
        routeLabel: (s) => s.routeName,
        none: '-',
      }),
    )
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    // An unknown status runs no departures: none counted, whatever is listed.
    expect(csv[1]).toBe('a,a,ferry,unknown:weird,unknown,,');
  });
});
