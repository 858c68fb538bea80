/**
 * The Content-Security-Policy for a deployment: scripts, styles, workers and everything else
 * from the page's own origin only; no inline script or style, no eval; network requests only
 * to the page's origin and the configured API (and, when configured, the online basemap).
 *
 * Two parts, because the API is only known at run time (config.json):
 * - `META_POLICY` goes into index.html at build time (vite.config.ts): it holds in any server
 *   and forbids inline script, eval, plugins and foreign scripts and styles;
 * - `headerPolicy(config)` is what the web server should send as the
 *   `Content-Security-Policy` header (`npm run csp` prints it for a config.json): it adds
 *   `default-src 'none'` and `connect-src` limited to the origin and the API. Both apply.
 */
import type { AppConfig } from './schema';

// Exported PNGs and the print copy of the map are blob:/data: images made by the page.
const IMG = ["'self'", 'data:', 'blob:'];

const COMMON: ReadonlyArray<readonly [string, string]> = [
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', IMG.join(' ')],
  ['font-src', "'self'"],
  // maplibre's and the feed parser's workers, and the mock's service worker, are same-origin.
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'none'"],
];

const serialise = (pairs: ReadonlyArray<readonly [string, string]>) =>
  pairs.map(([k, v]) => `${k} ${v}`).join('; ');

export const META_POLICY = serialise(COMMON);

/** The origin of an absolute URL, or nothing for a relative one (then it is the page's own). */
function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

export function headerPolicy(
  config: Pick<AppConfig, 'apiBaseUrl' | 'basemap'> &
    Partial<Pick<AppConfig, 'contextUrl' | 'temporalBaseUrl' | 'auth' | 'catalog'>>,
): string {
  const connect = new Set(["'self'"]);
  const api = originOf(config.apiBaseUrl);
  if (api) connect.add(api);
  // NGSI v2's history service (QuantumLeap) may be on a host of its own.
  const temporal = config.temporalBaseUrl && originOf(config.temporalBaseUrl);
  if (temporal) connect.add(temporal);
  // Sign-in: discovery, token endpoint and keys at the identity provider. A provider whose
  // token endpoint is on another host than its issuer needs that host added by the operator.
  const issuer = config.auth && originOf(config.auth.issuer);
  if (issuer) connect.add(issuer);
  // The @context document is read when a broker answers type IRIs (api/ngsi/context-terms.ts).
  // The open-data catalogue (CKAN) for the platform KPIs, often on a host of its own.
  const catalog = config.catalog && originOf(config.catalog.baseUrl);
  if (catalog) connect.add(catalog);
  const context = config.contextUrl === undefined ? undefined : originOf(config.contextUrl);
  if (context) connect.add(context);
  const img = [...IMG];
  if (config.basemap.kind === 'style') {
    // An online style fetches its tiles, sprites and glyphs from its own host; others it names
    // must be added by the operator (the style is not read here).
    const host = originOf(config.basemap.styleUrl);
    if (host) {
      connect.add(host);
      img.push(host);
    }
  }
  return serialise([
    ['default-src', "'none'"],
    ...COMMON.map(([k, v]): readonly [string, string] => [k, k === 'img-src' ? img.join(' ') : v]),
    ['connect-src', [...connect].join(' ')],
    ['manifest-src', "'self'"],
    ['frame-ancestors', "'none'"],
  ]);
}
