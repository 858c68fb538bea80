/**
 * The islands' tables for the screen and the CSV (one description each, see export-table.ts):
 * visitors who cannot leave per island group, and the services leaving each group with their
 * next and last departures. Times are JST wall-clock HH:MM (departures are today's).
 */
import { custom, type ExportTable, type ExportValue } from '../../../domain/export-table';
import type { LifelineGroup } from '../../../domain/island-groups';
import { formatJstDateTime, jstWallClock } from '../../../domain/jst';
import {
  RUNNING_STATUSES,
  type ServiceStatus,
  type TransportService,
} from '../../../domain/lifelines';
import type { CountSum, StrandedEstimate } from './stranded';

/** `14:35`: a departure today, in JST. */
export const jstClock = (ms: number): string => jstWallClock(ms).slice(11, 16);

export interface ServiceDepartures {
  service: TransportService;
  /** The first and last departures after the time, on a service that still runs. */
  next?: number;
  last?: number;
}

/** Services leaving the group, each with its next and last departures after `at`. */
export function departuresOf(
  leaving: readonly TransportService[],
  at: number,
): ServiceDepartures[] {
  return leaving
    .map((service) => {
      const times = RUNNING_STATUSES.has(service.status)
        ? service.departures.map((d) => d.at).filter((t) => t > at)
        : [];
      return times.length > 0
        ? { service, next: Math.min(...times), last: Math.max(...times) }
        : { service };
    })
    .sort(
      (a, b) =>
        (a.next ?? Infinity) - (b.next ?? Infinity) ||
        a.service.routeName.localeCompare(b.service.routeName) ||
        a.service.id.localeCompare(b.service.id),
    );
}

export interface StrandedWords {
  group: string;
  groupName: (g: LifelineGroup) => string;
  present: string;
  seats: string;
  cannotLeave: string;
  dayTrips: string;
  spare: string;
  lastDeparture: string;
  atLeast: (n: string) => string;
  unknown: string;
  none: string;
  notPublished: string;
  number: (n: number) => string;
}

/** A count that may be a lower bound: "≥ n" on screen; the number, and a flag column, in CSV. */
function countCell(c: CountSum | undefined, w: StrandedWords, missing: string): ExportValue {
  if (!c) return custom(missing, '');
  const text = c.lowerBound ? w.atLeast(w.number(c.value)) : w.number(c.value);
  return custom(text, c.value);
}

const boundCell = (c: CountSum | undefined): ExportValue =>
  c === undefined ? null : c.lowerBound ? 'yes' : 'no';

/** Visitors who cannot leave, per wholly-island group, with what the figure is made of. */
export function strandedTable(
  estimates: readonly StrandedEstimate[],
  spare: (g: LifelineGroup) => number | undefined,
  w: StrandedWords,
): ExportTable {
  return {
    columns: [
      { id: 'island_group', label: w.group },
      { id: 'island_group_key' },
      { id: 'cannot_leave', label: w.cannotLeave, numeric: true },
      { id: 'cannot_leave_at_least' },
      { id: 'present', label: w.present, numeric: true },
      { id: 'present_at_least' },
      { id: 'present_hour_jst' },
      { id: 'seats_left', label: w.seats, numeric: true },
      { id: 'seats_unknown_reason' },
      { id: 'day_trip_arrivals', label: w.dayTrips, numeric: true },
      { id: 'day_trip_arrivals_at_least' },
      { id: 'shelter_spare', label: w.spare, numeric: true },
      { id: 'last_departure_jst', label: w.lastDeparture },
      { id: 'as_of_jst' },
    ],
    rows: estimates.map((e) => {
      const spareRoom = spare(e.group);
      return {
        key: e.group,
        cells: [
          w.groupName(e.group),
          e.group,
          countCell(e.cannotLeave, w, w.unknown),
          boundCell(e.cannotLeave),
          countCell(e.present, w, w.notPublished),
          boundCell(e.present),
          e.present ? jstClock(e.present.hourStartMs) : null,
          e.seats.known ? e.seats.value : custom(w.unknown, 'unknown'),
          e.seats.known ? null : e.seats.why.kind,
          countCell(e.dayTripArrivals, w, w.notPublished),
          boundCell(e.dayTripArrivals),
          spareRoom ?? null,
          e.lastDepartureAt === undefined
            ? custom(w.none, '')
            : custom(jstClock(e.lastDepartureAt), formatJstDateTime(e.lastDepartureAt)),
          formatJstDateTime(e.at),
        ],
      };
    }),
  };
}

export interface RouteWords {
  route: string;
  status: string;
  next: string;
  last: string;
  statusName: (s: ServiceStatus, raw: string | undefined) => string;
  /** The route's name with its mode, as the language writes it. */
  routeLabel: (s: TransportService) => string;
  none: string;
}

/** The services leaving one group: route, status, next and last departures. */
export function routesTable(rows: readonly ServiceDepartures[], w: RouteWords): ExportTable {
  return {
    columns: [
      { id: 'route', label: w.route, wrap: true },
      { id: 'service_id' },
      { id: 'mode' },
      { id: 'status', label: w.status },
      { id: 'status_key' },
      { id: 'next_departure_jst', label: w.next },
      { id: 'last_departure_jst', label: w.last },
    ],
    rows: rows.map(({ service: s, next, last }) => ({
      key: s.id,
      cells: [
        w.routeLabel(s),
        s.id,
        s.mode,
        w.statusName(s.status, s.rawStatus),
        s.status,
        next === undefined ? custom(w.none, '') : custom(jstClock(next), jstClock(next)),
        last === undefined ? custom(w.none, '') : custom(jstClock(last), jstClock(last)),
      ],
    })),
  };
}
