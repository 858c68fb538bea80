/** `temporalValues` and `aggregatedValues` attribute objects. */
import * as z from '../../../domain/zod';
import { AGGREGATION_METHODS } from '../queries';
import { ATTRIBUTE_KINDS, type AttrKind } from './flat-types';
import type { TemporalSeries } from './temporal-types';
import { plainValue } from './value';

const pair = z.tuple([z.unknown(), z.string()], z.unknown());
const triple = z.tuple([z.unknown(), z.string(), z.string()], z.unknown());
const list = z.array(z.unknown());
const kindName = z.enum(ATTRIBUTE_KINDS);

// Relationships carry `objects`, LanguageProperties `languageMaps`, everything else `values`.
const VALUE_LISTS = [
  ['values', undefined],
  ['objects', 'Relationship'],
  ['languageMaps', 'LanguageProperty'],
] as const;

export function isSeriesObject(value: Record<string, unknown>): boolean {
  return [...VALUE_LISTS.map(([key]) => key), ...AGGREGATION_METHODS].some((key) =>
    Object.hasOwn(value, key),
  );
}

function pairsOf(raw: unknown): Array<[unknown, string]> | undefined {
  const items = list.safeParse(raw);
  if (!items.success) return undefined;
  const out: Array<[unknown, string]> = [];
  for (const item of items.data) {
    const p = pair.safeParse(item);
    if (p.success) out.push([plainValue(p.data[0]), p.data[1]]);
  }
  return out;
}

function triplesOf(raw: unknown): Array<[unknown, string, string]> | undefined {
  const items = list.safeParse(raw);
  if (!items.success) return undefined;
  const out: Array<[unknown, string, string]> = [];
  for (const item of items.data) {
    const t = triple.safeParse(item);
    if (t.success) out.push([plainValue(t.data[0]), t.data[1], t.data[2]]);
  }
  return out;
}

/** Reads a series object; malformed elements are skipped, so one bad pair keeps the rest. */
export function readSeriesObject(value: Record<string, unknown>): TemporalSeries | undefined {
  let implied: AttrKind | undefined;
  let values: Array<[unknown, string]> | undefined;
  for (const [key, kind] of VALUE_LISTS) {
    const pairs = Object.hasOwn(value, key) ? pairsOf(value[key]) : undefined;
    if (pairs === undefined) continue;
    values = [...(values ?? []), ...pairs];
    implied ??= kind ?? 'Property';
  }
  const aggregates: Record<string, Array<[unknown, string, string]>> = {};
  for (const method of AGGREGATION_METHODS) {
    const triples = Object.hasOwn(value, method) ? triplesOf(value[method]) : undefined;
    if (triples !== undefined) aggregates[method] = triples;
  }
  const hasAggregates = Object.keys(aggregates).length > 0;
  if (values === undefined && !hasAggregates) return undefined;
  const declared = kindName.safeParse(value['type']);
  const series: TemporalSeries = {
    kind: declared.success ? declared.data : (implied ?? 'Property'),
  };
  if (values !== undefined) series.values = values;
  if (hasAggregates) series.aggregates = aggregates;
  return series;
}
