import { baseHref } from './base-url';
import type { NgsiRequest, QueryParam } from './request';

// One link-value: `<uri>` followed by `; param` parts, up to the next comma outside quotes.
const LINK_VALUE = /<([^>]*)>((?:\s*;\s*[^;,="]+(?:=(?:"[^"]*"|[^;,"]*))?)*)/g;
const REL_PARAM = /;\s*rel\s*=\s*(?:"([^"]*)"|([^;,\s]+))/i;

/** The URI of the first link whose `rel` includes `next` (RFC 8288), if any. */
export function findNextLink(header: string | null): string | undefined {
  if (header === null) return undefined;
  for (const match of header.matchAll(LINK_VALUE)) {
    const rel = REL_PARAM.exec(match[2] ?? '');
    const rels = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/);
    if (rels.includes('next')) return match[1];
  }
  return undefined;
}

/**
 * Turns a `rel="next"` URI into a request below the API base. Links that leave the base
 * (another origin or path) are refused, so credentials are never sent to a host the
 * configuration did not name.
 */
export function nextRequest(link: string, requestUrl: string, base: URL): NgsiRequest | undefined {
  let url: URL;
  try {
    url = new URL(link, requestUrl);
  } catch {
    return undefined;
  }
  const prefix = baseHref(base);
  const here = `${url.origin}${url.pathname}`;
  if (url.origin !== base.origin || !here.startsWith(`${prefix}/`)) return undefined;
  const query: QueryParam[] = [...url.searchParams.entries()];
  return { path: here.slice(prefix.length), query };
}
