import * as z from '../../domain/zod';

/** Error names defined by ETSI GS CIM 009 (ProblemDetails `type` = `…/ngsi-ld/errors/{name}`). */
export const NGSI_ERROR_NAMES = [
  'InvalidRequest',
  'BadRequestData',
  'AlreadyExists',
  'OperationNotSupported',
  'ResourceNotFound',
  'InternalError',
  'TooManyResults',
  'NoMultiTenantSupport',
  'NonexistentTenant',
  'LdContextNotAvailable',
  'TooComplexQuery',
  'NotAcceptable',
  'UnsupportedMediaType',
] as const;
export type NgsiErrorName = (typeof NGSI_ERROR_NAMES)[number];

const errorName = z.enum(NGSI_ERROR_NAMES);

// `status` is optional: older Orion-LD releases send only type/title/detail. Non-string
// title/detail are dropped rather than failing, since the HTTP status is what matters.
const problemDetails = z.object({
  type: z.string().check(z.minLength(1), z.maxLength(2000)),
  title: z.catch(z.optional(z.string()), undefined),
  detail: z.catch(z.optional(z.string()), undefined),
});

export interface ParsedProblem {
  problemType: string;
  ngsiError: NgsiErrorName | undefined;
  title: string | undefined;
  detail: string | undefined;
}

// Both the https and the older http form of the ETSI namespace occur in the wild, and some
// brokers send the bare name.
const ETSI_ERROR_URI = /^(?:https?:\/\/uri\.etsi\.org\/ngsi-ld\/errors\/)?([A-Za-z]+)$/;

export function recogniseErrorName(problemType: string): NgsiErrorName | undefined {
  const match = ETSI_ERROR_URI.exec(problemType);
  const parsed = errorName.safeParse(match?.[1]);
  return parsed.success ? parsed.data : undefined;
}

/** Reads a ProblemDetails body; undefined when the JSON is not one. */
export function parseProblemDetails(body: unknown): ParsedProblem | undefined {
  const parsed = problemDetails.safeParse(body);
  if (!parsed.success) return undefined;
  const { type, title, detail } = parsed.data;
  return { problemType: type, ngsiError: recogniseErrorName(type), title, detail };
}
