/** Reads the mock broker over HTTP like any client, to compute expected numbers on its own. */
import type { Broker } from '../../../mocks/broker';
const CONTEXT = 'https://nagasaki.example/ngsi-ld/context.jsonld';
const LINK = `<${CONTEXT}>; rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"`;

export interface Prop {
  value?: unknown;
  observedAt?: string;
  object?: string;
}
export type RawEntity = { id: string; type: string } & Record<string, Prop | string>;

export async function fetchAll(
  apiUrl: string,
  type: string,
  tenant?: string,
): Promise<RawEntity[]> {
  const out: RawEntity[] = [];
  for (let offset = 0; ; offset += 1000) {
    const res = await fetch(
      `${apiUrl}/ngsi-ld/v1/entities?type=${type}&limit=1000&offset=${offset}`,
      {
        headers: {
          Accept: 'application/json',
          Link: LINK,
          ...(tenant !== undefined && { 'NGSILD-Tenant': tenant }),
        },
      },
    );
    const page = (await res.json()) as RawEntity[];
    out.push(...page);
    if (page.length < 1000) return out;
  }
}

const prop = (e: RawEntity, name: string): Prop | undefined => {
  const p = e[name];
  return typeof p === 'object' ? p : undefined;
};
const value = (e: RawEntity, name: string): unknown => prop(e, name)?.value;

const COUNTS = ['evacueeTotal', 'evacueeHouseholds', 'maxCapacity'];
const LEVELS = ['vacant', 'somewhatCrowded', 'crowded', 'full'];
const STATUSES = ['open', 'closed', 'full'];

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
/** A count as a client may use it: absent or broken is none. */
const count = (e: RawEntity, name: string): number | undefined => {
  const v = value(e, name);
  return isCount(v) ? v : undefined;
};

/**
 * Contract §4: a count that is not a non-negative integer, or a congestion level outside its
 * four values, makes the entity invalid. (An unknown `openingStatus` does not: §2.2 keeps it.)
 */
export function isInvalid(e: RawEntity): boolean {
  const present = (name: string) => value(e, name) !== undefined;
  return (
    COUNTS.some((c) => present(c) && !isCount(value(e, c))) ||
    (present('congestionLevel') && !LEVELS.includes(String(value(e, 'congestionLevel'))))
  );
}

/** The entity's newest datum time, as ISO text (UTC, so text order is time order). */
export const latest = (e: RawEntity): string =>
  Object.keys(e)
    .map((k) => prop(e, k)?.observedAt ?? '')
    .sort()
    .at(-1) ?? '';

/** How many of the figures a report carries (known status, counts, congestion level). */
const completeness = (e: RawEntity): number =>
  (STATUSES.includes(String(value(e, 'openingStatus'))) ? 1 : 0) +
  COUNTS.filter((c) => count(e, c) !== undefined).length +
  (LEVELS.includes(String(value(e, 'congestionLevel'))) ? 1 : 0);

/**
 * Of two reports of one shelter, whether `a` is the one to use: a valid report before an
 * invalid one, then the newer, then the more complete, then the smaller id (issue 14).
 */
export function prefer(a: RawEntity, b: RawEntity): boolean {
  if (isInvalid(a) !== isInvalid(b)) return !isInvalid(a);
  if (latest(a) !== latest(b)) return latest(a) > latest(b);
  if (completeness(a) !== completeness(b)) return completeness(a) > completeness(b);
  return a.id < b.id;
}

export const shelterKey = (e: RawEntity): string =>
  String(
    value(e, 'nationalShelterId') ??
      `${String(value(e, 'localGovernmentCode'))}:${String(value(e, 'externalShelterId'))}`,
  );

/** One report per shelter, chosen by `prefer`. */
export function reportsByShelter(overlays: readonly RawEntity[]): Map<string, RawEntity> {
  const byShelter = new Map<string, RawEntity>();
  for (const e of overlays) {
    const key = shelterKey(e);
    const seen = byShelter.get(key);
    if (!seen || prefer(e, seen)) byShelter.set(key, e);
  }
  return byShelter;
}

/**
 * Expected totals from raw EvacuationShelter entities, by the rules the contract states
 * (closed shelters hold nobody; open = open or full; a report's own capacity) and issue 14's
 * for duplicates and the two full counts, written independently of the app's model:
 * - reportedFull: shelters whose report says `full`;
 * - fullBand: open or full shelters whose evacuees × 100 ≥ fullPercent × capacity (capacity
 *   above 0), or without both figures a congestion level `full`.
 */
export function expectedTotals(
  overlays: readonly RawEntity[],
  /** 5 digits: only the reports of that municipality. */
  municipality?: string,
  /** `occupancyBands.full` of the dashboard's config, percent (80 by default). */
  fullPercent = 80,
) {
  const mine = overlays.filter(
    (e) =>
      municipality === undefined ||
      String(value(e, 'localGovernmentCode') ?? '').slice(0, 5) === municipality,
  );
  let open = 0,
    evacuees = 0,
    households = 0,
    reportedFull = 0,
    fullBand = 0;
  for (const e of reportsByShelter(mine).values()) {
    const status = value(e, 'openingStatus');
    if (status === 'closed') continue;
    const people = count(e, 'evacueeTotal');
    evacuees += people ?? 0;
    households += count(e, 'evacueeHouseholds') ?? 0;
    if (status !== 'open' && status !== 'full') continue;
    open += 1;
    if (status === 'full') reportedFull += 1;
    const capacity = count(e, 'maxCapacity');
    const atBand =
      people !== undefined && capacity !== undefined && capacity > 0
        ? people * 100 >= fullPercent * capacity
        : value(e, 'congestionLevel') === 'full';
    if (atBand) fullBand += 1;
  }
  return { open, evacuees, households, reportedFull, fullBand };
}

/**
 * The same entities as `fetchAll`, read from the broker the HTTP mock serves — for a gated
 * mock, whose HTTP face wants a token the test does not have.
 */
export function readAll(broker: Broker, type: string): RawEntity[] {
  const out: RawEntity[] = [];
  for (let offset = 0; ; offset += 1000) {
    const url = new URL(`http://mock/ngsi-ld/v1/entities?type=${type}&limit=1000&offset=${offset}`);
    const answer = broker.queryEntities({
      url,
      headers: new Headers({ Accept: 'application/json', Link: LINK }),
    });
    const page = JSON.parse(JSON.stringify(answer.body ?? [])) as RawEntity[];
    out.push(...page);
    if (page.length < 1000) return out;
  }
}
