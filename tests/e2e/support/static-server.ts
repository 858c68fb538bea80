import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { headerPolicy } from '../../../src/config/csp';
import { configSchema } from '../../../src/config/schema';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The header an operator's server sends (README, `npm run csp`), for the API the config names;
 * for a broken config, the strictest: the page's own origin only.
 */
function cspFor(config: object | string | undefined): string {
  const parsed = typeof config === 'object' ? configSchema.safeParse(config) : undefined;
  if (parsed?.success) return headerPolicy(parsed.data);
  // Not the dashboard's config (the bench's bare page), or a broken one: its API, if it names one.
  const api =
    typeof config === 'object' && 'apiBaseUrl' in config && typeof config.apiBaseUrl === 'string'
      ? config.apiBaseUrl
      : '.';
  return headerPolicy({ apiBaseUrl: api, basemap: { kind: 'offline' } });
}

/**
 * Serves the production build as an operator would (any static web server), with
 * `config.json` optionally replaced: an object (serialised) or raw text for broken files.
 * Every response carries the deployment's Content-Security-Policy header (`csp: false` leaves
 * it out, to test the policy index.html carries on its own).
 */
export async function serveDist(
  options: {
    root?: string;
    /** An object, raw text, or an object made from the server's own origin once it listens. */
    config?: object | string | ((origin: string) => object);
    csp?: boolean;
    /** A gateway on the same origin: `/ngsi-ld/…` is passed to this broker (the HTTP mock). */
    proxyTo?: string;
  } = {},
): Promise<StaticServer> {
  let origin = '';
  const config = () =>
    typeof options.config === 'function' ? options.config(origin) : options.config;
  const policyOf = () => {
    const csp = options.csp === false ? undefined : cspFor(config());
    return csp === undefined ? {} : { 'content-security-policy': csp };
  };
  // E2E_DIST lets several builds be tested side by side (one dist/ per working copy).
  const root = resolve(options.root ?? process.env.E2E_DIST ?? 'dist');
  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (options.proxyTo !== undefined && path.startsWith('/ngsi-ld/')) {
        const headers = Object.fromEntries(
          Object.entries(req.headers).filter(
            (e): e is [string, string] => typeof e[1] === 'string' && e[0] !== 'host',
          ),
        );
        const answer = await fetch(`${options.proxyTo}${req.url ?? ''}`, { headers });
        res.writeHead(answer.status, Object.fromEntries(answer.headers.entries()));
        res.end(Buffer.from(await answer.arrayBuffer()));
        return;
      }
      const policy = policyOf();
      const served = config();
      if (path.endsWith('/config.json') && served !== undefined) {
        const body = typeof served === 'string' ? served : JSON.stringify(served);
        res
          .writeHead(200, {
            'content-type': 'application/json',
            'cache-control': 'no-store',
            ...policy,
          })
          .end(body);
        return;
      }
      const file = normalize(join(root, path === '/' ? 'index.html' : path));
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      try {
        if (!(await stat(file)).isFile()) throw new Error('not a file');
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          ...policy,
        });
        res.end(await readFile(file));
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    })();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: origin,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
