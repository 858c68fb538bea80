import { badRequest } from '../problem';

/** The time window of a temporal query; bounds in epoch ms, start inclusive, end exclusive. */
export interface TimeWindow {
  start?: number;
  end?: number;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function dateTime(url: URL, name: string): number {
  const raw = url.searchParams.get(name);
  if (raw === null) throw badRequest(`${name} is required with this timerel`);
  const ms = Date.parse(raw);
  if (!DATE_TIME.test(raw) || Number.isNaN(ms))
    throw badRequest(`${name} must be an ISO 8601 date-time with a zone, got "${raw}"`);
  return ms;
}

/**
 * `timerel=before|after|between` with `timeAt`/`endTimeAt`. `after` and `between` include
 * their start; `before` and `between` exclude their end, so adjacent windows never overlap.
 */
export function parseWindow(url: URL): TimeWindow {
  const timerel = url.searchParams.get('timerel');
  if (timerel === null) {
    if (url.searchParams.has('timeAt') || url.searchParams.has('endTimeAt'))
      throw badRequest('timeAt needs timerel');
    return {};
  }
  if (timerel === 'before') return { end: dateTime(url, 'timeAt') };
  if (timerel === 'after') return { start: dateTime(url, 'timeAt') };
  if (timerel !== 'between')
    throw badRequest(`timerel must be before, after or between, got "${timerel}"`);
  const start = dateTime(url, 'timeAt');
  const end = dateTime(url, 'endTimeAt');
  if (end <= start) throw badRequest('endTimeAt must be later than timeAt');
  return { start, end };
}

export function inWindow(time: number, window: TimeWindow): boolean {
  return (
    (window.start === undefined || time >= window.start) &&
    (window.end === undefined || time < window.end)
  );
}
