/**
 * The mock CKAN catalogue: its datasets and organizations, the actions the dashboard calls,
 * and faults that can be set while it runs (`catalog.faults = {...}`). No msw import: the
 * handlers (handlers.ts) and the HTTP server wrap it.
 */
import { CATALOG_SEED, generateDatasets, uuidFor, type CatalogDataset } from './datasets';
import { CATALOG_ORGANIZATIONS, type CatalogOrganization } from './organizations';
import {
  failed,
  organizationList,
  packageSearch,
  type ActionContext,
  type CatalogAnswer,
} from './query';

/** The actions the mock serves. */
export const CATALOG_ACTIONS = ['package_search', 'organization_list'] as const;
export type CatalogAction = (typeof CATALOG_ACTIONS)[number];

export interface CatalogFailure {
  /** HTTP status of the answer (e.g. 500, 503, 409, 403). */
  readonly status: number;
  /** The error's `__type` (e.g. "Internal Server Error", "Search Query Error", "Authorization Error"). */
  readonly type: string;
  readonly message: string;
  /** Only this action fails (default: every action). */
  readonly action?: CatalogAction;
}

export interface CatalogFaults {
  /** Answer `success: false` with this status and error. */
  readonly failure?: CatalogFailure;
  /** A lower `rows` cap than the catalogue's (as a smaller `ckan.search.rows_max`). */
  readonly rowsCap?: number;
  /** Wait this long before answering (MSW handlers and the HTTP server). */
  readonly delayMs?: number;
  /** HTTP server only: answer without `Access-Control-Allow-Origin` (a browser sees a CORS error). */
  readonly noCors?: boolean;
  /** No answer: the HTTP server destroys the socket, the MSW handlers answer `Response.error()`. */
  readonly unreachable?: boolean;
}

export interface CatalogOptions {
  /** Seed of the synthetic datasets (default CATALOG_SEED). */
  seed?: number;
  /** Serve these datasets instead of the generated ones. */
  datasets?: readonly CatalogDataset[];
  organizations?: readonly CatalogOrganization[];
  /** `ckan.search.rows_max` (default 1000). */
  rowsCap?: number;
  /** `ckan.group_and_organization_list_all_fields_max` (default 25). */
  allFieldsMax?: number;
  /** Faults in force from the start. */
  faults?: CatalogFaults;
}

export interface Catalog {
  /** The raw store (tests compute their expectations from it independently). */
  readonly datasets: readonly CatalogDataset[];
  readonly organizations: readonly CatalogOrganization[];
  /** `ckan.search.rows_max` as configured (a `rowsCap` fault lowers it further). */
  readonly rowsCap: number;
  /** Faults in force; assign a new object to change them, `{}` to clear. */
  faults: CatalogFaults;
  packageSearch(params: URLSearchParams, helpBase?: string): CatalogAnswer;
  organizationList(params: URLSearchParams, helpBase?: string): CatalogAnswer;
  /** An action by name; an unknown one gets CKAN's 400 "Action name not known". */
  action(name: string, params: URLSearchParams, helpBase?: string): CatalogAnswer;
}

/** The help URL base when the caller knows no origin. */
export const DEFAULT_HELP_BASE = 'http://catalog.mock/api/3/action/help_show?name=';

export const isCatalogAction = (name: string): name is CatalogAction =>
  (CATALOG_ACTIONS as readonly string[]).includes(name);

export function createCatalog(options: CatalogOptions = {}): Catalog {
  const seed = options.seed ?? CATALOG_SEED;
  const datasets = Object.freeze([...(options.datasets ?? generateDatasets(seed))]);
  const organizations = Object.freeze([...(options.organizations ?? CATALOG_ORGANIZATIONS)]);
  const rowsCap = options.rowsCap ?? 1000;
  const allFieldsMax = options.allFieldsMax ?? 25;
  const data = { datasets, organizations };
  const orgIds = new Map(datasets.map((d) => [d.organization.name, d.organization.id]));
  const orgId = (name: string): string => orgIds.get(name) ?? uuidFor(seed, `org:${name}`);

  const catalog: Catalog = {
    datasets,
    organizations,
    rowsCap,
    faults: { ...options.faults },
    packageSearch: (params, helpBase) => catalog.action('package_search', params, helpBase),
    organizationList: (params, helpBase) => catalog.action('organization_list', params, helpBase),
    action(name, params, helpBase = DEFAULT_HELP_BASE) {
      const ctx: ActionContext = { helpBase };
      if (!isCatalogAction(name))
        return failed(ctx, name, 400, {
          __type: 'Bad request',
          message: `Bad request - Action name not known: ${name}`,
        });
      const { failure, rowsCap: faultCap } = catalog.faults;
      if (failure && (failure.action === undefined || failure.action === name))
        return failed(ctx, name, failure.status, {
          __type: failure.type,
          message: failure.message,
        });
      if (name === 'package_search')
        return packageSearch(data, params, ctx, {
          rowsMax: Math.min(rowsCap, faultCap ?? Number.POSITIVE_INFINITY),
        });
      return organizationList(data, params, ctx, { listMax: 1000, allFieldsMax }, orgId);
    },
  };
  return catalog;
}
