import { NGSI_LD_ERROR_BASE } from './constants';
import type { JsonObject } from './json';

/** The NGSI-LD error types this mock answers with, and their HTTP statuses (§5.5.2). */
export const ERROR_STATUS = {
  InvalidRequest: 400,
  BadRequestData: 400,
  ResourceNotFound: 404,
  NonexistentTenant: 404,
  TooManyResults: 403,
  OperationNotSupported: 501,
  InternalError: 500,
  LdContextNotAvailable: 504,
} as const;

export type NgsiErrorName = keyof typeof ERROR_STATUS;

/** Thrown inside the broker and turned into an RFC 7807 answer at its edge. */
export class NgsiError extends Error {
  readonly errorName: NgsiErrorName;
  readonly status: number;
  readonly title: string;

  constructor(errorName: NgsiErrorName, title: string, detail: string) {
    super(detail);
    this.name = 'NgsiError';
    this.errorName = errorName;
    this.status = ERROR_STATUS[errorName];
    this.title = title;
  }

  toProblem(): JsonObject {
    return problemDetails(this.errorName, this.title, this.message);
  }
}

export function problemDetails(
  errorName: NgsiErrorName,
  title: string,
  detail: string,
): JsonObject {
  return {
    type: `${NGSI_LD_ERROR_BASE}${errorName}`,
    title,
    status: ERROR_STATUS[errorName],
    detail,
  };
}

/** Shorthand for the most common case: a malformed parameter. */
export function badRequest(detail: string): NgsiError {
  return new NgsiError('BadRequestData', 'Bad request data', detail);
}
