/**
 * History on an NGSI v2 platform comes from FIWARE QuantumLeap (contract §5), read here into
 * the NGSI-LD temporal entities the trends already understand: the dashboard's temporal query
 * (`/temporal/entities`, aggregated) becomes `/v2/types/{type}/attrs/{attr}` with QuantumLeap's
 * aggregation, paged by records until a short page, and each entity's `index`/`values` become
 * instances with their `observedAt`.
 */
import { InvalidResponseError, ProblemDetailsError } from '../ngsi/errors';
import { paramOf, requestTarget, type NgsiRequest, type QueryParam } from '../ngsi/request';
import { describeShape } from '../ngsi/shape';
import { DEFAULT_SERVICE_PATH } from './dialect';
import type { NgsiResponse, NgsiTransport } from '../ngsi/transport';

/** QuantumLeap reads the service path as a prefix: `/#` (Orion's "all") matches nothing there. */
export function quantumLeapServicePath(servicePath: string | undefined): string {
  const path = servicePath?.trim() || DEFAULT_SERVICE_PATH;
  if (!path.endsWith('/#')) return path;
  return path.slice(0, -2) || '/';
}

/** NGSI-LD aggregation periods as QuantumLeap names them. */
const PERIOD: Readonly<Record<string, string>> = {
  PT1S: 'second',
  PT1M: 'minute',
  PT1H: 'hour',
  P1D: 'day',
  P1M: 'month',
  P1Y: 'year',
};

export const RECORDS_PER_PAGE = 10_000;
const MAX_PAGES = 100;

interface QlEntity {
  entityId: string;
  index: string[];
  values: unknown[];
}

function readEntities(body: unknown): QlEntity[] | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const entities = (body as Record<string, unknown>)['entities'];
  if (!Array.isArray(entities)) return undefined;
  const out: QlEntity[] = [];
  for (const e of entities) {
    if (typeof e !== 'object' || e === null) return undefined;
    const { entityId, index, values } = e as Record<string, unknown>;
    if (typeof entityId !== 'string' || !Array.isArray(index) || !Array.isArray(values))
      return undefined;
    out.push({ entityId, index: index.map(String), values });
  }
  return out;
}

/** QuantumLeap's 404 for a query that matched no records: no history yet, not no service. */
const noRecords = (error: unknown): boolean =>
  error instanceof ProblemDetailsError &&
  error.status === 404 &&
  /no records/i.test(error.title ?? '');

export async function queryQuantumLeap(
  get: NgsiTransport['get'],
  request: NgsiRequest,
  signal?: AbortSignal,
): Promise<NgsiResponse> {
  const param = (name: string) => paramOf(request, name);
  const empty: NgsiResponse = { status: 200, body: [], resultsCount: undefined, next: undefined };
  // The client pages by entities and asks again from an offset; QuantumLeap pages by records,
  // so the first request has read them all.
  if (Number(param('offset') ?? 0) > 0) return empty;
  const type = param('type');
  const attr = param('attrs')?.split(',')[0];
  if (!type || !attr) return empty;
  const method = param('aggrMethods')?.split(',')[0];
  const period = PERIOD[param('aggrPeriodDuration') ?? ''];
  const query: QueryParam[] = [
    ...(method ? [['aggrMethod', method] as const] : []),
    ...(period ? [['aggrPeriod', period] as const] : []),
    ...(param('timeAt') ? [['fromDate', param('timeAt')!] as const] : []),
    ...(param('endTimeAt') ? [['toDate', param('endTimeAt')!] as const] : []),
  ];
  const path = `/types/${encodeURIComponent(type)}/attrs/${encodeURIComponent(attr)}`;
  const series = new Map<string, { index: string[]; values: unknown[] }>();
  let offset = 0;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const ql: NgsiRequest = {
      path,
      query: [...query, ['limit', String(RECORDS_PER_PAGE)], ['offset', String(offset)]],
    };
    let response: NgsiResponse;
    try {
      response = await get(ql, signal);
    } catch (error) {
      if (noRecords(error)) break;
      throw error;
    }
    const entities = readEntities(response.body);
    if (entities === undefined) {
      throw new InvalidResponseError({
        target: requestTarget(ql),
        status: response.status,
        reason: 'wrong-shape',
        excerpt: describeShape(response.body),
        description: 'expected QuantumLeap {entities: [{entityId, index, values}]}',
      });
    }
    let records = 0;
    for (const e of entities) {
      const s = series.get(e.entityId) ?? { index: [], values: [] };
      s.index.push(...e.index);
      s.values.push(...e.values);
      series.set(e.entityId, s);
      records += e.index.length;
    }
    if (records < RECORDS_PER_PAGE) break;
    offset += records;
  }
  const body = [...series].map(([id, s]) => ({
    id,
    type,
    [attr]: s.index.map((observedAt, i) => ({ type: 'Property', value: s.values[i], observedAt })),
  }));
  return { status: 200, body, resultsCount: undefined, next: undefined };
}
