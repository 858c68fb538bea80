/**
 * A deliberately misbehaving NGSI-LD broker for transport tests (MSW handlers). Real brokers
 * and gateways differ exactly in these knobs, so each test switches on one of them.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';

export const BROKER = 'http://broker.test/gw';
export const API = `${BROKER}/ngsi-ld/v1`;

export interface FakeBrokerOptions {
  entities: readonly unknown[];
  /** Silently serve at most this many per page. */
  cap?: number;
  /** Refuse a larger `limit` with this ProblemDetails. */
  refuseAbove?: { limit: number; status: 400 | 403; detail?: string };
  /** Return everything on every page. */
  ignorePaging?: boolean;
  /** Send `NGSILD-Results-Count` (default true). */
  countHeader?: boolean;
  /** Page by `Link: <…>; rel="next"` with this href builder (offset → href). */
  nextLink?: (offset: number, limit: number) => string;
}

export interface SeenRequest {
  url: URL;
  headers: Record<string, string>;
}

export function entities(
  count: number,
  type = 'EvacuationShelter',
): Array<{ id: string; type: string }> {
  return Array.from({ length: count }, (_, i) => ({
    id: `urn:ngsi-ld:${type}:${String(i).padStart(5, '0')}`,
    type,
  }));
}

export function problem(
  status: number,
  name: string,
  detail?: string,
  headers?: HeadersInit,
): Response {
  return HttpResponse.json(
    {
      type: `https://uri.etsi.org/ngsi-ld/errors/${name}`,
      title: name,
      status,
      ...(detail === undefined ? {} : { detail }),
    },
    {
      status,
      headers: {
        'Content-Type': 'application/problem+json',
        ...Object.fromEntries(new Headers(headers)),
      },
    },
  );
}

export function fakeBroker(
  options: FakeBrokerOptions,
  path = '/entities',
): { handler: HttpHandler; seen: SeenRequest[] } {
  const seen: SeenRequest[] = [];
  const handler = http.get(`${API}${path}`, ({ request }) => {
    const url = new URL(request.url);
    seen.push({ url, headers: Object.fromEntries(request.headers) });
    const limit = Number(url.searchParams.get('limit') ?? '20');
    const offset = Number(url.searchParams.get('offset') ?? '0');
    const refuse = options.refuseAbove;
    if (refuse !== undefined && limit > refuse.limit) {
      return problem(
        refuse.status,
        refuse.status === 403 ? 'TooManyResults' : 'BadRequestData',
        refuse.detail,
      );
    }
    const all = options.entities;
    const served = Math.min(limit, options.cap ?? Infinity);
    const body = options.ignorePaging ? all : all.slice(offset, offset + served);
    const headers = new Headers();
    if (options.countHeader !== false) headers.set('NGSILD-Results-Count', String(all.length));
    if (options.nextLink !== undefined && offset + body.length < all.length) {
      headers.set('Link', `<${options.nextLink(offset + body.length, limit)}>; rel="next"`);
    }
    return HttpResponse.json(body, { headers });
  });
  return { handler, seen };
}

/** Offsets requested, in order. */
export const offsets = (seen: readonly SeenRequest[]) =>
  seen.map((r) => Number(r.url.searchParams.get('offset')));
export const limits = (seen: readonly SeenRequest[]) =>
  seen.map((r) => Number(r.url.searchParams.get('limit')));
