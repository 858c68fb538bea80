/** Turns a received HTTP answer into an `NgsiResponse` or a typed error. */
import { HttpError, InvalidResponseError, ProblemDetailsError } from './errors';
import { excerptOf } from './excerpt';
import { findNextLink, nextRequest } from './link-header';
import { parseProblemDetails } from './problem-details';
import { parseRetryAfter } from './retry';
import type { NgsiResponse } from './transport';
import type { ParsedProblem } from './problem-details';

/** How the dialect differs in an answer: its count header and its error bodies. */
export interface AnswerDialect {
  countHeader: string;
  problem(body: unknown): ParsedProblem | undefined;
}

export const NGSI_LD_ANSWERS: AnswerDialect = {
  countHeader: 'NGSILD-Results-Count',
  problem: parseProblemDetails,
};

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

function failure(received: Received, dialect: AnswerDialect): ProblemDetailsError | HttpError {
  const { status, headers, text, target } = received;
  const retryAfterMs = parseRetryAfter(headers.get('Retry-After'));
  const json = parseJson(text);
  const problem = json.ok ? dialect.problem(json.value) : undefined;
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
  dialect: AnswerDialect = NGSI_LD_ANSWERS,
): NgsiResponse | ProblemDetailsError | HttpError | InvalidResponseError {
  const { status, headers, text, target } = received;
  if (status < 200 || status > 299) return failure(received, dialect);
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
    resultsCount: parseCount(headers.get(dialect.countHeader)),
    next: link === undefined ? undefined : nextRequest(link, received.url, base),
  };
}
