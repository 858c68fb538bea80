/** JST calendar helpers for the worker; they live in the domain so the model can share them. */
export {
  DAY_MS,
  HOUR_MS,
  addDays,
  addYears,
  daysBetween,
  formatJstDateTime,
  hourStartMs,
  isJstDate,
  jstDateOf,
  jstDayStartMs,
  jstHourOf,
} from '../../domain/jst';
