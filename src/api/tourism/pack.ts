/**
 * Packs one JST day of validated presence observations into the cube the tourism model reads
 * (`PresenceDay`, see src/features/tourism/model/types.ts). Runs in the worker; pure.
 */
import type { PresenceObservation } from '../../domain/tourism';
import { TOURISM_MUNICIPALITIES, municipalityIndex } from '../../domain/tourism-index';
import { jstDayStartMs } from '../../domain/jst';
import { compareOriginKeys, originKeyOf } from '../../domain/origin-key';
import { ABSENT, SUPPRESSED, type PresenceDay } from '../../domain/tourism-days';

export interface PackedPresenceDay {
  day: PresenceDay;
  /** Second records for a cell already filled (same municipality, hour and origin): left out. */
  duplicates: number;
  /** Records dated another day than the one asked for: left out. */
  otherDate: number;
  /** Records outside the cube (not one of the 21 municipalities, or no hour 0–23): left out. */
  invalid: number;
}

const validHour = (h: number) => Number.isInteger(h) && h >= 0 && h <= 23;

export function packPresenceDay(
  date: string,
  items: readonly PresenceObservation[],
): PackedPresenceDay {
  let otherDate = 0;
  let invalid = 0;
  const sameDay: PresenceObservation[] = [];
  // The parser admits only the 21 municipalities and hours 0–23; the check is a second guard.
  for (const item of items) {
    if (item.date !== date) otherDate++;
    else if (municipalityIndex(item.municipalityCode) === undefined || !validHour(item.hour)) {
      invalid++;
    } else sameDay.push(item);
  }
  const origins = [...new Set(sameDay.map(originKeyOf))].sort(compareOriginKeys);
  const originIndex = new Map(origins.map((key, i) => [key, i]));
  const width = origins.length;
  const counts = new Int32Array(TOURISM_MUNICIPALITIES.length * 24 * width).fill(ABSENT);

  let duplicates = 0;
  for (const item of sameDay) {
    const m = municipalityIndex(item.municipalityCode)!;
    const cell = (m * 24 + item.hour) * width + originIndex.get(originKeyOf(item))!;
    if (counts[cell] !== ABSENT) duplicates++;
    else counts[cell] = item.count === null ? SUPPRESSED : Math.min(item.count, 0x7fffffff);
  }
  return {
    day: { date, startMs: jstDayStartMs(date), origins, counts },
    duplicates,
    otherDate,
    invalid,
  };
}
