/** Turns a received HTTP answer into an `NgsiResponse` or a typed error. */
import { HttpError, InvalidResponseError, ProblemDetailsError } from './errors';
import { excerptOf } from './excerpt';
import { findNextLink, nextRequest } from './link-header';
import { parseProblemDetails } from './problem-details';
import { parseRetryAfter } from './retry';
import type { NgsiResponse } from './transport';

export interface Received {
  status: number;
  statusText: string;
  headers: { get(name: string): string | null };
  text: string;
  /** Absolute URL that was requested, to resolve relative `Link` targets. */
  url: string;
  /** Path and query for error reports. */
  target: string;
}

type JsonParse = { ok: true; value: unknown } | { ok: false; truncated: boolean };

function parseJson(text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    // A body that opens like JSON but does not close is a cut connection, not a wrong endpoint.
    const trimmed = text.trim();
    const opens = trimmed.startsWith('{') || trimmed.startsWith('[');
    const closes = trimmed.endsWith('}') || trimmed.endsWith(']');
    return { ok: false, truncated: opens && !closes };
  }
}

/** `NGSILD-Results-Count` as a number; undefined when absent or not a whole number. */
export function parseCount(value: string | null): number | undefined {
  if (value === null || !/^\s*\d+\s*$/.test(value)) return undefined;
  const count = Number(value);
  return Number.isSafeInteger(count) ? count : undefined;
}

function failure(received: Received): ProblemDetailsError | HttpError {
  const { status, headers, text, target } = received;
  const retryAfterMs = parseRetryAfter(headers.get('Retry-After'));
  const json = parseJson(text);
  const problem = json.ok ? parseProblemDetails(json.value) : undefined;
  if (problem !== undefined)
    return new ProblemDetailsError({ target, status, retryAfterMs, ...problem });
  return new HttpError({
    target,
    status,
    statusText: received.statusText,
    retryAfterMs,
    excerpt: excerptOf(text),
  });
}

export function interpret(
  received: Received,
  base: URL,
): NgsiResponse | ProblemDetailsError | HttpError | InvalidResponseError {
  const { status, headers, text, target } = received;
  if (status < 200 || status > 299) return failure(received);
  const json = parseJson(text);
  if (!json.ok) {
    const reason = json.truncated ? 'truncated' : 'not-json';
    const description = text.trim() === '' ? 'empty body' : 'body is not JSON';
    return new InvalidResponseError({
      target,
      status,
      reason,
      excerpt: excerptOf(text),
      description,
    });
  }
  const link = findNextLink(headers.get('Link'));
  return {
    status,
    body: json.value,
    resultsCount: parseCount(headers.get('NGSILD-Results-Count')),
    next: link === undefined ? undefined : nextRequest(link, received.url, base),
  };
}
