/** Where the visitors present came from: person-hours per origin (prefecture or country). */
import { compareOriginKeys } from '../../../domain/origin-key';
import { forEachHour, indexesOf, type PresenceDays } from './presence';
import { addCell, emptyTotal, shareOf } from './total';
import type {
  MunicipalityCode,
  OriginKey,
  PresenceDay,
  TimeRange,
  Total,
  TourismFilter,
} from '../../../domain/tourism-days';

export interface OriginShare {
  origin: OriginKey;
  /** Person-hours over the range. */
  total: Total;
  /** Of the published person-hours of all listed origins; null when this one published none. */
  share: number | null;
}

/**
 * Person-hours per origin the filter keeps, in the given municipalities (default all 21),
 * sorted by descending value; origins with only suppressed cells come last. Origins with no
 * record at all in the range are left out.
 */
export function originBreakdown(
  days: PresenceDays,
  range: TimeRange,
  filter: TourismFilter,
  codes: readonly MunicipalityCode[] | 'prefecture' = 'prefecture',
): OriginShare[] {
  const ms = indexesOf(codes);
  const totals = new Map<OriginKey, Total>();
  let lastDay: PresenceDay | undefined;
  let acc: Total[] = []; // by index into lastDay.origins
  forEachHour(days, range, filter, (_t, day, h, origins) => {
    if (!day) return;
    if (day !== lastDay) {
      lastDay = day;
      acc = day.origins.map((key) => {
        let t = totals.get(key);
        if (!t) totals.set(key, (t = emptyTotal()));
        return t;
      });
    }
    const width = day.origins.length;
    for (let i = 0; i < ms.length; i++) {
      const base = (ms[i]! * 24 + h) * width;
      for (let j = 0; j < origins.length; j++) {
        const o = origins[j]!;
        addCell(acc[o]!, day.counts[base + o]!);
      }
    }
  });
  const listed = [...totals].filter(([, t]) => t.value !== null || t.suppressed > 0);
  const grand = listed.reduce<number | null>(
    (sum, [, t]) => (t.value === null ? sum : (sum ?? 0) + t.value),
    null,
  );
  return listed
    .map(([origin, total]) => ({ origin, total, share: shareOf(total.value, grand) }))
    .sort(
      (a, b) =>
        (b.total.value ?? -1) - (a.total.value ?? -1) ||
        b.total.suppressed - a.total.suppressed ||
        compareOriginKeys(a.origin, b.origin),
    );
}
