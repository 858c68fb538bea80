import type { QLiteral } from './ast';

const NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const TIME = /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z?$/;
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s"]+$/;

/**
 * Reads an unquoted value. The grammar lets numbers, booleans, dates, times and URIs go
 * unquoted; any other text must be quoted, and a real broker rejects it, so the mock does too.
 */
export function unquotedLiteral(text: string): QLiteral | undefined {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (NUMBER.test(text)) return Number(text);
  if (DATE.test(text) || DATE_TIME.test(text) || TIME.test(text) || URI.test(text)) return text;
  return undefined;
}

/** Epoch milliseconds for a full ISO date-time, so `…Z` and `…+09:00` compare as instants. */
export function instant(text: string): number | undefined {
  if (!DATE_TIME.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}
