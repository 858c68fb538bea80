/**
 * Reads one temporal entity (GET /temporal/entities) in any of the three forms:
 * `temporalValues`, `aggregatedValues`, or normalized (an array of instances per attribute).
 */
import * as z from '../../../domain/zod';
import { isAttributeName, readHead } from './entity-head';
import type { FlatAttr } from './flat-types';
import { looksLikeInstance, parseInstance } from './instance';
import { isRecord, isSafeKey } from './record';
import { isSeriesObject, readSeriesObject } from './temporal-series';
import type { TemporalFlattenResult, TemporalSeries } from './temporal-types';

const text = z.string();
const datasetOf = (value: Record<string, unknown>) => {
  const d = text.safeParse(value['datasetId']);
  return d.success ? d.data : undefined;
};

/** The instance's time on the axis the query used (observedAt by default, else system times). */
function timeOf(raw: Record<string, unknown>, attr: FlatAttr): string | undefined {
  if (attr.observedAt !== undefined) return attr.observedAt;
  for (const key of ['modifiedAt', 'createdAt']) {
    const t = text.safeParse(raw[key]);
    if (t.success) return t.data;
  }
  return undefined;
}

/** One dataset only: the default (no datasetId), else the first one named. */
function oneDataset<T extends Record<string, unknown>>(items: readonly T[]): T[] {
  const defaults = items.filter((i) => datasetOf(i) === undefined);
  if (defaults.length > 0) return defaults;
  const first = items[0] === undefined ? undefined : datasetOf(items[0]);
  return items.filter((i) => datasetOf(i) === first);
}

function readInstances(raws: readonly Record<string, unknown>[]): TemporalSeries | undefined {
  const instances: Array<{ value: unknown; observedAt: string }> = [];
  let kind: FlatAttr['kind'] | undefined;
  for (const raw of oneDataset(raws)) {
    const attr = parseInstance(raw);
    const time = attr === undefined ? undefined : timeOf(raw, attr);
    if (attr === undefined || time === undefined) continue;
    kind ??= attr.kind;
    instances.push({ value: attr.value, observedAt: time });
  }
  return kind === undefined ? undefined : { kind, instances };
}

function readTemporalAttribute(member: unknown): TemporalSeries | undefined {
  const list = Array.isArray(member) ? member : [member];
  const records = list.filter(isRecord);
  if (records.length === 0 || records.length !== list.length) return undefined;
  if (records.every(isSeriesObject)) {
    const [chosen] = oneDataset(records);
    return chosen === undefined ? undefined : readSeriesObject(chosen);
  }
  if (records.every(looksLikeInstance)) return readInstances(records);
  return undefined;
}

/** Never throws; unreadable attributes are listed in `droppedAttrs`. */
export function flattenTemporalEntity(raw: unknown): TemporalFlattenResult {
  const head = readHead(raw);
  if (!head.ok) return head;
  const series: Array<[string, TemporalSeries]> = [];
  const droppedAttrs: string[] = [];
  for (const [name, member] of Object.entries(head.members)) {
    if (!isAttributeName(name) || !isSafeKey(name)) continue;
    const read = readTemporalAttribute(member);
    if (read === undefined) droppedAttrs.push(name);
    else series.push([name, read]);
  }
  const entity = {
    id: head.id,
    type: head.types[0],
    types: head.types,
    series: Object.fromEntries(series),
    droppedAttrs,
  };
  return { ok: true, entity };
}
