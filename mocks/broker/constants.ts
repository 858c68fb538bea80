/** The @context the mock accepts unless a broker is configured with another one. */
export const DEFAULT_CONTEXT_URL = 'https://nagasaki.example/ngsi-ld/context.jsonld';

/** The `rel` that marks a Link header as the JSON-LD context (NGSI-LD §6.3.5). */
export const JSON_LD_CONTEXT_REL = 'http://www.w3.org/ns/json-ld#context';

/** Prefix of every ProblemDetails `type` (NGSI-LD §5.5.2). */
export const NGSI_LD_ERROR_BASE = 'https://uri.etsi.org/ngsi-ld/errors/';

/** The tenant a request addresses when it sends no NGSILD-Tenant header. */
export const DEFAULT_TENANT = '';

export const RESULTS_COUNT_HEADER = 'NGSILD-Results-Count';
export const TENANT_HEADER = 'NGSILD-Tenant';

/** The spec's default page size when a query names no `limit`. */
export const SPEC_DEFAULT_LIMIT = 20;
