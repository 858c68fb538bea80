/** Building `Total`s: published counts are summed, suppressed ones counted, never read as 0. */
import { SUPPRESSED, type Total } from '../../../domain/tourism-days';

export const emptyTotal = (): Total => ({ value: null, suppressed: 0 });

/** Whether anything came at all: a published count or a suppressed one. */
export const hasData = (t: Total): boolean => t.value !== null || t.suppressed > 0;

/** Adds one packed presence cell: a count (≥ 0), `SUPPRESSED`, or `ABSENT` (adds nothing). */
export function addCell(acc: Total, cell: number): void {
  if (cell >= 0) acc.value = (acc.value ?? 0) + cell;
  else if (cell === SUPPRESSED) acc.suppressed++;
}

/** Adds one published count; null (suppressed by the provider) is counted, not summed. */
export function addCount(acc: Total, count: number | null): void {
  if (count === null) acc.suppressed++;
  else acc.value = (acc.value ?? 0) + count;
}

export function addTotal(acc: Total, t: Total): void {
  if (t.value !== null) acc.value = (acc.value ?? 0) + t.value;
  acc.suppressed += t.suppressed;
}

/** `part / whole` when both were published and the whole is above zero; else null. */
export function shareOf(part: number | null, whole: number | null): number | null {
  return part === null || whole === null || whole <= 0 ? null : part / whole;
}

/** Relative change from `before` to `now` (0.12 = +12 %); null unless both exist and `before` > 0. */
export function relativeChange(now: number | null, before: number | null): number | null {
  return now === null || before === null || before <= 0 ? null : (now - before) / before;
}
