/**
 * The same broker, answering as FIWARE Orion does with NGSI v2 (contract §5): one store, two
 * dialects. A v2 request is read into the NGSI-LD request the broker already serves, and its
 * answer written back the v2 way — so every total is the same whichever dialect asks.
 */
import { http } from 'msw';
import type { Broker, BrokerRequest, BrokerResponse } from '../broker';
import { isJsonObject, type JsonObject, type JsonValue } from '../broker/json';
import { JSON_LD_CONTEXT_REL, RESULTS_COUNT_HEADER, TENANT_HEADER } from '../broker/constants';
import type { HandlerOptions } from './options';
import { V2_PATHS } from './paths';
import { respond } from './respond';

/** Orion's page cap: a larger `limit` is a 400 (contract §5). */
export const V2_MAX_LIMIT = 1000;
const V2_DEFAULT_LIMIT = 20;

const v2Error = (status: number, error: string, description: string): BrokerResponse => ({
  status,
  headers: { 'Content-Type': 'application/json' },
  body: { error, description },
});

/** Orion's names for the broker's NGSI-LD errors. */
const V2_ERROR: Readonly<Record<string, string>> = {
  BadRequestData: 'BadRequest',
  InvalidRequest: 'BadRequest',
  ResourceNotFound: 'NotFound',
  NonexistentTenant: 'NotFound',
  TooManyResults: 'TooManyResults',
  InternalError: 'InternalServerError',
};

/** The v2 request as the NGSI-LD one the broker serves (tenant, @context, options, q). */
function ldRequest(req: BrokerRequest, broker: Broker, path: string): BrokerRequest {
  const url = new URL(req.url);
  url.pathname = url.pathname.replace(/\/v2\/(entities|types)\/?$/, `/ngsi-ld/v1/${path}`);
  const options = (url.searchParams.get('options') ?? '').split(',').filter(Boolean);
  url.searchParams.delete('options');
  if (options.includes('count')) url.searchParams.set('count', 'true');
  // Orion's built-in dateCreated/dateModified, asked for by name in attrs: the system attributes.
  const attrs = (url.searchParams.get('attrs') ?? '').split(',').filter(Boolean);
  const builtIn = attrs.filter((a) => V2_BUILT_IN[a] !== undefined);
  const named = attrs.filter((a) => V2_BUILT_IN[a] === undefined && a !== '*');
  if (named.length > 0) url.searchParams.set('attrs', named.join(','));
  else url.searchParams.delete('attrs');
  const ldOptions = [
    ...(options.includes('keyValues') ? ['keyValues'] : []),
    ...(builtIn.length > 0 ? ['sysAttrs'] : []),
  ];
  if (ldOptions.length > 0) url.searchParams.set('options', ldOptions.join(','));
  if (path === 'types') url.searchParams.set('details', 'true');
  const q = url.searchParams.get('q');
  if (q !== null) url.searchParams.set('q', q.replace(/'([^']*)'/g, '"$1"'));
  if (!url.searchParams.has('limit') && path === 'entities')
    url.searchParams.set('limit', String(V2_DEFAULT_LIMIT));
  return { url, headers: ldHeaders(req, broker) };
}

/** The v2 request's credentials and tenant as NGSI-LD headers, with the broker's @context. */
function ldHeaders(req: BrokerRequest, broker: Broker): Headers {
  const headers = new Headers();
  for (const name of ['accept', 'authorization', 'x-api-key']) {
    const value = req.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  const tenant = req.headers.get('fiware-service');
  if (tenant) headers.set(TENANT_HEADER, tenant);
  headers.set(
    'Link',
    `<${broker.options.contextUrl}>; rel="${JSON_LD_CONTEXT_REL}"; type="application/ld+json"`,
  );
  return headers;
}

const V2_NAME: Readonly<Record<string, string>> = { project: 'refDisasterEvent' };

/** Orion's built-in attributes, by the NGSI-LD system attribute they are. */
const V2_BUILT_IN: Readonly<Record<string, string>> = {
  dateCreated: 'createdAt',
  dateModified: 'modifiedAt',
};
const LD_SYSTEM: Readonly<Record<string, string>> = {
  createdAt: 'dateCreated',
  modifiedAt: 'dateModified',
};

const v2Type = (value: JsonValue): string =>
  typeof value === 'number'
    ? 'Number'
    : typeof value === 'boolean'
      ? 'Boolean'
      : typeof value === 'string'
        ? /^\d{4}-\d\d-\d\dT/.test(value)
          ? 'DateTime'
          : 'Text'
        : 'StructuredValue';

/** One NGSI-LD attribute written the v2 way; its `observedAt` becomes `TimeInstant`. */
function v2Attribute(attr: JsonValue): JsonValue {
  if (!isJsonObject(attr)) return attr;
  const observedAt = attr['observedAt'];
  const metadata: JsonObject =
    typeof observedAt === 'string' ? { TimeInstant: { type: 'DateTime', value: observedAt } } : {};
  if (attr['type'] === 'GeoProperty')
    return { type: 'geo:json', value: attr['value'] ?? null, metadata };
  if (attr['type'] === 'Relationship')
    return { type: 'Relationship', value: attr['object'] ?? null, metadata };
  const value = attr['value'] ?? null;
  return { type: v2Type(value), value, metadata };
}

/** An NGSI-LD entity as Orion would answer it, normalized or key-values. */
export function v2Entity(entity: JsonValue, keyValues: boolean): JsonValue {
  if (!isJsonObject(entity)) return entity;
  const out: JsonObject = {};
  for (const [name, value] of Object.entries(entity)) {
    if (name === '@context') continue;
    if (name === 'id' || name === 'type') out[name] = value;
    else if (LD_SYSTEM[name] !== undefined)
      out[LD_SYSTEM[name]] = keyValues ? value : { type: 'DateTime', value, metadata: {} };
    else out[V2_NAME[name] ?? name] = keyValues ? value : v2Attribute(value);
  }
  return out;
}

/** The broker's answer, the v2 way: entities, count header, errors. */
function v2Answer(ld: BrokerResponse, keyValues: boolean): BrokerResponse {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (ld.status >= 400) {
    const problem = isJsonObject(ld.body) ? ld.body : {};
    const type = typeof problem['type'] === 'string' ? problem['type'] : '';
    const name = type.slice(type.lastIndexOf('/') + 1);
    const detail = problem['detail'] ?? problem['title'] ?? '';
    return v2Error(ld.status, V2_ERROR[name] ?? 'BadRequest', String(detail));
  }
  const count = ld.headers[RESULTS_COUNT_HEADER];
  if (count !== undefined) {
    headers['Fiware-Total-Count'] = count;
    headers['Access-Control-Expose-Headers'] = 'Fiware-Total-Count';
  }
  const body = Array.isArray(ld.body) ? ld.body.map((e) => v2Entity(e, keyValues)) : ld.body;
  return { status: ld.status, headers, ...(body !== undefined && { body }) };
}

function queryEntitiesV2(broker: Broker, req: BrokerRequest): BrokerResponse {
  const limit = req.url.searchParams.get('limit');
  if (limit !== null && !(Number(limit) >= 1 && Number(limit) <= V2_MAX_LIMIT))
    return v2Error(400, 'BadRequest', `Bad pagination limit: /${limit}/ [max: ${V2_MAX_LIMIT}]`);
  const keyValues = (req.url.searchParams.get('options') ?? '').split(',').includes('keyValues');
  return v2Answer(broker.queryEntities(ldRequest(req, broker, 'entities')), keyValues);
}

/** `[{"type": …, "attrs": {name: {"types": […]}}, "count": n}]` from the broker's type details. */
function listTypesV2(broker: Broker, req: BrokerRequest): BrokerResponse {
  const ld = broker.listTypes(ldRequest(req, broker, 'types'));
  if (ld.status >= 400) return v2Answer(ld, false);
  const list = Array.isArray(ld.body) ? ld.body : [];
  const body: JsonValue[] = list.filter(isJsonObject).map((t) => {
    const names = Array.isArray(t['attributeNames']) ? t['attributeNames'] : [];
    return {
      type: t['typeName'] ?? t['id'] ?? null,
      attrs: Object.fromEntries(names.map((n) => [String(n), { types: [] }])),
    };
  });
  return { status: 200, headers: { 'Content-Type': 'application/json' }, body };
}

const QL_PERIOD: Readonly<Record<string, string>> = {
  second: 'PT1S',
  minute: 'PT1M',
  hour: 'PT1H',
  day: 'P1D',
  month: 'P1M',
  year: 'P1Y',
};

/**
 * QuantumLeap over the broker's own history (contract §5): the aggregated temporal query the
 * broker serves, written as `{attrName, entityType, entities: [{entityId, index, values}]}`
 * and paged by records (`limit`, `offset`); nothing matched is QuantumLeap's 404.
 */
function quantumLeap(broker: Broker, req: BrokerRequest): BrokerResponse {
  const match = V2_PATHS.typeAttr.exec(req.url.pathname);
  const type = decodeURIComponent(match?.[1] ?? '');
  const attr = decodeURIComponent(match?.[2] ?? '');
  const p = req.url.searchParams;
  const method = p.get('aggrMethod') ?? 'max';
  const ld = new URL(req.url);
  ld.pathname = ld.pathname.replace(V2_PATHS.typeAttr, '/ngsi-ld/v1/temporal/entities');
  ld.search = '';
  const set = (name: string, value: string | null) =>
    value !== null && ld.searchParams.set(name, value);
  set('type', type);
  set('attrs', attr);
  set('timerel', 'between');
  set('timeAt', p.get('fromDate'));
  set('endTimeAt', p.get('toDate'));
  set('options', 'aggregatedValues');
  set('aggrMethods', method);
  set('aggrPeriodDuration', QL_PERIOD[p.get('aggrPeriod') ?? 'hour'] ?? 'PT1H');
  const headers = ldHeaders(req, broker);
  const records: { entityId: string; at: string; value: JsonValue }[] = [];
  for (let offset = 0; ; offset += 1000) {
    ld.searchParams.set('limit', '1000');
    ld.searchParams.set('offset', String(offset));
    const answer = broker.queryTemporal({ url: new URL(ld), headers });
    if (answer.status >= 400) return v2Answer(answer, false);
    const page = Array.isArray(answer.body) ? answer.body.filter(isJsonObject) : [];
    for (const entity of page) {
      const series = entity[attr];
      const values = isJsonObject(series) ? series[method] : undefined;
      if (!Array.isArray(values)) continue;
      for (const v of values)
        if (Array.isArray(v))
          records.push({ entityId: String(entity['id']), at: String(v[1]), value: v[0] ?? null });
    }
    if (page.length < 1000) break;
  }
  const offset = Number(p.get('offset') ?? 0);
  const limit = Number(p.get('limit') ?? 10_000);
  const shown = records.slice(offset, offset + limit);
  if (shown.length === 0) return v2Error(404, 'Not Found', 'No records were found for such query.');
  const byEntity = new Map<string, { index: string[]; values: JsonValue[] }>();
  for (const r of shown) {
    const e = byEntity.get(r.entityId) ?? { index: [], values: [] };
    e.index.push(r.at);
    e.values.push(r.value);
    byEntity.set(r.entityId, e);
  }
  return {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
    body: {
      attrName: attr,
      entityType: type,
      entities: [...byEntity].map(([entityId, e]) => ({
        entityId,
        index: e.index,
        values: e.values,
      })),
    },
  };
}

/** GET /v2/entities and /v2/types over `broker`, with the same faults and latency as NGSI-LD. */
export const v2Handlers = (broker: Broker, options: HandlerOptions) => [
  http.get(V2_PATHS.entities, ({ request }) =>
    respond(broker, request, options, (req) => queryEntitiesV2(broker, req)),
  ),
  http.get(V2_PATHS.types, ({ request }) =>
    respond(broker, request, options, (req) => listTypesV2(broker, req)),
  ),
  http.get(V2_PATHS.typeAttr, ({ request }) =>
    respond(broker, request, options, (req) => quantumLeap(broker, req)),
  ),
];
