/**
 * What differs on the wire when the platform runs FIWARE Orion with NGSI v2 (contract §5): the
 * API root, the tenant headers, the request parameters, the count header, error bodies, and
 * the entity and type shapes, which are read into NGSI-LD's here, once. Paging, retries and
 * the entity parsers stay the same for both dialects.
 */
import {
  parseProblemDetails,
  type NgsiErrorName,
  type ParsedProblem,
} from '../ngsi/problem-details';
import type { AnswerDialect } from '../ngsi/interpret';
import { paramOf, type NgsiRequest, type QueryParam } from '../ngsi/request';
import { entityFromV2 } from './entity';

export const V2_ROOT = '/v2';
/** Orion's default service path: the whole tree below the tenant. */
export const DEFAULT_SERVICE_PATH = '/#';
export const V2_COUNT_HEADER = 'Fiware-Total-Count';

/** Orion's built-in attributes that NGSI-LD calls the system attributes `createdAt`, `modifiedAt`. */
const BUILT_IN_TIMES = ['dateCreated', 'dateModified'];

/**
 * An NGSI-LD-style request (as the client builds it) for Orion: `count=true` and `options`
 * become one `options` list (`count,keyValues`); `sysAttrs` becomes Orion's built-in
 * `dateCreated,dateModified` in `attrs` (with `*` when no attributes were named); `limit=0`,
 * which Orion refuses ("a value of ZERO is unacceptable"), becomes 1 — a count reads the header
 * and never the body; `details` is dropped (v2 lists attributes anyway); double-quoted values
 * in `q` are quoted the v2 way, in single quotes.
 */
export function v2Request(request: NgsiRequest): NgsiRequest {
  const options: string[] = [];
  const query: QueryParam[] = [];
  let sysAttrs = false;
  for (const [name, value] of request.query) {
    if (name === 'count') {
      if (value === 'true') options.push('count');
    } else if (name === 'options') {
      const words = value.split(',');
      options.push(...words.filter((o) => o === 'keyValues'));
      sysAttrs ||= words.includes('sysAttrs');
    } else if (name === 'details') {
      continue;
    } else if (name === 'q') {
      query.push([name, value.replace(/"([^"]*)"/g, "'$1'")]);
    } else if (name === 'limit' && value === '0') {
      query.push([name, '1']);
    } else query.push([name, value]);
  }
  if (sysAttrs) {
    const at = query.findIndex(([name]) => name === 'attrs');
    const named = at === -1 ? ['*'] : (query[at]?.[1] ?? '').split(',');
    const attrs: QueryParam = ['attrs', [...named, ...BUILT_IN_TIMES].join(',')];
    if (at === -1) query.push(attrs);
    else query[at] = attrs;
  }
  // Orion's own order in its documentation: count first.
  const words = ['count', 'keyValues'].filter((w) => options.includes(w));
  if (words.length > 0) query.push(['options', words.join(',')]);
  return { path: request.path, query };
}

/** Whether the request asked for key-values (its answer is read as such). */
export const asksKeyValues = (request: NgsiRequest): boolean =>
  paramOf(request, 'options')?.split(',').includes('keyValues') ?? false;

/** Orion's error names, by the NGSI-LD error that means the same to the client. */
const LD_ERROR: Readonly<Record<string, NgsiErrorName>> = {
  BadRequest: 'BadRequestData',
  NotFound: 'ResourceNotFound',
  TooManyResults: 'TooManyResults',
  NoResourcesAvailable: 'TooManyResults',
  Unprocessable: 'InvalidRequest',
  NotAcceptable: 'NotAcceptable',
  UnsupportedMediaType: 'UnsupportedMediaType',
  InternalServerError: 'InternalError',
};

/** `{"error": "BadRequest", "description": "…"}`, or undefined for any other body. */
export function v2Problem(body: unknown): ParsedProblem | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const { error, description } = body as Record<string, unknown>;
  if (typeof error !== 'string' || error === '') return undefined;
  return {
    problemType: error,
    ngsiError: LD_ERROR[error.replace(/\s+/g, '')],
    title: typeof description === 'string' ? description : undefined,
    detail: undefined,
  };
}

/**
 * A 2xx body in NGSI-LD form: entities read by `entityFromV2`; `/types`
 * (`[{"type": …, "attrs": {…}, "count": n}]`) as EntityType objects with attribute names.
 */
export function v2Body(request: NgsiRequest, body: unknown): unknown {
  if (!Array.isArray(body)) return body;
  if (request.path === '/entities') {
    const keyValues = asksKeyValues(request);
    return body.map((entity) => entityFromV2(entity, keyValues));
  }
  if (request.path === '/types') {
    return body.map((item) => {
      if (typeof item !== 'object' || item === null) return item;
      const { type, attrs } = item as Record<string, unknown>;
      const attributeNames =
        typeof attrs === 'object' && attrs !== null ? Object.keys(attrs) : undefined;
      return { typeName: type, ...(attributeNames && { attributeNames }) };
    });
  }
  return body;
}

/** Orion's answers: its count header, its error bodies (a gateway's ProblemDetails still read). */
export const V2_ANSWERS: AnswerDialect = {
  countHeader: V2_COUNT_HEADER,
  problem: (body) => v2Problem(body) ?? parseProblemDetails(body),
};
