/**
 * The islands' figures computed on their own from the mock's raw entities (keyValues over
 * HTTP), as the issue defines them, without the app's code: what the screen must show.
 */
import { fetchEntities, fetchFlowDay, fetchPresenceDay } from './tourism-fetch';
import type { FlatEntity } from './tourism-expected';

export const GROUPS = {
  tsushima: ['42209'],
  iki: ['42210'],
  goto: ['42211', '42411', '42383'],
} as const;
export type Group = keyof typeof GROUPS;

const JST = 9 * 3_600_000;
const RUNNING = ['normal', 'delayed', 'partiallyCancelled'];

/** A municipality code sent with 5 or 6 digits (a check digit), as 5; others as sent. */
const code5 = (v: unknown) =>
  typeof v === 'string' && /^\d{6}$/.test(v) ? v.slice(0, 5) : String(v);
const groupOf = (code: unknown): Group | undefined =>
  (Object.keys(GROUPS) as Group[]).find((g) =>
    (GROUPS[g] as readonly string[]).includes(code5(code)),
  );

export interface Count {
  value: number;
  atLeast: boolean;
}

export interface GroupFigures {
  present?: Count;
  /** 'unknown' when a departure's seats cannot be known. */
  seats: number | 'unknown';
  cannotLeave?: Count;
  dayTrips?: Count;
  /** Each service leaving the group: id → status as sent (unknown values kept as sent). */
  statuses: Record<string, string>;
}

export interface IslandsExpected {
  date: string;
  figures: Record<Group, GroupFigures>;
}

function add(sum: Count | undefined, v: unknown): Count | undefined {
  const s = sum ?? { value: 0, atLeast: false };
  if (v === null) return { value: s.value, atLeast: true };
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0)
    return { value: s.value + v, atLeast: s.atLeast };
  return sum; // a broken count is left out, not counted as 0
}

export function computeIslands(
  at: number,
  services: readonly FlatEntity[],
  presence: readonly FlatEntity[],
  flows: readonly FlatEntity[],
): Record<Group, GroupFigures> {
  const hourOfAt = Math.floor(((at + JST) % 86_400_000) / 3_600_000);
  const out = {} as Record<Group, GroupFigures>;
  for (const g of Object.keys(GROUPS) as Group[]) {
    // Present: the latest hour with any record of the group, up to the time.
    const mine = presence.filter(
      (p) => groupOf(p.locationCode) === g && Number(p.hour) <= hourOfAt,
    );
    const latest = Math.max(-1, ...mine.map((p) => Number(p.hour)));
    let present: Count | undefined;
    for (const p of mine)
      if (Number(p.hour) === latest)
        present = add(present ?? { value: 0, atLeast: false }, p.visitorCount);
    // Seats: services from the group to outside it that still run, departures after the time.
    const leaving = services.filter((s) => groupOf(s.fromCode) === g && groupOf(s.toCode) !== g);
    let seats: number | 'unknown' = 0;
    for (const s of leaving) {
      if (seats === 'unknown') break;
      if (!RUNNING.includes(String(s.status))) {
        if (!['suspended', 'ended'].includes(String(s.status))) seats = 'unknown';
        continue;
      }
      for (const d of (s.remainingDepartures ?? []) as Array<{
        departureAt: string;
        seats?: unknown;
      }>) {
        if (Date.parse(d.departureAt) <= at) continue;
        const n = d.seats ?? s.seatsPerDeparture;
        if (typeof n !== 'number' || n < 0) {
          seats = 'unknown';
          break;
        }
        seats += n;
      }
    }
    let dayTrips: Count | undefined;
    for (const f of flows)
      if (
        f.stayType === 'dayTrip' &&
        groupOf(f.destinationCode) === g &&
        groupOf(f.originCode) !== g
      )
        dayTrips = add(dayTrips ?? { value: 0, atLeast: false }, f.visitorCount);
    out[g] = {
      ...(present && { present }),
      seats,
      ...(present &&
        seats !== 'unknown' && {
          cannotLeave: { value: Math.max(0, present.value - seats), atLeast: present.atLeast },
        }),
      ...(dayTrips && { dayTrips }),
      // A status outside the contract's list is shown as unknown (§6).
      statuses: Object.fromEntries(
        leaving.map((s) => [
          s.id,
          [...RUNNING, 'suspended', 'ended'].includes(String(s.status))
            ? String(s.status)
            : 'unknown',
        ]),
      ),
    };
  }
  return out;
}

/** Reads the services and today's presence and flows from the mock and computes the figures. */
export async function expectedIslands(apiUrl: string, at: number): Promise<IslandsExpected> {
  const date = new Date(at + JST).toISOString().slice(0, 10);
  const next = new Date(at + JST + 86_400_000).toISOString().slice(0, 10);
  const [services, presence, flows] = await Promise.all([
    fetchEntities(apiUrl, 'TransportServiceStatus', 'status!="none"'),
    fetchPresenceDay(apiUrl, date),
    fetchFlowDay(apiUrl, date, next),
  ]);
  return { date, figures: computeIslands(at, services, presence, flows) };
}
