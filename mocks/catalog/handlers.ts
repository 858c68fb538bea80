import { http, type RequestHandler } from 'msw';
import type { Catalog } from './store';
import { sleep } from '../handlers/respond';
import { decodeSegment } from '../handlers/paths';
import { ACTION_PATH } from './paths';

export interface CatalogHandlerOptions {
  /** Called with every catalogue request (tests count them). */
  onRequest?: (request: Request) => void;
}

const JSON_TYPE = 'application/json;charset=utf-8';

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': JSON_TYPE } });

/** A POSTed action's JSON body as GET parameters (lists and objects as JSON, like facet.field). */
async function postedParams(request: Request): Promise<URLSearchParams | string> {
  const text = await request.text();
  if (text.trim() === '') return new URLSearchParams();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    return `Bad request - JSON Error: ${String(error)}`;
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return 'Bad request - JSON Error: Request data JSON decoded to a non-dict';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(body as Record<string, unknown>))
    params.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  return params;
}

/** The CKAN Action API of `catalog`, for setupWorker, setupServer and the HTTP server alike. */
export function createCatalogHandlers(
  catalog: Catalog,
  options: CatalogHandlerOptions = {},
): RequestHandler[] {
  return [
    http.all(ACTION_PATH, async ({ request }) => {
      options.onRequest?.(request);
      const { delayMs = 0, unreachable } = catalog.faults;
      await sleep(delayMs, request.signal);
      // A network error: the fetch rejects, as when the host does not answer.
      if (unreachable) return Response.error();
      const url = new URL(request.url);
      const [, prefix = '', rawName = ''] = ACTION_PATH.exec(url.pathname) ?? [];
      const name = decodeSegment(rawName);
      const helpBase = `${url.origin}${prefix}/api/3/action/help_show?name=`;
      if (request.method !== 'GET' && request.method !== 'POST')
        return json(400, {
          help: `${helpBase}${name}`,
          success: false,
          error: {
            __type: 'Bad request',
            message: `Bad request - ${request.method} is not allowed`,
          },
        });
      const params = request.method === 'POST' ? await postedParams(request) : url.searchParams;
      if (typeof params === 'string')
        return json(400, {
          help: `${helpBase}${name}`,
          success: false,
          error: { __type: 'Bad request', message: params },
        });
      const answer = catalog.action(name, params, helpBase);
      return json(answer.status, answer.body);
    }),
  ];
}
