/**
 * Where the NGSI-LD API lives: `{apiBaseUrl}/ngsi-ld/v1`. `apiBaseUrl` may be absolute, or
 * relative to the page ("" = this origin's root, "." = next to index.html), so the same build
 * works behind any reverse proxy path.
 */
export function resolveApiBase(
  apiBaseUrl: string,
  pageHref: string | undefined = undefined,
  root = '/ngsi-ld/v1',
): URL | undefined {
  const joined = `${apiBaseUrl.trim().replace(/\/+$/, '')}${root}`;
  try {
    // With an absolute `joined`, the second argument is ignored; without either, URL throws.
    return new URL(joined, pageHref ?? currentPageHref());
  } catch {
    return undefined;
  }
}

function currentPageHref(): string | undefined {
  return typeof location === 'undefined' ? undefined : location.href;
}

/** The base as a string without a trailing slash, to which request paths are appended. */
export function baseHref(base: URL): string {
  return `${base.origin}${base.pathname.replace(/\/+$/, '')}`;
}
