/** Whether a failed temporal query means the platform has no history service at all. */
import { ProblemDetailsError, statusOf } from './errors';

/** Brokers without the temporal API answer 404 or 501 (contract §1). */
const NO_TEMPORAL_API = new Set([404, 501]);

/**
 * No history service: a 404 or 501 on the path; or, when QuantumLeap's base defaults to Orion
 * itself, Orion's `400 {"error": "BadRequest", "description": "Service not found. …"}` (§5).
 */
export function noHistoryService(error: unknown): number | undefined {
  const status = statusOf(error);
  if (status !== undefined && NO_TEMPORAL_API.has(status)) return status;
  if (
    status === 400 &&
    error instanceof ProblemDetailsError &&
    /service not found/i.test(error.title ?? '')
  )
    return status;
  return undefined;
}
