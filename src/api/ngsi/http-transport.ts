/** NGSI-LD (or NGSI v2) over HTTP(S) with fetch: headers, own timeout, caller cancellation, typed errors. */
import { baseHref, resolveApiBase } from './base-url';
import { NetworkError, TimeoutError } from './errors';
import { buildHeaders, type HeaderBuild } from './headers';
import { interpret, NGSI_LD_ANSWERS, parseCount, type AnswerDialect } from './interpret';
import { V2_ANSWERS, V2_ROOT, v2Body, v2Request } from '../v2/dialect';
import { queryQuantumLeap, quantumLeapServicePath } from '../v2/quantumleap';
import { requestTarget } from './request';
import { DEFAULT_TIMEOUT_MS, type NgsiSettings } from './settings';
import type { GetOptions, NgsiTransport } from './transport';

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * Settles with `work`, or rejects as soon as `signal` aborts. fetch ties the body to its
 * signal, but an injected fetch or a hand-made Response may not; the timeout must hold anyway.
 */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    void work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

// setTimeout fires at once for Infinity or anything past 2^31-1 ms; fall back to the default.
function validTimeout(ms: number | undefined): number {
  return ms !== undefined && Number.isFinite(ms) && ms > 0 && ms <= 2_147_483_647
    ? ms
    : DEFAULT_TIMEOUT_MS;
}

interface Endpoint {
  base: URL | undefined;
  built: HeaderBuild;
  answers: AnswerDialect;
  timeoutMs: number;
  doFetch: (input: string, init: RequestInit) => Promise<Response>;
}

/** One GET of `request` (already in the endpoint's dialect) below `base`, typed errors out. */
function createGet(endpoint: Endpoint): NgsiTransport['get'] {
  const { base, built, answers, timeoutMs, doFetch } = endpoint;
  return async function get(request, signal, options: GetOptions = {}) {
    const target = requestTarget(request);
    if (base === undefined) {
      throw new NetworkError({
        target,
        cause: undefined,
        message: 'apiBaseUrl is relative and there is no page to resolve it against',
      });
    }
    if (!built.ok) throw new NetworkError({ target, cause: undefined, message: built.problem });
    if (signal?.aborted) throw abortReason(signal);

    const url = `${baseHref(base)}${target}`;
    const controller = new AbortController();
    let timedOut = false;
    const onCallerAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onCallerAbort, { once: true });
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);

    // The caller's abort wins over our timeout: a cancelled query is not a failure.
    const classify = (cause: unknown): unknown => {
      if (signal?.aborted) return abortReason(signal);
      if (timedOut) return new TimeoutError({ target, timeoutMs });
      return new NetworkError({ target, cause });
    };

    try {
      let response: Response;
      let text: string;
      try {
        // no-store: polled live data must not come from the browser's HTTP cache, whatever
        // caching headers a gateway adds. The timer also covers reading the body.
        const init: RequestInit = {
          method: 'GET',
          headers: built.headers,
          signal: controller.signal,
          cache: 'no-store',
        };
        response = await untilAborted(doFetch(url, init), controller.signal);
        if (options.countOnly && response.ok) {
          // The count is in the headers: never download a body only to learn it.
          void response.body?.cancel().catch(() => undefined);
          const resultsCount = parseCount(response.headers.get(answers.countHeader));
          return { status: response.status, body: undefined, resultsCount, next: undefined };
        }
        text = await untilAborted(response.text(), controller.signal);
      } catch (cause) {
        throw classify(cause);
      }
      const result = interpret(
        {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
          text,
          url,
          target,
        },
        base,
        answers,
      );
      if (result instanceof Error) throw result;
      return result;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onCallerAbort);
    }
  };
}

export function createHttpTransport(settings: NgsiSettings): NgsiTransport {
  const timeoutMs = validTimeout(settings.timeoutMs);
  // Looked up per call so test doubles installed after creation (MSW) are honoured. Called
  // detached on purpose: `settings.fetch(...)` would bind `this` to settings, and browsers
  // throw "Illegal invocation" when fetch runs with a foreign `this`.
  const doFetch = (input: string, init: RequestInit) =>
    (settings.fetch ?? globalThis.fetch)(input, init);
  if (settings.dialect !== 'ngsi-v2') {
    const base = resolveApiBase(settings.apiBaseUrl, settings.pageHref);
    const built = buildHeaders(settings);
    return { get: createGet({ base, built, answers: NGSI_LD_ANSWERS, timeoutMs, doFetch }) };
  }
  // NGSI v2: Orion for entities and types, QuantumLeap (temporalBaseUrl, default the same
  // base) for history; QuantumLeap reads the service path as a prefix, so `/#` becomes `/`.
  const orion = createGet({
    base: resolveApiBase(settings.apiBaseUrl, settings.pageHref, V2_ROOT),
    built: buildHeaders(settings),
    answers: V2_ANSWERS,
    timeoutMs,
    doFetch,
  });
  const quantumLeap = createGet({
    base: resolveApiBase(
      settings.temporalBaseUrl ?? settings.apiBaseUrl,
      settings.pageHref,
      V2_ROOT,
    ),
    built: buildHeaders({ ...settings, servicePath: quantumLeapServicePath(settings.servicePath) }),
    answers: V2_ANSWERS,
    timeoutMs,
    doFetch,
  });
  return {
    async get(request, signal, options) {
      if (request.path === '/temporal/entities')
        return queryQuantumLeap(quantumLeap, request, signal);
      const response = await orion(v2Request(request), signal, options);
      return { ...response, body: v2Body(request, response.body) };
    },
  };
}
