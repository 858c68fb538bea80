/** Turns one broker answer, or its failure, into a Measure (never a 0 for a refusal). */
import {
  HttpError,
  isAbortError,
  isNgsiError,
  ProblemDetailsError,
  statusOf,
} from '../../../api/ngsi/errors';
import type { Measure } from '../model/types';

/** What a broker says when it cannot or will not answer this kind of query. */
const REFUSALS: ReadonlySet<number> = new Set([400, 403, 501]);

/** The status of a refusal (400/403/501), else undefined. */
export function refusalOf(error: unknown): { status: number; detail: string } | undefined {
  const status = statusOf(error);
  if (status === undefined || !REFUSALS.has(status)) return undefined;
  const detail =
    error instanceof ProblemDetailsError
      ? (error.ngsiError ?? error.title ?? error.problemType)
      : error instanceof HttpError
        ? error.statusText
        : '';
  return { status, detail };
}

/** A short technical line for a failure (no headers, no body). */
export function errorText(error: unknown): string {
  if (isNgsiError(error)) return error.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs one count. A cancellation is passed on (it is not a failure); a refusal becomes
 * `unsupported`; an answer without a readable count becomes `unreported`.
 */
export async function measure(
  count: () => Promise<number | undefined>,
  now: () => number,
): Promise<Measure> {
  try {
    const value = await count();
    return value === undefined ? { state: 'unreported' } : { state: 'ok', value, at: now() };
  } catch (error) {
    if (isAbortError(error)) throw error;
    const refusal = refusalOf(error);
    if (refusal) return { state: 'unsupported', ...refusal };
    return { state: 'failed', error: errorText(error), failedAt: now() };
  }
}
