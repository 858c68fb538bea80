import {
  DEFAULT_TENANT,
  JSON_LD_CONTEXT_REL,
  RESULTS_COUNT_HEADER,
  TENANT_HEADER,
} from './constants';
import type { JsonObject, JsonValue } from './json';
import { contextUrls, formatLink } from './link';
import type { BrokerOptions } from './options';
import type { Paging } from './paging';
import { NgsiError, problemDetails } from './problem';
import type { EntityStore, TenantData } from './store';

const CORE_CONTEXT_URL = 'https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context.jsonld';

/** The parts of an HTTP request the broker reads; built from a Fetch Request by the handlers. */
export interface BrokerRequest {
  url: URL;
  headers: Headers;
}

/** A framework-free answer; handlers turn it into a Response. `body` undefined = no body. */
export interface BrokerResponse {
  status: number;
  headers: Record<string, string>;
  body?: JsonValue;
}

/** What every read needs to know about a request before it looks at entities. */
export interface RequestScope {
  tenant: string;
  data: TenantData;
  /** False when the request did not name the broker's @context: nothing can be matched. */
  contextKnown: boolean;
  /** The client asked for application/ld+json: the context goes into the body. */
  jsonLd: boolean;
}

export function requestScope(
  req: BrokerRequest,
  store: EntityStore,
  options: BrokerOptions,
): RequestScope {
  const tenant = req.headers.get(TENANT_HEADER) ?? DEFAULT_TENANT;
  const data = store.tenant(tenant);
  if (!data)
    throw new NgsiError(
      'NonexistentTenant',
      'Tenant not found',
      `tenant "${tenant}" does not exist`,
    );
  const accept = req.headers.get('accept') ?? '';
  const jsonLd = accept.includes('application/ld+json') && !accept.includes('application/json');
  return {
    tenant,
    data,
    contextKnown: contextUrls(req.headers.get('link')).includes(options.contextUrl),
    jsonLd,
  };
}

/** 200 with a JSON body, the context as a Link header (or in the body for JSON-LD), and paging headers. */
export function ok(
  req: BrokerRequest,
  scope: RequestScope,
  options: BrokerOptions,
  body: JsonObject | JsonObject[],
  list?: { paging: Paging; total: number },
): BrokerResponse {
  const context = scope.contextKnown ? options.contextUrl : CORE_CONTEXT_URL;
  const headers: Record<string, string> = {
    'Content-Type': scope.jsonLd ? 'application/ld+json' : 'application/json',
  };
  const links: string[] = [];
  if (!scope.jsonLd) links.push(formatLink(context, JSON_LD_CONTEXT_REL, 'application/ld+json'));
  if (scope.tenant !== DEFAULT_TENANT) headers[TENANT_HEADER] = scope.tenant;
  if (list) {
    const { paging, total } = list;
    if (paging.count && !options.omitCountHeader) headers[RESULTS_COUNT_HEADER] = String(total);
    // limit=0 asks for the count alone: there is no next page of nothing.
    if (options.nextLink && paging.limit > 0 && paging.offset + paging.limit < total) {
      const next = new URL(req.url);
      next.searchParams.set('offset', String(paging.offset + paging.limit));
      next.searchParams.set('limit', String(paging.limit));
      links.push(formatLink(next.href, 'next'));
    }
  }
  if (links.length > 0) headers.Link = links.join(', ');
  const withContext = (o: JsonObject): JsonObject =>
    scope.jsonLd ? { ...o, '@context': context } : o;
  return {
    status: 200,
    headers,
    body: Array.isArray(body) ? body.map(withContext) : withContext(body),
  };
}

/** Runs a broker operation and turns thrown errors into ProblemDetails answers. */
export function answer(run: () => BrokerResponse): BrokerResponse {
  try {
    return run();
  } catch (error) {
    const problem =
      error instanceof NgsiError
        ? { status: error.status, body: error.toProblem() }
        : { status: 500, body: problemDetails('InternalError', 'Internal error', String(error)) };
    return {
      status: problem.status,
      headers: { 'Content-Type': 'application/json' },
      body: problem.body,
    };
  }
}
