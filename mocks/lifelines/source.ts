/**
 * The islands' ferry and air services (contract §6) as a virtual entity source: each query
 * gets the services as they stand at the mock's clock — today's remaining departures in JST,
 * and, during a drill, the status the storm gives them (mocks/lifelines/weather.ts).
 */
import { jstDateOf, jstDayStartMs, jstWallClock } from '../../src/domain/jst';
import type { EntitySource, NgsiEntity } from '../broker';
import { SERVICES, type ServiceSpec } from './routes';
import { STATUS_NOTES, weatherStatus } from './weather';

export const LIFELINE_TYPE = 'TransportServiceStatus';
const ID_PREFIX = `urn:ngsi-ld:${LIFELINE_TYPE}:`;
const MINUTE_MS = 60_000;
/** Operators update their status pages every few minutes. */
const UPDATE_MS = 5 * MINUTE_MS;
/** How late a delayed service runs. */
const DELAY_MS = 30 * MINUTE_MS;

export interface LifelinesSourceOptions {
  now?: () => number;
  /** The running drill's storm minute, or undefined without a drill (every service normal). */
  stormMinute?: () => number | undefined;
  /**
   * Plant the documented bad data during a drill: a service from a municipality code that does
   * not exist (skipped and counted), and a departure already gone still listed (not counted).
   */
  badData?: boolean;
}

export const LIFELINE_ATTRIBUTES = [
  'callsAt',
  'fromCode',
  'mode',
  'operatorName',
  'remainingDepartures',
  'routeId',
  'routeName',
  'seatsPerDeparture',
  'status',
  'statusNote',
  'toCode',
] as const;

const P = (value: unknown, observedAt?: string) =>
  observedAt === undefined ? { type: 'Property', value } : { type: 'Property', value, observedAt };

/** `2026-09-01T14:35:00+09:00`: operators publish in JST. */
const jstIso = (ms: number) => `${jstWallClock(ms)}+09:00`;

/** Today's departures (JST) of a service, epoch ms, in order. */
function departuresOn(spec: ServiceSpec, now: number): number[] {
  const dayStart = jstDayStartMs(jstDateOf(now));
  return spec.times.map((hhmm) => {
    const [h, m] = hhmm.split(':').map(Number);
    return dayStart + (h! * 60 + m!) * MINUTE_MS;
  });
}

/** One service as the operator publishes it at `now`. */
export function serviceEntity(
  spec: ServiceSpec,
  now: number,
  stormMinute: number | undefined,
  staleDeparture = false,
): NgsiEntity {
  const weather = weatherStatus(spec, stormMinute);
  const shift = weather === 'delayed' ? DELAY_MS : 0;
  const all = departuresOn(spec, now).map((at) => at + shift);
  let remaining = weather === 'suspended' ? [] : all.filter((at) => at > now);
  // Partly cancelled: every other remaining sailing is off.
  if (weather === 'partiallyCancelled') remaining = remaining.filter((_, i) => i % 2 === 0);
  if (staleDeparture) {
    const gone = all.filter((at) => at <= now).at(-1);
    if (gone !== undefined) remaining = [gone, ...remaining];
  }
  const status = weather === 'normal' && remaining.every((at) => at <= now) ? 'ended' : weather;
  const observedAt = new Date(Math.floor(now / UPDATE_MS) * UPDATE_MS).toISOString();
  const note = STATUS_NOTES[weather];
  return {
    id: `${ID_PREFIX}${spec.key}`,
    type: LIFELINE_TYPE,
    routeId: P(spec.routeId),
    routeName: P(spec.routeName),
    operatorName: P(spec.operatorName),
    mode: P(spec.mode),
    fromCode: P(spec.fromCode),
    toCode: P(spec.toCode),
    ...(spec.callsAt && { callsAt: P(spec.callsAt) }),
    status: P(status, observedAt),
    remainingDepartures: P(
      remaining.map((at) => ({
        departureAt: jstIso(at),
        ...(spec.seatsOn === 'departure' && { seats: spec.seats }),
      })),
      observedAt,
    ),
    ...(spec.seatsOn === 'service' && { seatsPerDeparture: P(spec.seats) }),
    ...(note && { statusNote: P(note, observedAt) }),
  } as NgsiEntity;
}

/** The planted service from a municipality code that does not exist (42999). */
const UNKNOWN_CODE: ServiceSpec = {
  key: 'planted-unknown-code',
  routeId: 'XX-UNKNOWN',
  routeName: '（検証用）存在しない港からの便',
  operatorName: '検証用',
  mode: 'ferry',
  fromCode: '42999',
  toCode: '42201',
  times: ['12:00'],
  seats: 100,
  seatsOn: 'service',
  weather: 'goto',
};
/** The service whose gone departure stays listed. */
const STALE_KEY = 'karatsu-indoji-ferry-back';

export function lifelineEntities(
  now: number,
  stormMinute: number | undefined,
  badData = false,
): NgsiEntity[] {
  const planted = badData && stormMinute !== undefined;
  const out = SERVICES.map((s) =>
    serviceEntity(s, now, stormMinute, planted && s.key === STALE_KEY),
  );
  if (planted) out.push(serviceEntity(UNKNOWN_CODE, now, stormMinute));
  return out;
}

export function createLifelinesSource(options: LifelinesSourceOptions = {}): EntitySource {
  const now = options.now ?? Date.now;
  const storm = options.stormMinute ?? (() => undefined);
  return {
    types: [LIFELINE_TYPE],
    attributeNames: { [LIFELINE_TYPE]: LIFELINE_ATTRIBUTES },
    entities: () => lifelineEntities(now(), storm(), options.badData ?? false),
  };
}
