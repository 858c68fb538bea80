/**
 * ISO 8601 durations as NGSI-LD writes them (`PT1H` in temporal queries), limited to the units
 * of a fixed length: weeks, days, hours, minutes, seconds. Years and months are refused because
 * their length depends on the calendar ("P1Y" is 365 or 366 days); write `P365D`.
 */
const PATTERN = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

const SECOND = 1_000;
const UNIT_MS = [7 * 86_400 * SECOND, 86_400 * SECOND, 3_600 * SECOND, 60 * SECOND, SECOND];

/** The duration in milliseconds, or undefined when `text` is not one this accepts. */
export function parseDurationMs(text: string): number | undefined {
  const match = PATTERN.exec(text);
  // "P" alone, or a "T" with nothing after it, name no amount.
  if (!match || text === 'P' || text.endsWith('T')) return undefined;
  const parts = match.slice(1);
  if (parts.every((p) => p === undefined)) return undefined;
  return parts.reduce((ms, p, i) => ms + (p === undefined ? 0 : Number(p) * (UNIT_MS[i] ?? 0)), 0);
}
