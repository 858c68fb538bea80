/**
 * The catalogue's face on the HTTP mock server (mocks/http/server.ts): its path prefix, its
 * CORS (stricter than the broker's, as real CKAN deployments) and its control route.
 */
import { z } from 'zod';
import { problemDetails } from '../broker';
import { CATALOG_ACTIONS, type Catalog, type CatalogFaults } from './store';

/** The catalogue lives under this prefix on the mock server: `http://127.0.0.1:PORT/ckan`. */
export const CATALOG_PREFIX = '/ckan';
/** Control route: POST a CatalogFaults JSON (replaces the faults), DELETE clears, GET reads. */
export const CATALOG_CONTROL_PATH = '/__mock/catalog';

export const isCatalogPath = (pathname: string): boolean =>
  pathname === CATALOG_PREFIX || pathname.startsWith(`${CATALOG_PREFIX}/`);

/**
 * CORS of every catalogue answer: the origin echoed, nothing exposed, and (on preflights)
 * GET and OPTIONS only and no `Access-Control-Allow-Headers` at all, so a request carrying
 * `Link`, `NGSILD-Tenant`, `Authorization` or `X-Api-Key` fails its preflight (contract §8).
 * With the `noCors` fault, no CORS header at all.
 */
export function catalogCorsHeaders(
  origin: string | undefined,
  faults: CatalogFaults,
  preflight = false,
): Record<string, string> {
  if (faults.noCors) return {};
  return {
    'Access-Control-Allow-Origin': origin ?? '*',
    Vary: 'Origin',
    ...(preflight && {
      'Access-Control-Allow-Methods': 'GET, OPTIONS',
      'Access-Control-Max-Age': '600',
    }),
  };
}

const faultsSchema = z
  .object({
    failure: z
      .object({
        status: z.number().int().min(400).max(599),
        type: z.string().min(1),
        message: z.string(),
        action: z.enum(CATALOG_ACTIONS).optional(),
      })
      .strict()
      .optional(),
    rowsCap: z.number().int().min(1).optional(),
    delayMs: z.number().int().min(0).max(600_000).optional(),
    noCors: z.boolean().optional(),
    unreachable: z.boolean().optional(),
  })
  .strict() satisfies z.ZodType<CatalogFaults>;

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/**
 * `/__mock/catalog` (undefined for any other request):
 *   POST   {failure?: {status, type, message, action?}, rowsCap?, delayMs?, noCors?, unreachable?}
 *          replaces the faults, answers them
 *   DELETE clears them (204)
 *   GET    the faults in force, and the catalogue's size
 */
export async function handleCatalogControl(
  request: Request,
  catalog: Catalog,
): Promise<Response | undefined> {
  if (new URL(request.url).pathname !== CATALOG_CONTROL_PATH) return undefined;
  switch (request.method) {
    case 'POST': {
      const parsed = faultsSchema.safeParse(await request.json().catch(() => undefined));
      if (!parsed.success)
        return json(
          400,
          problemDetails('BadRequestData', 'Bad control request', z.prettifyError(parsed.error)),
        );
      catalog.faults = parsed.data;
      return json(200, catalog.faults);
    }
    case 'DELETE':
      catalog.faults = {};
      return new Response(null, { status: 204 });
    case 'GET':
      return json(200, {
        faults: catalog.faults,
        datasets: catalog.datasets.length,
        organizations: catalog.organizations.length,
        rowsCap: catalog.rowsCap,
      });
    default:
      return json(
        404,
        problemDetails(
          'ResourceNotFound',
          'Unknown control endpoint',
          `${request.method} ${CATALOG_CONTROL_PATH}`,
        ),
      );
  }
}
