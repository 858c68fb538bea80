/**
 * The NGSI-LD client used by the query layer. Methods resolve with raw (validated-as-JSON,
 * not-yet-flattened) data, or reject with an `NgsiClientError`, or with the caller's own
 * abort reason when `signal` aborts. It never retries on its own (see `retry.ts`).
 */
import { HttpError, InvalidResponseError, ProblemDetailsError } from './errors';
import { createHttpTransport } from './http-transport';
import { collectPages, type PagedResult, type PageSizeMemory } from './paging';
import type { CountQuery, EntityQuery, TemporalQuery } from './queries';
import { params, requestTarget, type NgsiRequest } from './request';
import type { NgsiSettings } from './settings';
import { describeShape } from './shape';
import type { NgsiTransport } from './transport';
import { parseTypeDetails, parseTypeNames, type TypeDetail } from './types-list';
import {
  compactType,
  contextTermsLoader,
  isIri,
  NO_TERMS,
  type ContextTerms,
} from './context-terms';

export interface NgsiClient {
  /** GET /entities, all pages. */
  queryEntities(query: EntityQuery): Promise<PagedResult>;
  /** GET /temporal/entities, all pages. A 404/501 means the broker has no temporal API. */
  queryTemporal(query: TemporalQuery): Promise<PagedResult>;
  /** `NGSILD-Results-Count` for a query; undefined when the header is absent or hidden by CORS. */
  countEntities(query: CountQuery): Promise<number | undefined>;
  /** GET /types: the entity type names the broker holds. */
  getTypes(options?: { signal?: AbortSignal }): Promise<string[]>;
  /**
   * GET /types?details=true: each type with the attribute names the broker lists. A broker
   * that refuses `details` (400/501) is asked for the plain list, without attribute names.
   */
  getTypeDetails(options?: { signal?: AbortSignal }): Promise<TypeDetail[]>;
  /**
   * Why the @context document could not be read when type IRIs needed it (its URL and the
   * reason); undefined when it was read, or never needed.
   */
  contextProblem?(): { url: string; reason: string } | undefined;
}

const joined = (list: readonly string[] | undefined) =>
  list === undefined || list.length === 0 ? undefined : list.join(',');

const COUNT_ONLY = { countOnly: true } as const;

/** Brokers that refuse `limit=0` say so with a 400 of some form. */
const refusesZeroLimit = (error: unknown) =>
  (error instanceof ProblemDetailsError || error instanceof HttpError) && error.status === 400;

const refusesDetails = (error: unknown) =>
  (error instanceof ProblemDetailsError || error instanceof HttpError) &&
  (error.status === 400 || error.status === 501);

function typeListError(request: NgsiRequest, status: number, body: unknown) {
  return new InvalidResponseError({
    target: requestTarget(request),
    status,
    reason: 'wrong-shape',
    excerpt: describeShape(body),
    description: 'expected an EntityTypeList',
  });
}

/**
 * `terms`: the configured @context's terms, to compact type IRIs some brokers answer on /types
 * (default: none; contract types are still recognised by their IRIs).
 */
export function createNgsiClientOver(
  transport: NgsiTransport,
  terms: () => Promise<ContextTerms> = () => Promise.resolve(NO_TERMS),
): NgsiClient {
  // Per endpoint: a temporal store behind the same gateway may cap differently.
  const entityPages: PageSizeMemory = { cap: undefined };
  const temporalPages: PageSizeMemory = { cap: undefined };
  // The context document is fetched only when a broker answered IRIs that need it.
  let lastTerms: ContextTerms | undefined;
  const termsIfNeeded = async (names: readonly string[]) => {
    if (!names.some((n) => isIri(compactType(n, NO_TERMS)))) return NO_TERMS;
    lastTerms = await terms();
    return lastTerms;
  };

  return {
    contextProblem: () => lastTerms?.problem,

    queryEntities(query) {
      const representation = query.options === 'normalized' ? undefined : query.options;
      const options = joined(
        [representation, query.sysAttrs === true ? 'sysAttrs' : undefined].filter(
          (word): word is string => word !== undefined,
        ),
      );
      const base = params({ type: query.type, q: query.q, attrs: joined(query.attrs), options });
      return collectPages(transport, '/entities', base, query, entityPages);
    },

    queryTemporal(query) {
      const aggregated = query.options === 'aggregatedValues';
      const base = params({
        type: query.type,
        q: query.q,
        attrs: joined(query.attrs),
        timerel: query.timerel,
        timeAt: query.timeAt,
        endTimeAt: query.endTimeAt,
        options: query.options === 'normalized' ? undefined : query.options,
        aggrMethods: aggregated ? joined(query.aggrMethods) : undefined,
        aggrPeriodDuration: aggregated ? query.aggrPeriodDuration : undefined,
        lastN: query.lastN,
      });
      return collectPages(transport, '/temporal/entities', base, query, temporalPages);
    },

    async countEntities({ type, q, signal }) {
      const at = (limit: number): NgsiRequest => ({
        path: '/entities',
        query: params({ type, q, limit, count: true }),
      });
      try {
        return (await transport.get(at(0), signal, COUNT_ONLY)).resultsCount;
      } catch (error) {
        if (!refusesZeroLimit(error)) throw error;
        return (await transport.get(at(1), signal, COUNT_ONLY)).resultsCount;
      }
    },

    async getTypes(options = {}) {
      const request: NgsiRequest = { path: '/types', query: [] };
      const response = await transport.get(request, options.signal);
      const names = parseTypeNames(response.body);
      if (names !== undefined) {
        const context = await termsIfNeeded(names);
        return [...new Set(names.map((n) => compactType(n, context)))];
      }
      throw typeListError(request, response.status, response.body);
    },

    async getTypeDetails(options = {}) {
      const detailed: NgsiRequest = { path: '/types', query: [['details', 'true']] };
      const plain: NgsiRequest = { path: '/types', query: [] };
      let request = detailed;
      const response = await transport.get(detailed, options.signal).catch((error: unknown) => {
        if (!refusesDetails(error)) throw error;
        request = plain;
        return transport.get(plain, options.signal);
      });
      const types = parseTypeDetails(response.body);
      if (types !== undefined) {
        const names = types.flatMap((t) => [t.name, ...(t.attributeNames ?? [])]);
        return compactDetails(types, await termsIfNeeded(names));
      }
      throw typeListError(request, response.status, response.body);
    },
  };
}

/** Type and attribute names as context terms; two IRIs of one term become one type. */
function compactDetails(types: readonly TypeDetail[], context: ContextTerms): TypeDetail[] {
  const byName = new Map<string, TypeDetail>();
  for (const type of types) {
    const name = compactType(type.name, context);
    const attributeNames = type.attributeNames?.map((a) => context.byIri.get(a) ?? a);
    const seen = byName.get(name);
    const merged = [...(seen?.attributeNames ?? []), ...(attributeNames ?? [])];
    byName.set(name, {
      name,
      ...((seen?.attributeNames ?? attributeNames) && { attributeNames: [...new Set(merged)] }),
    });
  }
  return [...byName.values()];
}

/** A client over HTTP(S) for the configured broker or gateway. */
export function createNgsiClient(settings: NgsiSettings): NgsiClient {
  return createNgsiClientOver(
    createHttpTransport(settings),
    contextTermsLoader(settings.contextUrl, settings.fetch, settings.pageHref),
  );
}
