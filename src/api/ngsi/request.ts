/** One GET below the NGSI-LD API base, independent of how it is carried (HTTP today). */
export type QueryParam = readonly [name: string, value: string];

export interface NgsiRequest {
  /** Below `/ngsi-ld/v1`, starting with a slash, e.g. `/entities`. */
  path: string;
  query: readonly QueryParam[];
}

// encodeURIComponent is stricter than needed; commas and colons stay readable (attrs lists,
// timestamps, URNs) and are legal in a query. `+` stays encoded: a broker must not read a
// `+09:00` offset as a space, and spaces become %20, never `+`.
function encode(text: string): string {
  return encodeURIComponent(text).replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}

/** `/entities?type=X&limit=10`: what errors report as their target (no host, no headers). */
export function requestTarget(request: NgsiRequest): string {
  if (request.query.length === 0) return request.path;
  return `${request.path}?${request.query.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&')}`;
}

/** The value of parameter `name` in a request, if it has one. */
export const paramOf = (request: NgsiRequest, name: string): string | undefined =>
  request.query.find(([n]) => n === name)?.[1];

/** Query parameters with undefined values dropped, in the order given. */
export function params(
  entries: Record<string, string | number | boolean | undefined>,
): QueryParam[] {
  const out: QueryParam[] = [];
  for (const [name, value] of Object.entries(entries)) {
    if (value !== undefined) out.push([name, String(value)]);
  }
  return out;
}
