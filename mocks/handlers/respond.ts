import { inflateEntities, type Broker, type BrokerRequest, type BrokerResponse } from '../broker';
import type { HandlerOptions } from './options';

/** Resolves after `ms`, or as soon as the client gives up, so a slow fault holds no timer. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0 || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}

/**
 * Shared path of every handler: count the request, apply an injected fault (delay, canned
 * answer, padding, truncation) or the configured latency, then serialise the broker's answer.
 */
export async function respond(
  broker: Broker,
  request: Request,
  options: HandlerOptions,
  run: (req: BrokerRequest) => BrokerResponse,
): Promise<Response> {
  options.onRequest?.(request);
  const refused = await options.authorize?.(request);
  if (refused) return refused;
  const url = new URL(request.url);
  const fault = broker.faults.take(url.pathname, url.search);
  await sleep((options.latencyMs ?? 0) + (fault?.delayMs ?? 0), request.signal);
  if (fault?.status !== undefined) {
    const headers = new Headers(fault.headers);
    if (fault.contentType) headers.set('Content-Type', fault.contentType);
    return new Response(fault.body || null, { status: fault.status, headers });
  }
  const result = run({ url, headers: request.headers });
  const served =
    result.body !== undefined && fault?.inflate !== undefined
      ? inflateEntities(result.body, fault.inflate)
      : result.body;
  let body = served === undefined ? null : JSON.stringify(served);
  if (body !== null && fault?.truncateAt !== undefined) body = body.slice(0, fault.truncateAt);
  return new Response(body, { status: result.status, headers: result.headers });
}
