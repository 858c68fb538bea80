import { getResponse, type RequestHandler } from 'msw';
import { problemDetails } from '../broker';
import { answerAsk as answerAskWith, createAskAnswerer } from '../../src/api/worker/proxy-fetch';
import type { FetchAnswer, FetchAsk } from '../../src/api/worker/protocol';

/**
 * `handlers` as a fetch, answering as the HTTP mock does (msw's getResponse): a path no handler
 * takes gets the broker's 404.
 */
function respondWith(handlers: readonly RequestHandler[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    return (
      (await getResponse([...handlers], request)) ??
      Response.json(
        problemDetails(
          'ResourceNotFound',
          'Not found',
          `${request.method} ${new URL(request.url).pathname} is not served by this mock`,
        ),
        { status: 404 },
      )
    );
  };
}

/**
 * One asked request answered by `handlers`: a path no handler takes gets the broker's 404, a
 * handler's network error (`Response.error()`) and a handler that throws fail the fetch.
 */
export function answerAsk(
  handlers: readonly RequestHandler[],
  ask: Extract<FetchAsk, { kind: 'fetch' }>,
  signal: AbortSignal,
): Promise<FetchAnswer> {
  return answerAskWith(ask, signal, respondWith(handlers));
}

/** Where asks arrive and answers go: the worker's own scope, or a MessagePort. */
export interface AskEndpoint {
  postMessage(message: FetchAnswer): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

/** Answers every ask arriving at `endpoint` from `handlers`; an aborted ask is answered no more. */
export function answerAsks(endpoint: AskEndpoint, handlers: readonly RequestHandler[]): void {
  const answerer = createAskAnswerer(respondWith(handlers), (a) => endpoint.postMessage(a));
  endpoint.onmessage = (event: MessageEvent<FetchAsk>) => answerer.handle(event.data);
}
