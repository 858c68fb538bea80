/**
 * Visitors who cannot leave an island group today (issue 17): at the time shown, the visitors
 * present on the group's islands against the seats still leaving it today.
 *
 * - present: Σ visitorCount over the group's municipalities at the latest JST hour of that
 *   day with data at or before the time (a suppressed cell makes it a lower bound);
 * - seats: Σ over services leaving the group (from a municipality in it to a place outside)
 *   that still run (normal, delayed, partly cancelled) of the seats on departures after the
 *   time — a departure's seats, else the service's seatsPerDeparture; any missing → unknown;
 *   a service whose status is unknown makes the seats unknown too (it may still be running);
 * - cannot leave = max(0, present − seats): the number that stays even if every remaining
 *   seat went to a visitor. Unknown seats or presence → unknown, never 0.
 */
import { whollyIslandGroupOf, type LifelineGroup } from '../../../domain/island-groups';
import { jstDateOf, jstDayStartMs, DAY_MS, HOUR_MS } from '../../../domain/jst';
import { RUNNING_STATUSES, type TransportService } from '../../../domain/lifelines';
import type { FlowObservation } from '../../../domain/tourism';
import { ABSENT, SUPPRESSED, type PresenceDay } from '../../../domain/tourism-days';
import { TOURISM_MUNICIPALITIES } from '../../../domain/tourism-index';

/** A sum of published counts: a lower bound when a count in it was suppressed. */
export interface CountSum {
  value: number;
  lowerBound: boolean;
}

export type SeatsUnknown =
  /** The services' feed has not answered yet: nothing is known about any departure. */
  | { kind: 'notRead' }
  | { kind: 'noSeats'; serviceId: string; departureAt: number }
  | { kind: 'badSeats'; serviceId: string; departureAt: number }
  | { kind: 'unknownStatus'; serviceId: string };

export type Seats = { known: true; value: number } | { known: false; why: SeatsUnknown };

export interface StrandedEstimate {
  group: LifelineGroup;
  at: number;
  /** Undefined: no presence data for the group that day, up to the time. */
  present?: CountSum & { hourStartMs: number };
  seats: Seats;
  /** Undefined when presence or seats is unknown. A lower bound when `present` is one. */
  cannotLeave?: CountSum;
  /** The day's day-trip arrivals from outside the group; undefined without any flow. */
  dayTripArrivals?: CountSum;
  /** Services leaving the group (whatever their status). */
  leaving: TransportService[];
  /** The last departure still leaving the group after the time, if any. */
  lastDepartureAt?: number;
}

const addCount = (sum: CountSum, count: number | null): CountSum =>
  count === null
    ? { value: sum.value, lowerBound: true }
    : { value: sum.value + count, lowerBound: sum.lowerBound };

/** Whether a service leaves the group: from one of its municipalities to anywhere outside it. */
export const leavesGroup = (s: TransportService, group: LifelineGroup): boolean =>
  whollyIslandGroupOf(s.fromCode) === group && whollyIslandGroupOf(s.toCode) !== group;

/** Indexes (in `TOURISM_MUNICIPALITIES`) of the group's municipalities. */
const groupIndexes = (group: LifelineGroup): number[] =>
  TOURISM_MUNICIPALITIES.flatMap((code, i) => (whollyIslandGroupOf(code) === group ? [i] : []));

/**
 * Presence in the group at the latest hour of `at`'s JST day with data, up to `at`, from that
 * day's packed presence (undefined: not fetched, or another day).
 */
export function presentAt(
  group: LifelineGroup,
  at: number,
  day: PresenceDay | undefined,
): StrandedEstimate['present'] {
  if (!day || day.date !== jstDateOf(at)) return undefined;
  const width = day.origins.length;
  const members = groupIndexes(group);
  const cellsOf = (m: number, h: number) =>
    day.counts.subarray((m * 24 + h) * width, (m * 24 + h + 1) * width);
  const lastHour = Math.min(23, Math.floor((at - day.startMs) / HOUR_MS));
  for (let h = lastHour; h >= 0; h--) {
    if (!members.some((m) => cellsOf(m, h).some((c) => c !== ABSENT))) continue;
    let sum: CountSum = { value: 0, lowerBound: false };
    for (const m of members)
      for (const c of cellsOf(m, h))
        if (c !== ABSENT) sum = addCount(sum, c === SUPPRESSED ? null : c);
    return { ...sum, hourStartMs: day.startMs + h * HOUR_MS };
  }
  return undefined;
}

/** Seats still leaving the group after `at` on services that run. */
export function seatsAfter(
  group: LifelineGroup,
  at: number,
  services: readonly TransportService[],
): Seats {
  let value = 0;
  for (const s of services) {
    if (!leavesGroup(s, group)) continue;
    if (s.status === 'unknown')
      return { known: false, why: { kind: 'unknownStatus', serviceId: s.id } };
    if (!RUNNING_STATUSES.has(s.status)) continue;
    for (const d of s.departures) {
      if (d.at <= at) continue; // gone (or leaving now), whatever the list says
      if (d.seatsInvalid)
        return { known: false, why: { kind: 'badSeats', serviceId: s.id, departureAt: d.at } };
      const seats = d.seats ?? s.seatsPerDeparture;
      if (seats === undefined)
        return { known: false, why: { kind: 'noSeats', serviceId: s.id, departureAt: d.at } };
      value += seats;
    }
  }
  return { known: true, value };
}

/** The day's day-trip arrivals in the group from outside it (flows starting that JST day). */
export function dayTripArrivals(
  group: LifelineGroup,
  at: number,
  flows: readonly FlowObservation[],
): CountSum | undefined {
  const start = jstDayStartMs(jstDateOf(at));
  let sum: CountSum | undefined;
  for (const f of flows) {
    if (f.stay !== 'dayTrip' || f.fromMs < start || f.fromMs >= start + DAY_MS) continue;
    if (whollyIslandGroupOf(f.destinationCode) !== group) continue;
    const fromInside =
      f.origin.kind === 'municipality' && whollyIslandGroupOf(f.origin.code) === group;
    if (fromInside) continue;
    sum = addCount(sum ?? { value: 0, lowerBound: false }, f.count);
  }
  return sum;
}

/** The last departure leaving the group after `at` on a service that still runs, if any. */
export function lastDepartureAfter(
  group: LifelineGroup,
  at: number,
  services: readonly TransportService[],
): number | undefined {
  let last: number | undefined;
  for (const s of services)
    if (leavesGroup(s, group) && RUNNING_STATUSES.has(s.status))
      for (const d of s.departures)
        if (d.at > at && (last === undefined || d.at > last)) last = d.at;
  return last;
}

export interface StrandedInput {
  at: number;
  /** The packed presence of `at`'s JST day, when fetched. */
  presence: PresenceDay | undefined;
  /** Undefined until the services' feed has answered (then the seats are unknown, not 0). */
  services: readonly TransportService[] | undefined;
  flows: readonly FlowObservation[];
}

export function strandedEstimate(group: LifelineGroup, input: StrandedInput): StrandedEstimate {
  const { at } = input;
  const present = presentAt(group, at, input.presence);
  const leaving = (input.services ?? []).filter((s) => leavesGroup(s, group));
  const seats: Seats = input.services
    ? seatsAfter(group, at, leaving)
    : { known: false, why: { kind: 'notRead' } };
  const lastDepartureAt = lastDepartureAfter(group, at, leaving);
  const arrivals = dayTripArrivals(group, at, input.flows);
  return {
    group,
    at,
    ...(present && { present }),
    seats,
    ...(present &&
      seats.known && {
        cannotLeave: {
          value: Math.max(0, present.value - seats.value),
          lowerBound: present.lowerBound,
        },
      }),
    ...(arrivals && { dayTripArrivals: arrivals }),
    leaving,
    ...(lastDepartureAt !== undefined && { lastDepartureAt }),
  };
}
