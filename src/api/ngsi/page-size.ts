import { ProblemDetailsError } from './errors';

/** Default `limit`: large enough for few round trips, small enough for common broker caps. */
export const DEFAULT_PAGE_SIZE = 500;
export const MIN_PAGE_SIZE = 10;
// Round values that brokers actually use as caps (Orion-LD 1000, Stellio 100), tried in turn.
const LADDER = [1000, 500, 200, 100, 50, 20, 10] as const;

/**
 * Whether an error says our `limit` was too large: `403 TooManyResults`, or a
 * `400 BadRequestData/InvalidRequest` that mentions the limit (or says nothing), so a
 * genuinely bad `q` is not retried all the way down the ladder.
 */
export function isLimitRejection(error: unknown): error is ProblemDetailsError {
  if (!(error instanceof ProblemDetailsError)) return false;
  if (error.ngsiError === 'TooManyResults') return true;
  if (
    error.status !== 400 ||
    (error.ngsiError !== 'BadRequestData' && error.ngsiError !== 'InvalidRequest')
  )
    return false;
  const text = `${error.title ?? ''} ${error.detail ?? ''}`;
  return text.trim() === '' || /limit/i.test(text);
}

/**
 * The next page size to try after `current` was refused, or undefined at the floor. A number
 * in the broker's message below `current` (Stellio: "…the supported maximum limit is 100")
 * is taken as the cap; otherwise the next rung of the ladder.
 */
export function smallerPageSize(current: number, error?: ProblemDetailsError): number | undefined {
  if (current <= MIN_PAGE_SIZE) return undefined;
  const text = `${error?.title ?? ''} ${error?.detail ?? ''}`;
  const hinted = [...text.matchAll(/\d+/g)]
    .map((m) => Number(m[0]))
    .filter((n) => n >= MIN_PAGE_SIZE && n < current);
  if (hinted.length > 0) return Math.max(...hinted);
  return LADDER.find((size) => size < current) ?? MIN_PAGE_SIZE;
}

/** A sane `limit` from caller input and what the broker taught us earlier. */
export function initialPageSize(
  requested: number | undefined,
  learnedCap: number | undefined,
): number {
  const wanted =
    requested !== undefined && Number.isFinite(requested)
      ? Math.floor(requested)
      : DEFAULT_PAGE_SIZE;
  const clamped = Math.max(1, wanted);
  return learnedCap === undefined ? clamped : Math.min(clamped, learnedCap);
}
