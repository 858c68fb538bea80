import { isNgsiError, type HttpError, type ProblemDetailsError } from '../api/ngsi/errors';
import { baseHref, resolveApiBase } from '../api/ngsi/base-url';
import { V2_ROOT } from '../api/v2/dialect';
import type { TFunction } from '../i18n';

/** What the dashboard sends, so a message can name the @context or tenant the broker refused. */
export interface ErrorContext {
  contextUrl?: string;
  tenant?: string;
  /** As configured; a relative one is resolved against the page. */
  apiBaseUrl?: string;
  /** Only its name is ever shown. */
  authHeader?: { name: string };
  /** With sign-in, a 401 means the token was refused, not an API key. */
  auth?: { kind: 'oidc' };
  dialect?: 'ngsi-ld' | 'ngsi-v2';
}

const unauthorized = (status: number, t: TFunction, context: ErrorContext) =>
  context.auth ? t('error.signInRefused', { status }) : t('error.unauthorized', { status });

/** A gateway's or proxy's own error page, as opposed to an answer from the broker. */
const HTML_PAGE = /^<(?:!doctype|html|head|body|title|\?xml)/i;

/** 429 and 503 ask the client to come back later, with or without saying when. */
function askedToWait(error: HttpError | ProblemDetailsError, t: TFunction): string | undefined {
  if (error.status !== 429 && error.status !== 503) return undefined;
  return error.retryAfterMs === undefined
    ? t('error.busy', { status: error.status })
    : t('error.wait', { status: error.status, seconds: Math.ceil(error.retryAfterMs / 1000) });
}

function describeProblem(error: ProblemDetailsError, t: TFunction, context: ErrorContext): string {
  if (error.ngsiError === 'LdContextNotAvailable')
    return t('error.ldContext', { url: context.contextUrl ?? error.detail ?? '' });
  if (error.ngsiError === 'NonexistentTenant' && context.tenant !== undefined)
    return t('error.tenant', { tenant: context.tenant });
  if (error.status === 401) return unauthorized(error.status, t, context);
  return (
    askedToWait(error, t) ??
    t('error.problem', {
      status: error.status,
      title: error.ngsiError ?? error.title ?? error.problemType,
    })
  );
}

/** One line for people: what failed, without headers or body dumps. */
export function describeError(error: unknown, t: TFunction, context: ErrorContext = {}): string {
  if (!isNgsiError(error)) return t('error.unknown');
  switch (error.kind) {
    case 'problem':
      return describeProblem(error, t, context);
    case 'http':
      if (error.status === 401) return unauthorized(error.status, t, context);
      if (HTML_PAGE.test(error.excerpt)) return t('error.gateway', { status: error.status });
      return askedToWait(error, t) ?? t('error.http', { status: error.status });
    case 'network':
      return t('error.network');
    case 'timeout':
      return t('error.timeout', { seconds: Math.round(error.timeoutMs / 1000) });
    case 'invalid-response':
      if (error.reason === 'truncated') return t('error.truncated');
      if (error.reason === 'not-json') return t('error.notJson');
      return t('error.invalid');
  }
}

/** Collection paths every broker must route: a 404 there is a wrong base URL or gateway. */
const COLLECTION = /^\/(?:entities|types|temporal\/entities)(?:\?|$)/;

/** The headers a browser must be allowed to send (CORS preflight) and to read, for this config. */
export function corsHeaders(context: ErrorContext): { request: string[]; expose: string[] } {
  if (context.dialect === 'ngsi-v2') {
    const request = ['Fiware-Service', 'Fiware-ServicePath'];
    if (context.authHeader) request.push(context.authHeader.name);
    if (context.auth) request.push('Authorization');
    return { request, expose: ['Fiware-Total-Count'] };
  }
  const request = ['Link'];
  if (context.tenant) request.push('NGSILD-Tenant');
  if (context.authHeader) request.push(context.authHeader.name);
  if (context.auth) request.push('Authorization');
  return { request, expose: ['NGSILD-Results-Count', 'Link'] };
}

/**
 * For whoever deploys the dashboard: what a failure most likely means and what to check, or
 * undefined when the one-line description says it all. A 404 on a collection path names the
 * URL and the settings to check; a network failure names the host and the CORS headers the
 * broker must allow and expose.
 */
export function explainError(
  error: unknown,
  t: TFunction,
  context: ErrorContext = {},
): string | undefined {
  if (!isNgsiError(error)) return undefined;
  const root = context.dialect === 'ngsi-v2' ? V2_ROOT : undefined;
  const base =
    context.apiBaseUrl === undefined
      ? undefined
      : resolveApiBase(context.apiBaseUrl, undefined, root);
  const href = base === undefined ? '' : baseHref(base);
  if ((error.kind === 'http' || error.kind === 'problem') && error.status === 404) {
    if (!COLLECTION.test(error.target)) return undefined;
    const path = error.target.split('?')[0] ?? error.target;
    return t('error.fix.notFound', {
      url: `${href}${error.target}`,
      base: context.apiBaseUrl === undefined ? '' : JSON.stringify(context.apiBaseUrl),
      path: `${base?.pathname.replace(/\/+$/, '') ?? ''}${path}`,
    });
  }
  if (error.kind === 'network') {
    const { request, expose } = corsHeaders(context);
    return t('error.fix.network', {
      host: base?.origin ?? '',
      request: request.join(', '),
      expose: expose.join(', '),
    });
  }
  return undefined;
}
