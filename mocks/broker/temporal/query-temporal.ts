import { answer, ok, requestScope, type BrokerRequest, type BrokerResponse } from '../http';
import type { JsonObject, JsonValue } from '../json';
import type { BrokerOptions } from '../options';
import { page, parsePaging } from '../paging';
import { badRequest, NgsiError } from '../problem';
import { parseOptions } from '../represent';
import { parseSelection, selectEntities } from '../select';
import type { AttributeInstance, EntityStore, StoredEntity } from '../store';
import { aggregate, parseAggregation, type Aggregation } from './aggregate';
import { inWindow, parseWindow, type TimeWindow } from './window';

type TemporalForm =
  | { kind: 'normalized' }
  | { kind: 'temporalValues' }
  | { kind: 'aggregated'; aggregation: Aggregation };

/**
 * GET /ngsi-ld/v1/temporal/entities: the recorded history of the selected entities'
 * attributes inside the window. Attributes without instances in the window, and entities
 * left with none, are omitted.
 */
export function queryTemporal(
  req: BrokerRequest,
  store: EntityStore,
  options: BrokerOptions,
): BrokerResponse {
  return answer(() => {
    if (options.disableTemporal) {
      throw new NgsiError(
        'OperationNotSupported',
        'Not implemented',
        'this broker has no temporal API',
      );
    }
    const scope = requestScope(req, store, options);
    const form = parseForm(req.url);
    const window = parseWindow(req.url);
    const lastN = parseLastN(req.url);
    const paging = parsePaging(req.url, options);
    const selection = parseSelection(req.url);
    const rows: JsonObject[] = [];
    for (const stored of selectEntities(scope.data, selection, scope.contextKnown)) {
      const row = temporalEntity(stored, selection.attrs, window, lastN, form);
      if (row) rows.push(row);
    }
    return ok(req, scope, options, page(rows, paging, options), { paging, total: rows.length });
  });
}

function parseForm(url: URL): TemporalForm {
  const { flags } = parseOptions(url, ['temporalValues', 'aggregatedValues']);
  if (flags.has('temporalValues') && flags.has('aggregatedValues'))
    throw badRequest('temporalValues and aggregatedValues exclude each other');
  if (flags.has('aggregatedValues'))
    return { kind: 'aggregated', aggregation: parseAggregation(url) };
  return flags.has('temporalValues') ? { kind: 'temporalValues' } : { kind: 'normalized' };
}

function parseLastN(url: URL): number | undefined {
  const raw = url.searchParams.get('lastN');
  if (raw === null) return undefined;
  if (!/^[1-9]\d*$/.test(raw)) throw badRequest(`lastN must be a positive integer, got "${raw}"`);
  return Number(raw);
}

function temporalEntity(
  stored: StoredEntity,
  attrs: ReadonlySet<string> | undefined,
  window: TimeWindow,
  lastN: number | undefined,
  form: TemporalForm,
): JsonObject | undefined {
  const row: JsonObject = { id: stored.entity.id, type: stored.entity.type };
  let any = false;
  for (const [name, history] of stored.history) {
    if (attrs && !attrs.has(name)) continue;
    let hits = history.filter((i) => inWindow(Date.parse(i.observedAt), window));
    if (lastN !== undefined) hits = hits.slice(-lastN);
    if (hits.length === 0) continue;
    row[name] = formatAttribute(hits, window, form);
    any = true;
  }
  return any ? row : undefined;
}

function formatAttribute(
  hits: readonly AttributeInstance[],
  window: TimeWindow,
  form: TemporalForm,
): JsonValue {
  if (form.kind === 'normalized')
    return hits.map((i) => ({ type: 'Property', value: i.value, observedAt: i.observedAt }));
  if (form.kind === 'temporalValues')
    return { type: 'Property', values: hits.map((i) => [i.value, i.observedAt]) };
  const timed = hits.map((i) => ({ value: i.value, time: Date.parse(i.observedAt) }));
  const origin = window.start ?? timed[0]?.time ?? 0;
  return { type: 'Property', ...aggregate(timed, form.aggregation, origin, window.end) };
}
