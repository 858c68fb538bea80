/** Builders for the tourism model tests: packed days written the way the worker packs them. */
import type { FlowObservation } from '../../../domain/tourism';
import { jstDayStartMs } from '../../../domain/jst';
import { TOURISM_MUNICIPALITIES, municipalityIndex } from '../../../domain/tourism-index';
import { compareOriginKeys } from '../../../domain/origin-key';
import {
  ABSENT,
  SUPPRESSED,
  type FlowDay,
  type PresenceDay,
  type Total,
} from '../../../domain/tourism-days';

export const H = 3_600_000;

/** [municipality, JST hour, origin key, count (null = suppressed)] */
export type CellSpec = [string, number, string, number | null];

export function presenceDay(date: string, cells: readonly CellSpec[], extra: string[] = []) {
  const origins = [...new Set([...cells.map((c) => c[2]), ...extra])].sort(compareOriginKeys);
  const counts = new Int32Array(TOURISM_MUNICIPALITIES.length * 24 * origins.length).fill(ABSENT);
  for (const [code, hour, origin, count] of cells) {
    const i = (municipalityIndex(code)! * 24 + hour) * origins.length + origins.indexOf(origin);
    counts[i] = count === null ? SUPPRESSED : count;
  }
  const day: PresenceDay = { date, startMs: jstDayStartMs(date), origins, counts };
  return day;
}

export const byDate = <D extends { date: string }>(...days: D[]): Map<string, D> =>
  new Map(days.map((d) => [d.date, d]));

/** Start of JST `hour` on `date`. */
export const at = (date: string, hour = 0): number => jstDayStartMs(date) + hour * H;

export const range = (fromDate: string, toDateExclusive: string) => ({
  fromMs: at(fromDate),
  toMs: at(toDateExclusive),
});

export const total = (value: number | null, suppressed = 0): Total => ({ value, suppressed });

let serial = 0;
export function flow(
  date: string,
  hour: number,
  count: number | null,
  patch: Partial<FlowObservation> = {},
): FlowObservation {
  serial += 1;
  return {
    id: `urn:f:${serial}`,
    origin: { kind: 'prefecture', code: '40' },
    destinationCode: '42201',
    fromMs: at(date, hour),
    toMs: at(date, hour + 24),
    count,
    category: 'domestic',
    stay: 'dayTrip',
    ...patch,
  };
}

export function flowDay(date: string, flows: FlowObservation[]): FlowDay {
  return { date, startMs: jstDayStartMs(date), flows };
}
