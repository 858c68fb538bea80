import { getResponse, type RequestHandler } from 'msw';
import { problemDetails } from '../broker';
import type { FetchAnswer, FetchAsk } from '../../src/api/worker/protocol';

type Ask = Extract<FetchAsk, { kind: 'fetch' }>;

/**
 * One asked request answered by `handlers`, as the HTTP mock answers one (msw's getResponse):
 * a path no handler takes gets the broker's 404, a handler's network error (`Response.error()`)
 * and a handler that throws fail the fetch.
 */
export async function answerAsk(
  handlers: readonly RequestHandler[],
  ask: Ask,
  signal: AbortSignal,
): Promise<FetchAnswer> {
  const { fetchId } = ask;
  try {
    const request = new Request(ask.url, {
      method: ask.method,
      headers: ask.headers,
      signal,
      ...(ask.body !== undefined && { body: ask.body }),
    });
    const response =
      (await getResponse([...handlers], request)) ??
      Response.json(
        problemDetails(
          'ResourceNotFound',
          'Not found',
          `${ask.method} ${new URL(ask.url).pathname} is not served by this mock`,
        ),
        { status: 404 },
      );
    if (response.type === 'error')
      return { kind: 'fetch-failed', fetchId, message: 'Failed to fetch', aborted: false };
    return {
      kind: 'fetched',
      fetchId,
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers.entries()],
      body: await response.text(),
    };
  } catch (error) {
    return {
      kind: 'fetch-failed',
      fetchId,
      message: error instanceof Error ? error.message : String(error),
      aborted: signal.aborted,
    };
  }
}

/** Where asks arrive and answers go: the worker's own scope, or a MessagePort. */
export interface AskEndpoint {
  postMessage(message: FetchAnswer): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

/** Answers every ask arriving at `endpoint`; an aborted ask is answered no more. */
export function answerAsks(endpoint: AskEndpoint, handlers: readonly RequestHandler[]): void {
  const running = new Map<number, AbortController>();
  endpoint.onmessage = (event: MessageEvent<FetchAsk>) => {
    const ask = event.data;
    if (ask.kind === 'fetch-abort') {
      running.get(ask.fetchId)?.abort();
      running.delete(ask.fetchId);
      return;
    }
    const controller = new AbortController();
    running.set(ask.fetchId, controller);
    void answerAsk(handlers, ask, controller.signal).then((answer) => {
      if (running.delete(ask.fetchId)) endpoint.postMessage(answer);
    });
  };
}
