/** The ranking table: per municipality, mean and peak hourly presence, arrivals, change. */
import { TOURISM_MUNICIPALITIES } from '../../../domain/tourism-index';
import { arrivals, type FlowDays } from './flows';
import { addCells, forEachHour, type PresenceDays } from './presence';
import { emptyTotal, relativeChange } from './total';
import type {
  MunicipalityCode,
  TimeRange,
  Total,
  TourismFilter,
} from '../../../domain/tourism-days';

export interface RankRow {
  code: MunicipalityCode;
  /** Mean presence over the hours that published something; null when none did. */
  average: number | null;
  /** The highest published hour (earliest on a tie). */
  peak: { value: number; t: number } | null;
  /** Visitors arriving (flows starting in the range). */
  arrivals: Total;
  /** Suppressed presence cells in the range (each hidden count is under 10). */
  suppressed: number;
  /** With a comparison: the compared period's average, and the relative change (0.12 = +12 %). */
  compareAverage?: number | null;
  change?: number | null;
}

interface Stats {
  sum: number;
  hours: number;
  peak: { value: number; t: number } | null;
  suppressed: number;
}

/** Per municipality index: published sum, published hours, peak, suppressed cells. */
function hourStats(days: PresenceDays, range: TimeRange, filter: TourismFilter): Stats[] {
  const stats: Stats[] = TOURISM_MUNICIPALITIES.map(() => ({
    sum: 0,
    hours: 0,
    peak: null,
    suppressed: 0,
  }));
  const scratch = emptyTotal();
  forEachHour(days, range, filter, (t, day, h, origins) => {
    if (!day) return;
    for (let m = 0; m < stats.length; m++) {
      scratch.value = null;
      scratch.suppressed = 0;
      addCells(scratch, day, m, h, origins);
      const s = stats[m]!;
      s.suppressed += scratch.suppressed;
      const v = scratch.value;
      if (v === null) continue;
      s.sum += v;
      s.hours++;
      if (s.peak === null || v > s.peak.value) s.peak = { value: v, t };
    }
  });
  return stats;
}

const averageOf = (s: Stats) => (s.hours === 0 ? null : s.sum / s.hours);

/**
 * All 21 municipalities, sorted by average presence (descending, no data last, then in
 * `MUNICIPALITIES` order). With `compare`, each row also gets the other period's average.
 */
export function rankMunicipalities(
  presence: PresenceDays,
  flows: FlowDays,
  range: TimeRange,
  filter: TourismFilter,
  compare?: { presence: PresenceDays; flows: FlowDays; range: TimeRange },
): RankRow[] {
  const stats = hourStats(presence, range, filter);
  const before = compare && hourStats(compare.presence, compare.range, filter);
  const arrived = arrivals(flows, range, filter);
  const rows = TOURISM_MUNICIPALITIES.map((code, m): RankRow => {
    const s = stats[m]!;
    const average = averageOf(s);
    const row: RankRow = {
      code,
      average,
      peak: s.peak,
      arrivals: arrived.get(code)!,
      suppressed: s.suppressed,
    };
    if (before) {
      row.compareAverage = averageOf(before[m]!);
      row.change = relativeChange(average, row.compareAverage);
    }
    return row;
  });
  // Array.prototype.sort is stable: equal averages keep MUNICIPALITIES order.
  return rows.sort((a, b) => (b.average ?? -1) - (a.average ?? -1));
}
